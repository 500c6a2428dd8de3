"""Dates at the precision the source gives: a deadline "2030" stays 2030 (never 2030-12-31), a
publication date "2026-02" stays February 2026, in the cache, the table, JSON and attribution lines.

The user folder tests/fixtures/disputed-user has an article published "2026-02" and a target "by
2030"; the bundled base is tests/fixtures/disputed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from conftest import run, run_json, table
from factfolder import folder
from otg_cli import cache, partial_dates, query, settings, views
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.partial_dates import Parts

FIXTURES = Path(__file__).parent / "fixtures"
DISPUTED = FIXTURES / "disputed"
USER = FIXTURES / "disputed-user"
TARGET = "kz-kg-turnover-target-3bn"
SENTENCE = "Kazakhstan and Kyrgyzstan plan to bring trade to $3 bn by 2030"


@pytest.fixture(autouse=True)
def _disputed_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: DISPUTED)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2030", Parts(2030, None, None)),
        ("2030-06", Parts(2030, 6, None)),
        ("2030-06-30", Parts(2030, 6, 30)),
        ("--10-22", Parts(None, 10, 22)),
    ],
)
def test_a_partial_date_states_only_its_own_parts(text: str, parts: Parts) -> None:
    assert partial_dates.problem(text) is None
    assert partial_dates.parts(text) == parts
    assert partial_dates.year(text) == parts.year
    assert (partial_dates.full_date(text) is None) is (parts.day is None or parts.year is None)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2030-13", "month 13 is not between 1 and 12"),
        ("2030-02-30", "there is no day 30 in month 2"),
        ("2030/06", "is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD"),
        ("2030-12-31T00:00:00", "is not YYYY"),
        ("30", "is not YYYY"),
    ],
)
def test_what_is_not_a_date_is_refused(text: str, why: str) -> None:
    found = partial_dates.problem(text)
    assert found is not None and why in found
    assert partial_dates.problem("--02-29") is None  # a day without its year may be a leap day


def _target(tmp_path: Path, deadline: str, *, published: str = "2026-02") -> Path:
    record = (
        '[[target]]\nid = "t"\nmeasure = "turnover"\nparties = ["KZ", "KG"]\nvalue = 3_000_000_000\n'
        f'unit = "USD"\ndeadline = {deadline}\ncitations = [{{ source = "src-mine", quote = "{SENTENCE}" }}]\n'
    )
    return folder(tmp_path / "mine", record, published=published, quotes=(SENTENCE,))


@pytest.mark.parametrize(
    ("deadline", "field", "why"),
    [
        ('"2030-13"', "deadline", "'2030-13': month 13 is not between 1 and 12"),
        ("2030", "deadline", 'put it in quotes: deadline = "2030"'),  # a year is written as text
    ],
)
def test_a_malformed_deadline_is_an_error_naming_the_field(
    tmp_path: Path, deadline: str, field: str, why: str
) -> None:
    document = run_json("check", str(_target(tmp_path, deadline)), exit_code=2)
    assert [(e["record"], e["field"]) for e in document["errors"]] == [("target t", field)]
    assert why in document["errors"][0]["message"]


def test_a_malformed_publication_date_is_an_error(tmp_path: Path) -> None:
    document = run_json("check", str(_target(tmp_path, '"2030"', published="2026-2")), exit_code=2)
    found = {(e["record"], e["field"]): e["message"] for e in document["errors"]}
    assert (
        found[("source src-mine", "published")]
        == "'2026-2' is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD (year not stated)"
    )


def test_the_deadline_is_shown_as_given_in_table_and_json() -> None:
    (row,) = run_json("targets", "KZ", "KG", "--facts", str(USER))
    assert (row["deadline"], row["deadline_label"]) == ("2030", "2030")
    assert row["sources"][0]["published"] == "2026-02"
    out = table("targets", "KZ", "KG", "--facts", str(USER)).stdout
    assert " 2030 " in out and "2030-12-31" not in out and "Dec 2030" not in out
    assert "My Outlet · Feb 2026 · en" in out


def test_the_publication_date_is_shown_as_given() -> None:
    rows = run_json("sources", "--facts", str(USER))
    assert {r["id"]: r["published"] for r in rows}["my-outlet-2026-02"] == "2026-02"
    out = table("turnover", "KZ", "KG", "2025", "--quotes", "--facts", str(USER)).stdout
    assert (
        "My Outlet · Feb 2026 · en: «Trade between Kazakhstan and Kyrgyzstan exceeded $2 bn in 2025»" in out
    )


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "en",
            "According to My Outlet (February 2026), KZ and KG aim to bring their turnover to $3 billion (by 2030).",
        ),
        (
            "ru",
            "В материале My Outlet (февраль 2026\u202fг.) (на английском) говорится: "
            "«The two governments plan to bring it to $3 bn by 2030».",
        ),
    ],
)
def test_cite_gives_the_dates_as_given(language: str, line: str) -> None:
    result = run("cite", TARGET, "--lang", language, "--facts", str(USER))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == line


@pytest.mark.parametrize("deadline", ['"2030"', '"2030-12"', "2030-12-31"])
def test_a_claimed_year_is_backed_by_a_deadline_of_that_year_at_any_precision(
    tmp_path: Path, deadline: str
) -> None:
    found = run_json("verify", SENTENCE, "--facts", str(_target(tmp_path, deadline)))
    assert [(p["part"], p["verdict"]) for p in found["parts"]] == [
        ("target", "supported"),
        ("deadline", "supported"),
    ]
    later = run_json(
        "verify", SENTENCE.replace("2030", "2031"), "--facts", str(_target(tmp_path, deadline)), exit_code=3
    )
    assert later["parts"][1]["verdict"] == "contradicted"


def test_an_event_reported_by_an_article_dated_only_by_its_year(tmp_path: Path) -> None:
    """No day is invented for "as of" either: the event's date is not stated, reported in 2026."""
    event = (
        '[[event]]\nid = "meeting"\nkind = "meeting"\nname = { en = "A meeting" }\n'
        'citations = [{ source = "src-mine", quote = "A meeting took place." }]\n'
    )
    mine = folder(tmp_path / "mine", event, published="2026", quotes=("A meeting took place.",))
    (row,) = run_json("events", "meeting", "--facts", str(mine))
    assert (row["date"], row["date_label"]) == (None, "not stated")
    assert "date not stated (reported 2026)" in " ".join(
        table("events", "meeting", "--facts", str(mine)).stdout.split()
    )


def _rows(base: FactBase) -> list[dict[str, object]]:
    return [dict(views.row(query.found(base, r), base)) for r in base.records().values()]


def test_partial_dates_and_disagreements_round_trip_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTG_CACHE_DIR", str(tmp_path / "cache"))
    folders = [DISPUTED, USER]
    cold = load_fact_base(folders, use_cache=False)
    load_fact_base(folders)  # writes the cache
    warm = cache.read(folders)
    assert warm is not None
    assert warm.targets[TARGET].deadline == "2030"
    assert warm.sources["my-outlet-2026-02"].published == "2026-02"
    assert warm.sources["baq-2026-02-20-ru"].published == "2026-02-20"
    assert dict(warm.disagreements) == dict(cold.disagreements) != {}
    assert _rows(warm) == _rows(cold)
    assert [dataclasses.asdict(t) for t in warm.targets.values()] == [
        dataclasses.asdict(t) for t in cold.targets.values()
    ]


def test_a_damaged_disagreement_row_rebuilds_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setenv("OTG_CACHE_DIR", str(tmp_path / "cache"))
    folders = [DISPUTED, USER]
    expected = dict(load_fact_base(folders).disagreements)
    (written,) = (tmp_path / "cache").glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:
        connection.execute("UPDATE disagreements SET declared = 7")
    connection.close()
    assert dict(load_fact_base(folders).disagreements) == expected

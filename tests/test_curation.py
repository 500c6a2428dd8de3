"""Adding an article: otg init, otg source add, the archive's checksum, what show and cite say of a
source, and the workflow in real processes (otg quote: test_quote.py; otg draft: test_drafting.py).
Every test works in its own tmp_path folder; none writes into the bundled base."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import confirmed_template, run
from otg_cli.factfiles import toml
from otg_cli.settings import bundled_facts_dir

ROOT = Path(__file__).resolve().parents[1]
UZ_ARTICLE = bundled_facts_dir() / "sources" / "004_82b8d783d32cbc8c.txt"
ARTICLE = (
    "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов.\r\n"
    "Стороны «договорились» увеличить его – до $10 млрд.\r\n"
)


def _article(folder: Path, text: str = ARTICLE, name: str = "article.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _add(article: Path, facts: Path, *extra: str, date: str = "2026-02-20") -> tuple[int, str, str]:
    result = run(
        "source",
        "add",
        str(article),
        "--outlet",
        "BAQ.KZ",
        "--date",
        date,
        "--lang",
        "ru",
        "--facts",
        str(facts),
        *extra,
    )
    return result.exit_code, result.stdout, result.stderr


def _sources(folder: Path) -> list[dict[str, object]]:
    document = toml().loads((folder / "sources.toml").read_text("utf-8"))
    rows: list[dict[str, object]] = document["source"]
    return rows


def _problems(folder: Path) -> list[dict[str, str]]:
    result = run("check", "--strict", str(folder), "--json")
    report = json.loads(result.stdout)
    return [*report["errors"], *report["warnings"]]


# --- otg init ----------------------------------------------------------------------------------


def test_init_makes_one_example_of_each_kind_and_check_fails_on_every_one(tmp_path: Path) -> None:
    folder = tmp_path / "my-facts"
    result = run("init", str(folder))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "facts.toml",
        "sources.toml",
        "sources/000_example.txt",
    ]
    check = run("check", "--strict", str(folder))
    assert check.exit_code == 2
    problems = _problems(folder)
    assert sorted(p["record"] for p in problems) == [
        "agreement kz-uz-industrial-cooperation-roadmap-2024",
        "event kz-uz-trade-ministers-tashkent-2024",
        "fact kz-uz-turnover-2024-my-outlet",
        "source my-outlet-2024-12-01-en",
        "target kz-uz-turnover-target-my-outlet",
    ]
    assert {p["field"] for p in problems} == {"placeholder"}
    assert {p["severity"] for p in problems} == {"error"}
    fact = next(p for p in problems if p["record"].startswith("fact"))
    assert fact["message"] == (
        "placeholder record: an example from otg init; replace it with your article's facts, "
        "then delete its `placeholder` line"
    )


def test_the_examples_are_valid_records_once_confirmed(tmp_path: Path) -> None:
    folder = confirmed_template(tmp_path / "mine")
    assert run("check", "--strict", str(folder)).exit_code == 0
    assert run("check", "--strict", "--facts", str(folder)).exit_code == 0


def test_an_example_figure_never_shows_up_in_turnover(tmp_path: Path) -> None:
    folder = tmp_path / "my-facts"
    run("init", str(folder))
    result = run("turnover", "KZ", "UZ", "--facts", str(folder), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "3900000000" not in result.stdout and "My Outlet" not in result.stdout
    assert "placeholder record: an example from otg init" in result.stderr


@pytest.mark.parametrize("make", ["file-inside", "is-a-file"])
def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "taken"
    if make == "file-inside":
        folder.mkdir()
        (folder / "notes.txt").write_text("mine", "utf-8")
    else:
        folder.write_text("mine", "utf-8")
    result = run("init", str(folder))
    assert result.exit_code == 2
    assert ("is not empty (notes.txt)" if make == "file-inside" else "is not a folder") in result.stderr
    assert (folder / "notes.txt" if make == "file-inside" else folder).read_text("utf-8") == "mine"


def test_init_fills_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert run("init", str(tmp_path / "empty")).exit_code == 0
    assert (tmp_path / "empty" / "facts.toml").is_file()


# --- otg source add ----------------------------------------------------------------------------


def test_source_add_archives_the_text_and_records_its_checksum(tmp_path: Path) -> None:
    article = _article(tmp_path / "in")
    facts = tmp_path / "kz-uz"
    code, out, err = _add(
        article,
        facts,
        "--url",
        "https://baq.kz/news/1",
        "--title",
        "Товарооборот",
        "--retrieved",
        "2026-02-21",
        "--reporter",
        "Bureau of National Statistics of Kazakhstan",
    )
    assert code == 0, err
    assert out == "baq-kz-2026-02-20-ru\n"
    digest = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    archive = facts / "sources" / f"000_{digest[:16]}.txt"
    assert archive.read_bytes() == article.read_bytes()  # byte for byte, CRLF included
    (record,) = _sources(facts)
    assert record == {
        "id": "baq-kz-2026-02-20-ru",
        "outlet": "BAQ.KZ",
        "language": "ru",
        "published": datetime.date(2026, 2, 20),
        "title": "Товарооборот",
        "url": "https://baq.kz/news/1",
        "retrieved": datetime.date(2026, 2, 21),
        "reporter": "Bureau of National Statistics of Kazakhstan",
        "archive": f"sources/000_{digest[:16]}.txt",
        "sha256": digest,
    }
    assert run("check", "--strict", str(facts)).exit_code == 0
    assert [p.name for p in facts.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_source_add_appends_to_an_init_folder_and_numbers_the_archive(tmp_path: Path) -> None:
    folder = tmp_path / "my-facts"
    run("init", str(folder))
    before = (folder / "sources.toml").read_text("utf-8")
    code, out, _ = _add(_article(tmp_path / "in"), folder)
    assert code == 0
    after = (folder / "sources.toml").read_text("utf-8")
    assert after.startswith(before.rstrip("\n"))
    assert [s["id"] for s in _sources(folder)] == ["my-outlet-2024-12-01-en", out.strip()]
    assert str(_sources(folder)[1]["archive"]).startswith("sources/001_")


def test_source_add_refuses_an_article_it_has_and_an_id_that_is_taken(tmp_path: Path) -> None:
    facts = tmp_path / "kz-uz"
    first = _article(tmp_path / "in")
    assert _add(first, facts)[0] == 0
    sources_before = (facts / "sources.toml").read_bytes()
    archives_before = sorted((facts / "sources").iterdir())

    code, _, err = _add(first, facts, "--id", "another-id")
    assert code == 2
    assert "archives this article already" in err and "did you mean source baq-kz-2026-02-20-ru?" in err

    other = _article(tmp_path / "in", ARTICLE + "Ещё одна строка.\n", "other.txt")
    code, _, err = _add(other, facts)
    assert code == 2
    assert "source id 'baq-kz-2026-02-20-ru' is taken" in err and "--id baq-kz-2026-02-20-ru-2" in err
    assert (facts / "sources.toml").read_bytes() == sources_before
    assert sorted((facts / "sources").iterdir()) == archives_before

    assert _add(other, facts, "--id", "baq-kz-2026-02-20-ru-2")[0] == 0


def test_source_add_refuses_an_id_of_the_bundled_base(tmp_path: Path) -> None:
    code, _, err = _add(_article(tmp_path / "in"), tmp_path / "f", "--id", "baq-2026-02-20-ru")
    assert code == 2
    assert "source id 'baq-2026-02-20-ru' is taken, in " in err and "sources.toml" in err


def test_source_add_names_a_bundled_source_with_the_same_text(tmp_path: Path) -> None:
    code, out, err = _add(UZ_ARTICLE, tmp_path / "f", date="none")
    assert (code, out) == (0, "baq-kz-undated-ru\n")
    assert "the same text is archived already as source baq-undated-kz-uz-ru" in err
    (record,) = _sources(tmp_path / "f")
    assert "published" not in record


@pytest.mark.parametrize(
    ("date", "key", "published"),
    [
        ("2025", "baq-kz-2025-ru", None),
        ("2025-11", "baq-kz-2025-11-ru", None),
        ("none", "baq-kz-undated-ru", None),
    ],
)
def test_dates_are_kept_at_the_precision_the_article_gives(
    tmp_path: Path, date: str, key: str, published: object
) -> None:
    code, out, err = _add(_article(tmp_path / "in"), tmp_path / "f", date=date)
    assert (code, out) == (0, f"{key}\n"), err
    (record,) = _sources(tmp_path / "f")
    assert record.get("published") is published
    notes = record.get("notes", [])
    assert notes == (
        []
        if date == "none"
        else [f"The article gives its date only as {date}; `published` takes a full date, so it is left out."]
    )


@pytest.mark.parametrize("date", ["2025-13", "2025-02-30", "yesterday", "20-02-2026", "2026/02/20"])
def test_a_malformed_date_is_refused_with_what_is_accepted(tmp_path: Path, date: str) -> None:
    code, out, err = _add(_article(tmp_path / "in"), tmp_path / "f", date=date)
    assert (code, out) == (2, "")
    assert f"invalid --date {date!r}" in err and "YYYY, YYYY-MM or YYYY-MM-DD" in err
    assert not (tmp_path / "f").exists()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--lang", "de"), "unknown --lang 'de' for the article; accepted: en, ru, kk"),
        (("--url", "baq.kz/news"), "accepted: an address starting with https:// or http://"),
        (("--retrieved", "21.02.2026"), "invalid --retrieved '21.02.2026'; accepted: a day as YYYY-MM-DD"),
        (("--id", "Not An Id"), "ids are lower-case words joined by hyphens"),
        (("--title", " "), "--title is empty"),
    ],
)
def test_bad_options_are_refused(tmp_path: Path, options: tuple[str, str], expected: str) -> None:
    args = ["source", "add", str(_article(tmp_path / "in")), "--outlet", "BAQ.KZ", "--date", "2026"]
    args += [
        "--facts",
        str(tmp_path / "f"),
        *(options if options[0] == "--lang" else ("--lang", "ru", *options)),
    ]
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"\xff\xfe not utf-8", "is not UTF-8 text"), (b"  \n ", "is empty"), (None, "cannot read the article")],
)
def test_an_unusable_article_is_refused_naming_it(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content)
    code, _, err = _add(article, tmp_path / "f")
    assert code == 2
    assert expected in err and "article.txt" in err


def test_an_outlet_in_cyrillic_makes_a_latin_id(tmp_path: Path) -> None:
    result = run(
        "source", "add", str(_article(tmp_path)), "--outlet", "Қазақпарат", "--date", "2026-01-08", "--lang", "kk",
        "--facts", str(tmp_path / "f"),
    )  # fmt: skip
    assert result.stdout == "qazaqparat-2026-01-08-kk\n"


# --- the checksum ------------------------------------------------------------------------------


def test_an_archive_edited_later_is_a_check_error_saying_what_to_do(tmp_path: Path) -> None:
    facts = tmp_path / "f"
    _add(_article(tmp_path / "in"), facts)
    (record,) = _sources(facts)
    archive = facts / str(record["archive"])
    archive.write_bytes(archive.read_bytes().replace(b"4,3", b"4,8"))
    found = hashlib.sha256(archive.read_bytes()).hexdigest()
    result = run("check", str(facts))
    assert result.exit_code == 2
    (problem,) = _problems(facts)
    assert (problem["record"], problem["field"], problem["severity"]) == (
        "source baq-kz-2026-02-20-ru",
        "sha256",
        "error",
    )
    assert problem["file"].endswith("sources.toml")
    message = problem["message"]
    assert str(record["archive"]) in message
    assert f"expected {record['sha256']}, found {found}" in message
    assert "otg source add" in message and f'set sha256 = "{found}"' in message
    # The edit was intended: record the new checksum, and the folder is clean again.
    sources = facts / "sources.toml"
    sources.write_text(sources.read_text("utf-8").replace(str(record["sha256"]), found), "utf-8")
    assert run("check", "--strict", str(facts)).exit_code == 0


def test_a_source_without_a_checksum_is_not_checked_for_one(tmp_path: Path) -> None:
    facts = tmp_path / "f"
    _add(_article(tmp_path / "in"), facts)
    sources = facts / "sources.toml"
    sources.write_text(
        "".join(
            line for line in sources.read_text("utf-8").splitlines(True) if not line.startswith("sha256")
        ),
        "utf-8",
    )
    (facts / str(_sources(facts)[0]["archive"])).write_text("edited", "utf-8")
    assert _problems(facts) == []


def test_a_malformed_checksum_is_a_schema_error(tmp_path: Path) -> None:
    facts = tmp_path / "f"
    _add(_article(tmp_path / "in"), facts)
    sources = facts / "sources.toml"
    sources.write_text(sources.read_text("utf-8").replace('sha256 = "', 'sha256 = "XYZ'), "utf-8")
    (problem,) = _problems(facts)
    assert (problem["field"], "is not 64 lower-case hex digits" in problem["message"]) == ("(record)", True)


# --- show and cite -----------------------------------------------------------------------------


def _cited_folder(tmp_path: Path) -> Path:
    facts = tmp_path / "f"
    _add(
        _article(tmp_path / "in"), facts, "--url", "https://baq.kz/news/1", "--retrieved", "2026-02-21",
        "--reporter", "Bureau of National Statistics of Kazakhstan",
    )  # fmt: skip
    (facts / "kz-uz.toml").write_text(
        """[[fact]]
id = "kz-uz-turnover-2025-mine"
measure = "turnover"
parties = ["KZ", "UZ"]
description = "Kazakhstan–Uzbekistan trade turnover"
period = { start = 2025-01-01, end = 2025-12-31 }
value = 4_300_000_000
unit = "USD"
citations = [{ source = "baq-kz-2026-02-20-ru", quote = "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов." }]
""",
        "utf-8",
    )
    return facts


def test_show_gives_a_sources_url_retrieval_day_reporter_and_checksum(tmp_path: Path) -> None:
    facts = _cited_folder(tmp_path)
    result = run("show", "baq-kz-2026-02-20-ru", "--facts", str(facts), "--json")
    row = json.loads(result.stdout)
    assert (row["url"], row["retrieved"], row["reporter"]) == (
        "https://baq.kz/news/1",
        "2026-02-21",
        "Bureau of National Statistics of Kazakhstan",
    )
    assert row["sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert row["cited_by"] == ["kz-uz-turnover-2025-mine"]
    fact = json.loads(run("show", "kz-uz-turnover-2025-mine", "--facts", str(facts), "--json").stdout)
    assert fact["sources"][0]["url"] == "https://baq.kz/news/1"
    assert fact["sources"][0]["reporter"] == "Bureau of National Statistics of Kazakhstan"
    shown = run("show", "baq-kz-2026-02-20-ru", "--facts", str(facts), "--format", "table").stdout
    assert "reporter" in shown and "Bureau of National Statistics of Kazakhstan" in shown


def test_cite_names_the_reporter_and_gives_the_url(tmp_path: Path) -> None:
    facts = _cited_folder(tmp_path)
    line = run("cite", "kz-uz-turnover-2025-mine", "--facts", str(facts)).stdout
    assert line == (
        "According to BAQ.KZ (20 February 2026; figures: Bureau of National Statistics of Kazakhstan), "
        "Kazakhstan–Uzbekistan trade turnover was $4.3 billion in 2025. https://baq.kz/news/1\n"
    )
    markdown = run("cite", "kz-uz-turnover-2025-mine", "--facts", str(facts), "--style", "markdown").stdout
    assert markdown.startswith(
        "According to **[BAQ.KZ](https://baq.kz/news/1)** (20 February 2026; figures: "
    )
    russian = run("cite", "kz-uz-turnover-2025-mine", "--facts", str(facts), "--lang", "ru").stdout
    assert russian.startswith(
        "По данным BAQ.KZ (20 февраля 2026\u202fг.; данные: Bureau of National Statistics of Kazakhstan), "
        "товарооборот между Казахстаном и Узбекистаном за 2025 год составил $4,3 млрд («"
    )
    assert russian.rstrip().endswith("https://baq.kz/news/1")


# --- real processes and the atomic writer ------------------------------------------------------


def test_the_workflow_in_real_processes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTG_") or k == "OTG_CACHE_DIR"}

    def otg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "otg_cli", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    assert otg("init", "my-facts").returncode == 0
    assert otg("init", "my-facts").returncode == 2
    added = otg(
        "source",
        "add",
        str(UZ_ARTICLE),
        "--outlet",
        "BAQ.KZ",
        "--date",
        "none",
        "--lang",
        "ru",
        "--facts",
        "my-facts",
    )
    assert (added.returncode, added.stdout) == (0, "baq-kz-undated-ru\n"), added.stderr
    quoted = otg("quote", "baq-kz-undated-ru", "до $10 млрд", "--facts", "my-facts")
    assert (quoted.returncode, quoted.stdout) == (0, "до $10 млрд\n")
    checked = otg("check", "--strict", "my-facts")
    assert checked.returncode == 2 and checked.stdout.count("placeholder record") == 5


def test_write_new_never_replaces_a_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    from otg_cli.curation.files import write_file, write_new
    from otg_cli.errors import OtgError

    target = tmp_path / "a.txt"
    write_new(target, b"first")
    with pytest.raises(OtgError, match="already exists"):
        write_new(target, b"second")
    with pytest.raises(OtgError, match="already exists"):
        write_file(target, b"second", overwrite=False)
    assert target.read_bytes() == b"first"
    write_file(target, b"third", overwrite=True)
    assert target.read_bytes() == b"third"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_toml_values_read_back_as_written() -> None:
    import datetime

    from otg_cli.curation.files import toml_value

    values = {
        "text": 'quote «with» "marks", a \\ backslash, a tab\t, a DEL \x7f and ё',
        "big": 4_300_000_000,
        "float": 18.5,
        "day": datetime.date(2026, 2, 20),
        "list": ["KZ", "UZ"],
        "table": {"start": datetime.date(2025, 1, 1), "end": datetime.date(2025, 8, 31)},
        "empty": {},
    }
    text = "\n".join(f"{k} = {toml_value(v)}" for k, v in values.items())
    assert toml().loads(text) == values

"""`otg check` warns when figures of different records cannot all be true: a part year above its
year, parts above their total, a cumulative total below a year inside it. Qualifiers are respected
(a warning only where the values the figures allow make it impossible), and every warning names
both records and both files, filed against the record the reader can edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_json
from factfolder import H1_2025, H2_2025, fact, folder
from otg_cli import settings

DISPUTED = Path(__file__).parent / "fixtures" / "disputed"
CUMULATIVE = '{ basis = "cumulative", start = 2005-01-01, end = 2025-12-31 }'
NO_START = '{ basis = "cumulative", end = 2025-12-31 }'
INFLOW = "investment_inflow"
GROUP = '[[group]]\nid = "partners"\nname = { en = "Partners" }\nmembers = [{ country = "UZ" }, { country = "TR" }]\n'


@pytest.fixture(autouse=True)
def _disputed_base(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled base is tests/fixtures/disputed, with Kazakhstan–Azerbaijan 2025 at $425 m."""
    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: DISPUTED)


def _warnings(*args: str) -> list[tuple[str, str | None, str]]:
    """(file name, record, message) of each warning of `otg check ARGS`."""
    document = run_json("check", *args)
    assert document["errors"] == []
    return [(Path(w["file"]).name, w["record"], w["message"]) for w in document["warnings"]]


def _alone(path: Path) -> list[tuple[str, str | None, str]]:
    return _warnings(str(path))


def test_a_users_part_year_above_the_bundled_full_year_is_filed_against_the_users_record(
    tmp_path: Path,
) -> None:
    mine = folder(tmp_path / "mine", fact("kz-az-h1-mine", 501_000_000, period=H1_2025))
    ((file, record, message),) = _warnings("--facts", str(mine))
    assert (file, record) == ("facts.toml", "fact kz-az-h1-mine")
    assert message.startswith(
        f"part-year figure kz-az-h1-mine ($501 m, Jan–Jun 2025, in {mine / 'facts.toml'}) is above "
        "the full-year figure kz-az-turnover-2025 ($425 m, 2025, in "
    )
    assert message.endswith("disputed/kz-kg.toml), whose period contains it")


@pytest.mark.parametrize(("qualifier", "warned"), [("over", True), ("about", False), ("almost", False)])
def test_a_part_year_is_compared_with_its_year_by_what_the_qualifiers_allow(
    tmp_path: Path, qualifier: str, warned: bool
) -> None:
    """Over $430 m cannot be within $425 m; about $450 m (405 to 495) and almost $460 m can."""
    value = {"over": 430_000_000, "about": 450_000_000, "almost": 460_000_000}[qualifier]
    mine = folder(tmp_path / "mine", fact("kz-az-h1-mine", value, period=H1_2025, qualifier=qualifier))
    assert bool(_warnings("--facts", str(mine))) is warned


def test_two_halves_above_their_year(tmp_path: Path) -> None:
    found = _alone(
        folder(
            tmp_path / "f",
            fact("year", 1_020_000_000),
            fact("h1", 600_000_000, period=H1_2025),
            fact("h2", 500_000_000, period=H2_2025),
        )
    )
    ((_, record, message),) = found
    assert record == "fact h1"
    assert message.startswith("h1 ($600 m, Jan–Jun 2025, in ")
    assert "+ h2 ($500 m, Jul–Dec 2025, in " in message
    assert ", for periods inside year ($1.02 bn, 2025, in " in message
    assert message.endswith("), add up to more than it allows")


def test_a_balance_is_not_a_sum_over_time(tmp_path: Path) -> None:
    found = _alone(
        folder(
            tmp_path / "f",
            fact("year", 425_000_000, measure="trade_balance"),
            fact("h1", 501_000_000, period=H1_2025, measure="trade_balance"),
        )
    )
    assert found == []


def test_listed_parts_above_their_total_name_every_record(tmp_path: Path) -> None:
    found = _alone(
        folder(
            tmp_path / "f",
            GROUP,
            fact("total", 1_020_000_000, parties=("KZ", "partners"), measure=INFLOW),
            fact("from-uz", 700_000_000, parties=("KZ", "UZ"), part_of="total", measure=INFLOW),
            fact("from-tr", 400_000_000, parties=("KZ", "TR"), part_of="total", measure=INFLOW),
        )
    )
    ((_, record, message),) = found
    assert record == "fact from-uz"
    assert message.startswith("parts from-uz ($700 m, 2025, in ")
    assert (
        " + from-tr ($400 m, 2025, in " in message
        and " exceed their total total ($1.02 bn, 2025, in " in message
    )


def test_two_sources_for_one_part_are_not_both_counted(tmp_path: Path) -> None:
    """$600 m + $300 m is within $1.02 bn; the second source's $500 m for the same part is not added."""
    found = _alone(
        folder(
            tmp_path / "f",
            GROUP,
            fact("total", 1_020_000_000, parties=("KZ", "partners"), measure=INFLOW),
            fact("from-uz", 600_000_000, parties=("KZ", "UZ"), part_of="total", measure=INFLOW),
            fact("from-tr", 300_000_000, parties=("KZ", "TR"), part_of="total", measure=INFLOW),
            fact(
                "from-tr-b",
                500_000_000,
                parties=("KZ", "TR"),
                part_of="total",
                measure=INFLOW,
                conflicts_with=("from-tr",),
            ),
        )
    )
    assert found == []


def test_a_cumulative_total_below_a_year_inside_its_span(tmp_path: Path) -> None:
    found = _alone(
        folder(
            tmp_path / "f",
            fact("since-2005", 1_200_000_000, period=CUMULATIVE, measure=INFLOW),
            fact("in-2025", 1_300_000_000, qualifier="over", measure=INFLOW),
        )
    )
    ((_, record, message),) = found
    assert record == "fact since-2005"
    assert message.startswith("cumulative since-2005 ($1.2 bn, 2005–2025, cumulative, in ")
    assert "is below in-2025 (> $1.3 bn, 2025, in " in message and message.endswith("), inside its span")


@pytest.mark.parametrize(
    ("period", "value", "qualifier"),
    [(CUMULATIVE, 5_000_000_000, "about"), (NO_START, 1_200_000_000, "exact")],
    ids=["about 5 bn allows it", "a span whose start is not stated"],
)
def test_no_warning_where_a_cumulative_total_can_hold_the_year(
    tmp_path: Path, period: str, value: int, qualifier: str
) -> None:
    found = _alone(
        folder(
            tmp_path / "f",
            fact("total", value, period=period, qualifier=qualifier, measure=INFLOW),
            fact("in-2025", 1_300_000_000, qualifier="over", measure=INFLOW),
        )
    )
    assert found == []


def test_a_users_total_below_the_bundled_year_is_filed_against_the_users_record(tmp_path: Path) -> None:
    """The bundled year is $425 m; a user's cumulative $300 m since 2005 cannot hold it."""
    mine = folder(tmp_path / "mine", fact("kz-az-since-2005", 300_000_000, period=CUMULATIVE))
    ((file, record, message),) = _warnings("--facts", str(mine))
    assert (file, record) == ("facts.toml", "fact kz-az-since-2005")
    assert "is below kz-az-turnover-2025 ($425 m, 2025, in " in message

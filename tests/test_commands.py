"""targets, agreements, events, sources, show: exact values in JSON and table mode."""

from __future__ import annotations

import pytest

from conftest import run, run_json, table
from otg_cli.models import FactBase

TURKESTAN = [
    "ots-economic-cooperation-roadmap",
    "turkestan-2026-communique",
    "ots-trade-partnership-mou",
    "turkic-investment-fund-priority-projects",
    "turkestan-2026-concrete-steps",
    "turkestan-2026-trade-barriers-transport-digital",
    "turkestan-2026-middle-corridor",
]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_progress_is_derived_in_every_language(language: str) -> None:
    """Which figures are comparable with a target does not depend on the words of the run."""
    (uz,) = run_json("targets", "KZ", "UZ", "--lang", language)
    assert (uz["progress"]["from_fact"], uz["progress"]["ratio_pct"]) == ("kz-uz-turnover-2025", 43)


def test_targets_with_deadline_not_stated_and_derived_progress() -> None:
    rows = {r["id"]: r for r in run_json("targets")}
    assert set(rows) == {"kz-uz-turnover-target-10bn", "kz-tm-turnover-target-1bn"}
    uz, tm = rows["kz-uz-turnover-target-10bn"], rows["kz-tm-turnover-target-1bn"]
    assert (uz["value"], uz["parties"], uz["deadline"], uz["deadline_label"]) == (
        10_000_000_000,
        ["KZ", "UZ"],
        None,
        "not stated",
    )
    assert uz["progress"]["derived"] is True
    assert (uz["progress"]["from_fact"], uz["progress"]["ratio_pct"], uz["progress"]["label"]) == (
        "kz-uz-turnover-2025",
        43,
        "43%",
    )
    assert (tm["value"], tm["progress"]["from_fact"], tm["progress"]["label"]) == (
        1_000_000_000,
        "kz-tm-turnover-level-2025",
        "> 50%",
    )
    assert "довести взаимный товарооборот до одного миллиарда" in tm["sources"][0]["quote"]


def test_targets_table_marks_progress_as_derived() -> None:
    out = table("targets", "KZ", "UZ").stdout
    assert "$10 bn" in out and "not stated" in out and "43%" in out
    assert "derived" in out and "kz-uz-turnover-2025" in out
    assert "Turkmenistan" not in out.split("Progress is derived")[0]


def test_targets_no_match() -> None:
    result = run("targets", "TR", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")


@pytest.mark.parametrize(
    "event",
    [
        "turkestan",
        "Туркестан",
        "Түркістан",
        "TURKESTAN",
        "turkestan-2026-ots-trade-ministers",
        "14th meeting",
    ],
)
def test_agreements_by_event_in_any_language(event: str) -> None:
    rows = run_json("agreements", "--event", event)
    assert [r["id"] for r in rows] == TURKESTAN
    assert {r["event"]["id"] for r in rows} == {"turkestan-2026-ots-trade-ministers"}
    assert [r["status"] for r in rows] == [
        "approved",
        "signed",
        "concluded",
        "proposed",
        "agreed",
        "under_discussion",
        "under_discussion",
    ]


def test_agreements_table_groups_by_event() -> None:
    out = table("agreements", "--event", "turkestan").stdout
    heading = "14th meeting of OTS ministers of economy and trade · Turkestan"
    assert f"{heading} · date not stated (reported 20 Feb 2026)" in out
    assert "Roadmap for cooperation" in out and "approved" in out and "concluded" in out


def test_unknown_event_exits_1_and_lists_the_events() -> None:
    result = run("agreements", "--event", "tashkent", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert "no event matches 'tashkent'" in result.stderr
    assert "Turkestan" in result.stderr and "Khiva, 22–23 Oct (year not stated)" in result.stderr
    assert "Astana, 25 Nov 2025" in result.stderr


def test_agreements_by_country_include_group_membership() -> None:
    ids = [r["id"] for r in run_json("agreements", "--country", "Turkey")]
    assert ids == [
        *TURKESTAN,
        "turkic-chambers-union-chairmanship-2026",
        "turkic-chamber-president-batalov",
        "turkic-chambers-union-priorities",
        "turkic-chambers-union-established",
        "turkic-joint-medicine-procurement",
        "turkic-chambers-union-chairmanship-rotation",
    ]
    tm = run_json("agreements", "--country", "TM", "--event", "zhumangarin")
    assert [r["status"] for r in tm] == ["proposed", "offered", "proposed", "under_discussion", "confirmed"]


def test_all_agreements_and_unattached_ones(base: FactBase) -> None:
    rows = run_json("agreements")
    assert sorted(r["id"] for r in rows) == sorted(base.agreements)
    assert [r["id"] for r in rows if r["event"] is None] == [
        "turkic-joint-medicine-procurement",
        "turkic-chambers-union-chairmanship-rotation",
        "kz-tm-gas-strategic-cooperation-agreement",
    ]
    assert "Not tied to an event in the sources" in table("agreements").stdout


def test_events_keep_unstated_dates_and_places(base: FactBase) -> None:
    rows = {r["id"]: r for r in run_json("events")}
    assert set(rows) == set(base.events)
    assert rows["khiva-kz-uz-intergovernmental-commission"]["date"] == "--10-22"
    assert rows["khiva-kz-uz-intergovernmental-commission"]["date_label"] == "22–23 Oct (year not stated)"
    assert rows["kz-uz-trade-deputy-ministers-meeting"]["place"] is None
    assert rows["kz-uz-trade-deputy-ministers-meeting"]["date"] is None
    assert rows["turkestan-2026-ots-trade-ministers"]["date"] is None
    assert rows["kz-tm-2025-presidential-talks"]["date"] == "2025-11-25"
    roles = {p["name"]["en"]: p["role"] for p in rows["turkestan-2026-ots-trade-ministers"]["participants"]}
    assert roles["Asan Darbayev"].startswith("Vice Minister of National Economy of Kazakhstan")
    turkestan = base.events["turkestan-2026-ots-trade-ministers"]
    assert set(roles) == {p.name.en for p in turkestan.participants}


def test_sources_never_invent_a_date(base: FactBase) -> None:
    rows = {r["id"]: r for r in run_json("sources")}
    assert set(rows) == set(base.sources)
    assert rows["baq-undated-kz-uz-ru"]["published"] is None
    assert rows["kaztoday-2025-11-26-ru"]["published"] == "2025-11-26"
    assert {r["language"] for r in rows.values()} == {"ru", "kk"}
    assert "date not stated" in table("sources").stdout


def test_show_prints_one_record_with_every_quote_and_note() -> None:
    record = run_json("show", "kz-kg-turnover-2025")
    assert isinstance(record, dict)
    assert (record["value"], record["qualifier"], record["conflicts_with"]) == (
        2_000_000_000,
        "almost",
        ["kz-kg-turnover-2025-kk"],
    )
    out = run("show", "ots-mutual-trade-2025").stdout
    assert "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США." in out
    assert "11.6 bn" in out


def test_show_unknown_id_suggests_close_ones() -> None:
    result = run("show", "kz-uz-turnover-2052")
    assert result.exit_code == 2 and result.stdout == ""
    assert "did you mean kz-uz-turnover-2025" in result.stderr


def test_facts_filters_by_measure() -> None:
    rows = run_json("facts", "KZ", "OTS", "--measure", "investment_inflow")
    assert [(r["id"], r["value_label"], r["period"]["label"]) for r in rows] == [
        ("kz-fdi-inflow-from-ots-2005-2025", "> $6.3 bn", "2005–2025, cumulative"),
        ("kz-fdi-inflow-from-ots-2025", "≈ $210 m", "2025"),
    ]
    result = run("facts", "--measure", "gdp")
    assert result.exit_code == 2 and "accepted: turnover" in result.stderr


def test_imports_with_only_a_change_show_no_invented_value() -> None:
    (row,) = run_json("facts", "KZ", "Turkic states", "--measure", "imports")
    assert (row["value"], row["value_label"], row["change_label"]) == (None, None, "≈ −3%")


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("otg 0.")

"""`otg turnover`: the main job. Exact values, both modes, every exit code."""

from __future__ import annotations

import pytest

from conftest import run, run_json, table


def test_kz_uz_2025_shows_the_year_and_the_part_year_figure() -> None:
    rows = run_json("turnover", "KZ", "UZ", "2025")
    assert [r["id"] for r in rows] == ["kz-uz-turnover-2025", "kz-uz-turnover-2025-jan-aug"]
    year, part = rows
    assert (year["value"], year["unit"], year["qualifier"], year["change_pct"]) == (
        4_300_000_000,
        "USD",
        "exact",
        None,
    )
    assert year["period"] == {
        "start": "2025-01-01",
        "end": "2025-12-31",
        "basis": "flow",
        "label": "2025",
        "span": "full_year",
        "span_label": "full year",
    }
    assert (part["value"], part["change_pct"], part["value_label"], part["change_label"]) == (
        3_000_000_000,
        18.5,
        "$3 bn",
        "+18.5%",
    )
    assert part["period"]["label"] == "Jan–Aug 2025"
    assert (part["period"]["span"], part["period"]["span_label"]) == ("part_year", "part year (8 mo)")


def test_every_row_carries_its_sources_with_quotes() -> None:
    year, part = run_json("turnover", "KZ", "UZ", "2025")
    assert [(s["id"], s["outlet"], s["published"], s["language"]) for s in year["sources"]] == [
        ("baq-2026-02-20-ru", "BAQ.KZ", "2026-02-20", "ru"),
        ("baq-2026-02-20-kk", "BAQ.KZ", "2026-02-20", "kk"),
    ]
    assert "4,3 млрд" in year["sources"][0]["quote"]
    assert part["sources"][0]["published"] is None  # the article states no date: none is invented
    assert "18,5%" in part["sources"][0]["quote"]


def test_table_labels_part_year_and_cites_each_row() -> None:
    result = table("turnover", "KZ", "UZ", "2025")
    assert result.exit_code == 0
    out = result.stdout
    assert "$4.3 bn" in out and "$3 bn" in out and "+18.5%" in out
    assert "Jan–Aug 2025" in out and "part year (8 mo)" in out
    assert "BAQ.KZ · 20 Feb 2026 · ru" in out and "BAQ.KZ · 20 Feb 2026 · kk" in out
    assert "BAQ.KZ · date not stated · ru" in out
    assert "\x1b[" not in out
    assert "«" not in out  # quotes are one flag away


def test_quotes_flag_shows_the_verbatim_quote() -> None:
    out = table("turnover", "KZ", "UZ", "2025", "--quotes").stdout
    assert "По итогам января–августа 2025 года товарооборот между странами достиг $3 млрд" in out


@pytest.mark.parametrize(
    "args",
    [
        ("UZ", "KZ", "2025"),
        ("kaz", "uzb", "2025"),
        ("Kazakhstan", "Uzbekistan", "2025"),
        ("Казахстан", "Узбекистан", "2025"),
        ("Қазақстан", "Өзбекстан", "2025"),
        ("2025", "KZ", "UZ"),
        ("kz", "Uzbekistan", "2025-01..2025-12"),
    ],
)
def test_countries_in_any_language_case_and_order(args: tuple[str, ...]) -> None:
    assert [r["id"] for r in run_json("turnover", *args)] == [
        "kz-uz-turnover-2025",
        "kz-uz-turnover-2025-jan-aug",
    ]


def test_a_part_year_query_does_not_return_the_year() -> None:
    assert [r["id"] for r in run_json("turnover", "KZ", "UZ", "2025-H1", exit_code=1)] == []
    assert [r["id"] for r in run_json("turnover", "KZ", "UZ", "2025-01..2025-08")] == [
        "kz-uz-turnover-2025-jan-aug"
    ]


def test_no_period_shows_every_period_including_undated() -> None:
    ids = [r["id"] for r in run_json("turnover", "KZ", "UZ")]
    assert ids == ["kz-uz-turnover-2025", "kz-uz-turnover-2025-jan-aug", "kz-uz-agro-turnover"]


def test_kyrgyzstan_keeps_both_sources_and_their_qualifiers() -> None:
    rows = run_json("turnover", "Кыргызстан", "KZ", "2025")
    assert [(r["id"], r["qualifier"], r["value_label"]) for r in rows] == [
        ("kz-kg-turnover-2025", "almost", "almost $2 bn"),
        ("kz-kg-turnover-2025-kk", "exact", "$2 bn"),
    ]
    assert rows[0]["conflicts_with"] == ["kz-kg-turnover-2025-kk"]
    out = table("turnover", "KZ", "KG").stdout
    assert "almost $2 bn" in out and "sources disagree" in out
    assert "Sources disagree: kz-kg-turnover-2025 vs kz-kg-turnover-2025-kk" in out


@pytest.mark.parametrize("group", ["OTS", "ots", "ОТГ", "ТМҰ", "Organization of Turkic States"])
def test_groups_by_any_name(group: str) -> None:
    rows = run_json("turnover", group, "2025")
    assert [(r["id"], r["value_label"]) for r in rows] == [
        ("ots-mutual-trade-2025", "> $11.9 bn"),
        ("ots-mutual-trade-2025-kk-headline", "$11.9 bn"),
    ]
    assert any("11.6 bn" in note for note in rows[0]["notes"])


def test_turkic_states_jan_oct_is_labelled_with_change_qualifier() -> None:
    (row,) = run_json("turnover", "KZ", "Turkic states")
    assert (row["value_label"], row["change_label"], row["period"]["label"]) == (
        "$11 bn",
        "> +10%",
        "Jan–Oct 2025",
    )


def test_no_match_exits_1_with_empty_json_and_a_hint() -> None:
    result = run("turnover", "KZ", "FR", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert "no turnover figures for Kazakhstan – France" in result.stderr
    assert "Kazakhstan – Uzbekistan" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("KZ", "XX"), "unknown country or group 'XX'"),
        (("KZ", "UZ", "2025-13"), "invalid period '2025-13'"),
        (("KZ", "UZ", "20255"), "invalid period"),
        (("KZ", "UZ", "TR"), "at most two countries"),
        (("KZ", "2024", "2025"), "at most one period"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line_and_no_traceback(args: tuple[str, ...], message: str) -> None:
    result = run("turnover", *args, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert "accepted" in result.stderr or "at most" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_option_exits_2() -> None:
    result = run("turnover", "KZ", "--bogus")
    assert result.exit_code == 2
    assert "No such option" in result.stderr

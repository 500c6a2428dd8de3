"""Parsers of what users type: periods and countries. Property-based, with a fixed seed."""

from __future__ import annotations

import calendar
import datetime

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otg_cli.countries import resolve_party
from otg_cli.errors import OtgError
from otg_cli.figures import format_amount, format_change
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase, Period
from otg_cli.periods import describe_event_date, describe_period, parse_period, within
from otg_cli.settings import bundled_facts_dir

years = st.integers(min_value=1900, max_value=2100)
months = st.integers(min_value=1, max_value=12)
BASE = load_fact_base([bundled_facts_dir()])
PROPERTY = settings(max_examples=500, deadline=None, derandomize=True)
FUZZ = settings(max_examples=3000, deadline=None, derandomize=True)


@PROPERTY
@given(years)
def test_a_year_is_the_whole_year(year: int) -> None:
    period = parse_period(str(year))
    assert (period.start, period.end) == (datetime.date(year, 1, 1), datetime.date(year, 12, 31))


@PROPERTY
@given(years, months, months)
def test_month_ranges_round_trip_through_the_label(year: int, first: int, last: int) -> None:
    first, last = min(first, last), max(first, last)
    wanted = parse_period(f"{year}-{first:02d}..{year}-{last:02d}")
    assert wanted.start == datetime.date(year, first, 1)
    assert wanted.end == datetime.date(year, last, calendar.monthrange(year, last)[1])
    label = describe_period(Period(start=wanted.start, end=wanted.end))
    assert label.endswith(str(year))
    assert within(Period(start=wanted.start, end=wanted.end), parse_period(str(year)))


@PROPERTY
@given(years, st.integers(min_value=1, max_value=4))
def test_quarters_and_halves(year: int, quarter: int) -> None:
    q = parse_period(f"{year}-Q{quarter}")
    assert (q.start.month, q.end.month) == (3 * quarter - 2, 3 * quarter)
    h = parse_period(f"{year}-h{1 + (quarter > 2)}")
    assert h.start <= q.start and q.end <= h.end


@FUZZ
@given(st.text(max_size=30))
def test_any_text_is_a_period_or_an_otg_error(text: str) -> None:
    try:
        period = parse_period(text)
    except OtgError as error:
        assert "invalid period" in str(error)
    else:
        assert period.start <= period.end


@pytest.mark.parametrize(
    "text", ["2025-00", "2025-13", "2025-Q5", "2025-H3", "2025-02-30", "25", "2025..2024", "2025-"]
)
def test_malformed_periods_are_refused(text: str) -> None:
    with pytest.raises(OtgError, match="invalid period"):
        parse_period(text)


def test_part_year_labels() -> None:
    jan_aug = Period(start=datetime.date(2025, 1, 1), end=datetime.date(2025, 8, 31))
    assert describe_period(jan_aug) == "Jan–Aug 2025"
    assert not within(jan_aug, parse_period("2025-H1"))
    assert describe_period(Period(basis="level")) == "date not stated"
    assert describe_period(Period(basis="cumulative", end=datetime.date(2025, 12, 31))) == (
        "cumulative to end-2025 (start not stated)"
    )
    assert describe_event_date("--10-22", "--10-23") == "22–23 Oct (year not stated)"
    assert describe_event_date("2019") == "2019"
    assert describe_event_date(None) == "not stated"


ISO_CODES = [(c.alpha_2, c.alpha_3) for c in pycountry.countries]


@PROPERTY
@given(st.sampled_from(ISO_CODES), st.booleans())
def test_every_iso_code_resolves_in_any_case(codes: tuple[str, str], lower: bool) -> None:
    alpha_2, alpha_3 = codes
    for text in (alpha_2, alpha_3):
        assert resolve_party(text.lower() if lower else text, BASE) == alpha_2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kazakhstan", "KZ"),
        ("КАЗАХСТАН", "KZ"),
        ("қазақстан", "KZ"),
        ("Uzbekistan", "UZ"),
        ("Узбекистан", "UZ"),
        ("Өзбекстан", "UZ"),
        ("Kyrgyzstan", "KG"),
        ("Кыргызстан", "KG"),
        ("Киргизия", "KG"),
        ("Қырғызстан", "KG"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Турция", "TR"),
        ("Түркия", "TR"),
        ("Azerbaijan", "AZ"),
        ("Азербайджан", "AZ"),
        ("Әзірбайжан", "AZ"),
        ("Hungary", "HU"),
        ("Венгрия", "HU"),
        ("Мажарстан", "HU"),
        ("Turkmenistan", "TM"),
        ("Туркменистан", "TM"),
        ("Түрікменстан", "TM"),
        ("France", "FR"),
        ("Франция", "FR"),
        ("  kz ", "KZ"),
        ("OTS", "ots"),
        ("ОТГ", "ots"),
        ("тмұ", "ots"),
        ("Организация тюркских государств", "ots"),
        ("Turkic states", "turkic-states"),
        ("түркі елдері", "turkic-states"),
    ],
)
def test_names_in_three_languages(text: str, code: str, base: FactBase) -> None:
    assert resolve_party(text, base) == code


@FUZZ
@given(st.text(max_size=40))
def test_any_text_is_a_party_or_an_otg_error(text: str) -> None:
    try:
        code = resolve_party(text, BASE)
    except OtgError as error:
        assert "accepted:" in str(error)
    else:
        assert code in BASE.groups or (len(code) == 2 and code.isupper())


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "text"),
    [
        (11_900_000_000, "USD", "over", "> $11.9 bn"),
        (210_000_000, "USD", "about", "≈ $210 m"),
        (2_000_000_000, "USD", "almost", "almost $2 bn"),
        (4_300_000_000, "USD", "exact", "$4.3 bn"),
        (10, "percent", "at_most", "≤ 10%"),
        (1_500_000, "tonnes", "exact", "1.5 m t"),
        (180_000_000, "people", "over", "> 180 m people"),
        (12_000, "count", "over", "> 12,000"),
    ],
)
def test_amounts_keep_their_qualifier(value: float, unit: str, qualifier: str, text: str) -> None:
    assert format_amount(value, unit, qualifier) == text  # type: ignore[arg-type]


@PROPERTY
@given(
    st.floats(min_value=0, max_value=1e13, allow_nan=False),
    st.sampled_from(["exact", "about", "over", "almost", "under", "at_most"]),
)
def test_no_amount_loses_its_qualifier(value: float, qualifier: str) -> None:
    text = format_amount(value, "USD", qualifier)  # type: ignore[arg-type]
    prefix = {"exact": "$", "about": "≈ ", "over": "> ", "almost": "almost ", "under": "< ", "at_most": "≤ "}
    assert text.startswith(prefix[qualifier])


def test_changes() -> None:
    assert format_change(18.5) == "+18.5%"
    assert format_change(10, "over") == "> +10%"
    assert format_change(-3, "about") == "≈ −3%"

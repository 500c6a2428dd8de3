"""What a stated figure allows and how it reads: the one precision policy, intervals, words."""

from __future__ import annotations

import math
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otg_cli import figures, i18n
from otg_cli.claims import find_qualifier
from otg_cli.figures import (
    Interval,
    add,
    can_be_at_most,
    combine,
    contains,
    format_amount,
    format_change,
    interval,
    overlaps,
    precision,
    subtract,
)
from otg_cli.models import Qualifier, Unit

PROPERTY = settings(max_examples=500, deadline=None, derandomize=True)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
values = st.floats(min_value=-1e13, max_value=1e13, allow_nan=False, allow_infinity=False)
qualifiers = st.sampled_from(QUALIFIERS)


def ends(i: Interval) -> tuple[float, float, bool, bool]:
    """An interval's ends, rounded past floating-point noise (infinite ends stay infinite)."""
    return (round(i.low, 6), round(i.high, 6), i.low_open, i.high_open)


# --- The precision policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "half_digit"),
    [
        (4.3e9, 0.05e9),
        (4.25e9, 0.005e9),
        (4e9, 0.5e9),
        (425e6, 0.5e6),
        (210.5e6, 0.05e6),
        (12_000, 500),
        (12_500, 50),
        (18.5, 0.05),
        (3, 0.5),
        (-3, 0.5),
        (0, 0.5),
    ],
)
def test_exact_allows_half_a_unit_of_the_last_stated_digit(value: float, half_digit: float) -> None:
    assert precision(value) == pytest.approx(half_digit)
    assert ends(interval(value, "exact")) == (
        round(value - half_digit, 6),
        round(value + half_digit, 6),
        False,
        False,
    )


def test_4_3_bn_is_between_4_25_and_4_35_bn() -> None:
    stated = interval(4.3e9, "exact")
    assert ends(stated) == (4.25e9, 4.35e9, False, False)
    assert 4.26e9 in stated and 4.34e9 in stated
    assert 4.2e9 not in stated and 4.4e9 not in stated


def test_the_policy_has_one_name() -> None:
    assert figures.PRECISION_POLICY == "half a unit of the last stated digit"
    assert figures.PRECISION_POLICY in (figures.__doc__ or "")


# --- Each qualifier's interval ---------------------------------------------------------------------


def test_about_is_ten_percent_either_way() -> None:
    assert ends(interval(4.3e9, "about")) == (3.87e9, 4.73e9, False, False)
    assert ends(interval(-210e6, "about")) == (-231e6, -189e6, False, False)


def test_about_is_never_narrower_than_the_exact_precision() -> None:
    # "about 1 bn": whole billions already allow ± 0.5 bn, wider than 10%.
    assert ends(interval(1e9, "about")) == (0.5e9, 1.5e9, False, False)
    assert ends(interval(3, "about")) == (2.5, 3.5, False, False)
    assert contains(interval(1e9, "about"), interval(1e9, "exact"))


def test_almost_is_up_to_ten_percent_below_and_never_the_figure_itself() -> None:
    almost = interval(2e9, "almost")
    assert ends(almost) == (1.8e9, 2e9, False, True)
    assert 1.8e9 in almost and 1.99e9 in almost
    assert 2e9 not in almost and 1.79e9 not in almost


def test_one_sided_bounds() -> None:
    assert ends(interval(11.9e9, "over")) == (11.9e9, math.inf, True, True)
    assert ends(interval(10, "under")) == (-math.inf, 10, True, True)
    assert ends(interval(10, "at_most")) == (-math.inf, 10, True, False)
    assert 11.9e9 not in interval(11.9e9, "over")
    assert 10 not in interval(10, "under")
    assert 10 in interval(10, "at_most")


def test_an_unknown_qualifier_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown qualifier"):
        interval(1, "roughly")  # type: ignore[arg-type]


def test_an_interval_never_runs_backwards_and_infinite_ends_are_open() -> None:
    with pytest.raises(ValueError):
        Interval(2, 1)
    with pytest.raises(ValueError):
        Interval(math.nan, 1)
    assert ends(Interval(-math.inf, math.inf)) == (-math.inf, math.inf, True, True)
    assert str(interval(10, "almost")) == "[9, 10)"


def test_almost_zero_allows_nothing() -> None:
    nothing = interval(0, "almost")
    assert nothing.empty
    assert not overlaps(nothing, nothing)
    assert contains(interval(5, "exact"), nothing)
    assert add(nothing, interval(5, "exact")).empty
    assert subtract(interval(5, "exact"), nothing).empty


# --- overlaps and contains at touching ends -------------------------------------------------------


def test_closed_ends_that_touch_overlap() -> None:
    assert overlaps(interval(5, "at_most"), Interval(5, 6))
    assert overlaps(Interval(1, 2), Interval(2, 3))


def test_an_open_end_that_touches_does_not_overlap() -> None:
    assert not overlaps(interval(5, "over"), interval(5, "at_most"))
    assert not overlaps(interval(5, "over"), interval(5, "under"))
    assert not overlaps(Interval(1, 2, high_open=True), Interval(2, 3))
    assert overlaps(interval(5, "over"), Interval(4, 6))


def test_without_touching_shared_ends_never_count() -> None:
    # "2 bn" reaches down to 1.5 bn and "1 bn" up to 1.5 bn: they do not agree.
    two, one = interval(2e9, "exact"), interval(1e9, "exact")
    assert overlaps(two, one)
    assert not overlaps(two, one, touching=False)
    assert overlaps(Interval(1, 3), Interval(2, 4), touching=False)


def test_contains_at_the_ends() -> None:
    assert contains(Interval(1, 2), Interval(1, 2))
    assert contains(Interval(1, 2), Interval(1, 2, True, True))
    assert not contains(Interval(1, 2, True, True), Interval(1, 2))
    assert not contains(Interval(1, 2, low_open=True), Interval(1, 1.5))
    assert contains(interval(5, "at_most"), interval(5, "under"))
    assert not contains(interval(5, "under"), interval(5, "at_most"))
    assert contains(interval(4.3e9, "about"), interval(4.3e9, "exact"))
    assert not contains(interval(4.3e9, "exact"), interval(4.3e9, "about"))


def test_parts_within_a_total() -> None:
    assert can_be_at_most(interval(500, "exact"), interval(600, "exact"))
    assert not can_be_at_most(interval(500, "exact"), interval(100, "exact"))
    assert can_be_at_most(Interval(5, 6), Interval(4, 5))
    assert not can_be_at_most(interval(5, "over"), interval(5, "at_most"))


# --- Interval arithmetic -------------------------------------------------------------------------


def test_adding_and_subtracting_figures() -> None:
    exports, imports = interval(2.5e9, "exact"), interval(1.8e9, "exact")
    total = add(exports, imports)
    assert ends(total) == (4.2e9, 4.4e9, False, False)
    balance = subtract(exports, imports)
    assert ends(balance) == (0.6e9, 0.8e9, False, False)
    assert add(exports) == exports
    assert ends(add(Interval(1, 2), Interval(1, 2), Interval(1, 2))) == (3, 6, False, False)


def test_arithmetic_carries_open_and_infinite_ends() -> None:
    over = add(interval(5, "over"), Interval(1, 2))
    assert ends(over) == (6, math.inf, True, True)
    assert ends(subtract(Interval(1, 2), interval(5, "over"))) == (-math.inf, -3, True, True)
    assert ends(subtract(interval(10, "almost"), Interval(1, 2))) == (7, 9, False, True)
    assert ends(subtract(interval(3, "under"), interval(5, "at_most"))) == (-math.inf, math.inf, True, True)


# --- combine ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "combined"),
    [
        ((), "exact"),
        (("exact",), "exact"),
        (("exact", "exact"), "exact"),
        (("exact", "about"), "about"),
        (("almost", "exact"), "about"),
        (("about", "almost"), "about"),
        (("exact", "over"), None),
        (("about", "under"), None),
        (("at_most",), None),
    ],
)
def test_combine(inputs: tuple[Qualifier, ...], combined: Qualifier | None) -> None:
    assert combine(inputs) == combined
    assert combine(iter(inputs)) == combined


# --- Words -----------------------------------------------------------------------------------------


def test_the_reader_tries_qualifiers_in_order_with_every_languages_words() -> None:
    assert [q for q, _ in figures.reading()] == ["at_least", "at_most", "almost", "under", "over", "about"]
    words = dict(figures.reading())
    assert words["at_most"][:2] == ("не более", "не превыша")
    for language in ("en", "ru", "kk"):
        own_words = figures.reader_words(language)
        assert all(own_words[q] for q in ("at_least", "almost", "under", "over", "about"))
        for qualifier, own in own_words.items():
            assert set(own) <= set(words[qualifier])


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("не более 10%", "at_most"),
        ("не менее 1 млрд", "at_least"),
        ("кемінде 1 млрд доллар", "at_least"),
        ("at least $1bn", "at_least"),
        ("менее 1 млрд", "under"),
        ("более 10 млрд", "over"),
        ("почти 2 млрд", "almost"),
        ("nearly $2bn", "almost"),
        ("шамамен 4,3 млрд", "about"),
        ("4,3 млрд", "exact"),
    ],
)
def test_the_claim_reader_uses_these_words(text: str, qualifier: Qualifier) -> None:
    assert find_qualifier(text) == qualifier


def test_every_qualifier_has_a_prefix_and_an_english_verb_in_every_language() -> None:
    for language in i18n.LANGUAGES:
        assert set(figures.PREFIXES[language]) == set(QUALIFIERS)
    assert set(figures.EN_VERBS) == set(QUALIFIERS)
    assert set(figures.EN_HEDGES) == set(QUALIFIERS)
    assert figures.EN_VERBS["over"] == "was more than"


# --- Figures as words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ("almost $4.3 bn", "≈ −$210 m", "1.5 m t", "> 180 m people", "≤ 12,000", "< 18.5%")),
        ("ru", ("почти $4,3 млрд", "≈ −$210 млн", "1,5 млн т", "> 180 млн чел.", "≤ 12\xa0000", "< 18,5%")),
        (
            "kk",
            (
                "4,3 млрд долларға жуық",
                "≈ −210 млн доллар",
                "1,5 млн т",
                "> 180 млн адам",
                "≤ 12\xa0000",
                "< 18,5%",
            ),
        ),
    ],
)
def test_amounts_in_each_language(language: i18n.Language, texts: tuple[str, ...]) -> None:
    with i18n.using(language):
        shown = (
            format_amount(4.3e9, "USD", "almost"),
            format_amount(-210e6, "USD", "about"),
            format_amount(1.5e6, "tonnes"),
            format_amount(180e6, "people", "over"),
            format_amount(12_000, "count", "at_most"),
            format_amount(18.5, "percent", "under"),
        )
    assert shown == texts


def test_changes_in_each_language() -> None:
    with i18n.using("ru"):
        assert format_change(18.5, "almost") == "почти +18,5%"
        assert format_change(-3, "about") == "≈ −3%"
    with i18n.using("kk"):
        assert format_change(0) == "±0%"
    assert format_change(18.5, "almost") == "almost +18.5%"
    assert figures.plain_number(12_000) == "12,000"


# --- Properties ------------------------------------------------------------------------------------


@PROPERTY
@given(values)
def test_an_exact_figure_allows_itself(value: float) -> None:
    assert value in interval(value, "exact")
    assert value in interval(value, "about")
    assert contains(interval(value, "about"), interval(value, "exact"))


@PROPERTY
@given(values, qualifiers)
def test_contains_is_reflexive_and_implies_overlap(value: float, qualifier: Qualifier) -> None:
    stated = interval(value, qualifier)
    assert contains(stated, stated)
    if not stated.empty:
        assert overlaps(stated, stated)
        assert overlaps(stated, Interval(-math.inf, math.inf))


@PROPERTY
@given(values, qualifiers, values, qualifiers)
def test_overlaps_is_symmetric(a: float, qa: Qualifier, b: float, qb: Qualifier) -> None:
    first, second = interval(a, qa), interval(b, qb)
    assert overlaps(first, second) == overlaps(second, first)
    assert overlaps(first, second, touching=False) == overlaps(second, first, touching=False)
    if overlaps(first, second, touching=False):
        assert overlaps(first, second)


@PROPERTY
@given(values, values, st.floats(0, 1), st.floats(0, 1))
def test_a_sum_of_allowed_values_is_allowed_by_the_sum(a: float, b: float, u: float, v: float) -> None:
    first, second = interval(a, "exact"), interval(b, "exact")
    x = first.low + u * (first.high - first.low)
    y = second.low + v * (second.high - second.low)
    total, difference = add(first, second), subtract(first, second)
    slack = 1e-6 * (abs(a) + abs(b) + 1)
    assert total.low - slack <= x + y <= total.high + slack
    assert difference.low - slack <= x - y <= difference.high + slack


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (4_300_000_000, "USD", "$4.3 billion"),
        (425_000_000, "USD", "$425 million"),
        (12_000, "count", "12,000"),
        (18.5, "percent", "18.5%"),
        (1_500_000, "tonnes", "1.5 million tonnes"),
    ],
)
def test_english_amount_in_words(value: float, unit: Unit, expected: str) -> None:
    with i18n.using("ru"):  # the words of an English sentence whatever the run's language
        assert figures.english_amount(value, unit) == expected


def test_every_qualifier_has_english_words_that_keep_it() -> None:
    assert figures.EN_HEDGES["under"] == "less than " and figures.EN_HEDGES["at_most"] == "at most "
    assert all(figures.EN_HEDGES[q] for q in QUALIFIERS if q != "exact")

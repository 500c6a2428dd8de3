"""Rules of the claim reader and checker written as general rules for claims otg had not seen
(the precision of "about", misspelt indicators, comparisons, balances from the other side, running
totals without a start): each pinned by the values it reads or the verdict it gives."""

from __future__ import annotations

import datetime

import pytest

from otg_cli.claim_periods import find_deadline, find_period
from otg_cli.claims import find_indicator, find_qualifier, read_claim
from otg_cli.comparisons import comparison_kind
from otg_cli.figures import Interval, claimed_range, stated_range
from otg_cli.loader import load_fact_base
from otg_cli.settings import bundled_facts_dir
from otg_cli.text import misspelling_of
from otg_cli.verify import check_text

BASE = load_fact_base([bundled_facts_dir()])
DAY = datetime.date(2026, 3, 1)


def test_a_sources_about_allows_its_rounding_or_ten_percent_whichever_is_narrower() -> None:
    assert stated_range(210e6, "about") == Interval(209.5e6, 210.5e6)
    low, high, *_ = stated_range(3.0, "about")
    assert (round(low, 6), round(high, 6)) == (2.7, 3.3)
    assert stated_range(5e9, "about") == Interval(4.5e9, 5.5e9)
    assert stated_range(4.3e9, "exact") == Interval(4.25e9, 4.35e9)


def test_a_claims_about_is_ten_percent_even_for_a_round_number() -> None:
    assert claimed_range(1000.0, "about") == Interval(900.0, 1100.0)
    assert claimed_range(1000.0, "exact") == Interval(500.0, 1500.0)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan hosts roughly a thousand joint ventures with OTS partners", "contradicted"),
        (
            "2025 жылы ТМҰ елдерінен Қазақстанға тартылған тікелей инвестиция 200 млн доллардан асты",
            "supported",
        ),
        ("Kazakhstan's exports to Turkic countries came to almost $8bn in January–October 2025", "supported"),
        ("Қаңтар-қазанда түркі елдерінен импорт шамамен 3 пайызға азайды", "supported"),
        (
            "Импорт Казахстана из тюркских стран за десять месяцев 2025 года сократился ровно на 3%",
            "not_established",
        ),
    ],
)
def test_the_precision_policy_decides_rounded_figures(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_misspelt_indicator_word_is_read_within_a_small_edit_distance_and_reported() -> None:
    assert misspelling_of("товарооборт", ["товарооборот", "экспорт"]) == "товарооборот"
    assert misspelling_of("инвестор", ["инвестиц"]) is None  # too far: not a misspelling
    assert misspelling_of("торг", ["торговл"]) is None  # too short to tell
    assert find_indicator("Товарооборт с Узбекистаном") == "turnover"
    claim = read_claim("Товарооборт с Узбекистаом за восемь месяцев 2025 года вырос на 18,5%", BASE, DAY)
    assert "товарооборт → товарооборот" in claim.corrections
    assert check_text(claim.text, BASE, DAY).verdict == "supported"


def test_kazakh_country_adjectives_name_the_countries() -> None:
    claim = read_claim("Қазақ-өзбек тауар айналымы 2025 жылдың сегіз айында 3 млрд долларға жетті", BASE, DAY)
    assert set(claim.parties) == {"KZ", "UZ"}
    assert check_text(claim.text, BASE, DAY).verdict == "supported"


def test_a_phrase_whose_words_are_no_qualifier() -> None:
    assert find_qualifier("investment has built up to roughly $5bn") == "about"
    assert find_qualifier("trade rose up to $5bn") == "at_most"
    assert find_qualifier("Kazakhstan and Türkiye turned over $4.9 bln in goods") == "exact"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan ran a $1.4bn surplus with Uzbekistan in Jan-Aug 2025", "supported"),
        ("Kazakhstan ran a $1.4bn deficit with Uzbekistan in Jan-Aug 2025", "contradicted"),
        ("Uzbekistan ran a $1.4bn surplus in its trade with Kazakhstan in Jan-Aug 2025", "contradicted"),
        ("Uzbekistan ran a $1.4bn deficit in its trade with Kazakhstan in Jan-Aug 2025", "supported"),
        ("Uzbekistan ran a deficit in its trade with Kazakhstan in Jan-Aug 2025", "supported"),
        (
            "Дефицит Казахстана в торговле с Узбекистаном за январь–август 2025 года — $1,4 млрд",
            "contradicted",
        ),
    ],
)
def test_a_balance_has_a_sign_and_reads_from_either_side(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan has invested about $5bn in OTS economies since 2005", "not_established"),
        ("Kazakhstan invested more than $6.3bn in OTS countries over the past 20 years", "contradicted"),
        ("Казахстан вложил в экономики стран ОТГ 5 млрд долларов за 2005–2025 годы", "not_established"),
        ("Kazakhstan's investment in OTS economies has built up to roughly $5bn", "supported"),
    ],
)
def test_a_running_total_without_a_start_year_bounds_any_span_ending_with_it(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_comparison_words_are_lexicon_data_and_a_qualifiers_than_is_none() -> None:
    assert comparison_kind("Uzbekistan was Kazakhstan's largest trading partner") == "rank"
    assert comparison_kind("put more money into OTS economies than it received") == "than"
    assert comparison_kind("Combined turnover with Uzbekistan and Turkey exceeded $9bn") == "sum"
    assert comparison_kind("товарооборот вырос более чем на 10%") is None
    assert comparison_kind("trade of more than $11.9bn") is None


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Uzbekistan was Kazakhstan's largest trading partner in the OTS in 2025", "contradicted"),
        # 4.9 bn lies above every other member's figure (4.3, almost 2 or 2, 0.425).
        ("Turkey, at $4.9bn, was Kazakhstan's biggest trade partner among OTS members in 2025", "supported"),
        # Turnover "увеличившись на 18,5%", exports "на 26,7% больше".
        ("Trade with Uzbekistan grew faster than exports in Jan-Aug 2025", "contradicted"),
        # 4.3 + 4.9 bn, each to its last digit, is 9.1–9.3 bn.
        ("Kazakhstan's combined 2025 turnover with Uzbekistan and Turkey exceeded $9bn", "supported"),
        ("Kazakhstan's combined 2025 turnover with Uzbekistan and Turkey exceeded $9.2bn", "not_established"),
        ("Kazakhstan's combined 2025 turnover with Uzbekistan and Turkey exceeded $9.4bn", "contradicted"),
        # No source gives Kazakhstan's imports from Uzbekistan.
        ("Trade with Uzbekistan grew faster than imports in Jan-Aug 2025", "not_found"),
    ],
)
def test_a_comparison_or_sum_is_judged_by_every_value_the_figures_allow(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("OTS mutual trade came to exactly $11.9bn in 2025", "conflicting"),
        ("Товарооборот внутри ОТГ за 2025 год — 11,9 млрд долларов, ни центом больше", "conflicting"),
    ],
)
def test_a_claim_of_no_more_reads_reached_to_the_letter(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_periods_and_deadlines_in_words() -> None:
    period = find_period("FDI flowed into Kazakhstan between 2005 and 2025")
    assert period is not None and (period.start.year, period.end.year) == (2005, 2025)
    period = find_period("trade in 2024 and 2025")
    assert period is not None and (period.start.year, period.end.year) == (2024, 2024)
    period = find_period("Қазақстанның Өзбекстанмен саудасы 2025 жылғы 8 айда")
    assert period is not None and period.end == datetime.date(2025, 8, 31)
    period = find_period("Позапрошлогодний товарооборот", DAY)
    assert period is not None and period.start.year == 2024
    assert find_deadline("trade to $1bn by the end of 2026") == 2026
    assert find_deadline("1 млрд долларға 2026 жылдың соңына дейін жеткізеді") == 2026


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Astana hosted the OTS economy and trade ministers for their 14th meeting", "contradicted"),
        ("Deputy PM Serik Zhumangarin held talks with Turkmenistan's foreign minister", "contradicted"),
        ("Qazaqstan men Ozbekstan arasyndagy 34 investisialyq jobanyn bari iske asyryldy", "not_established"),
    ],
)
def test_a_host_an_office_and_a_deed_are_checked(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("All told, Kazakhstan has invested about $15bn in OTS economies", "contradicted"),
        ("Kazakhstan's imports from Turkic countries came to $3.1bn in Jan-Oct 2025", "not_established"),
        (
            "Kazakhstan invested upwards of $1.3 billion in the economies of OTS member states in 2025",
            "supported",
        ),
        ("Астана и Ашхабад приняли решение создать торговые дома на взаимной основе", "supported"),
        ("Дорожную карту ОТГ в Туркестане лишь вынесли на обсуждение", "contradicted"),
    ],
)
def test_running_totals_changes_only_and_only_discussed(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_country_name_ends_its_word_within_an_inflection() -> None:
    from otg_cli.countries import find_parties

    assert "KE" not in find_parties("түркі кеңістігіндегі жалпы тауар айналымы", BASE)
    assert find_parties("Түркі кеңістігінде ішкі өңірлік сауда", BASE) == ("turkic-economic-space",)
    assert find_parties("Өзбекстанмен және Түрікменстанның", BASE) == ("UZ", "TM")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Түркия мен Өзбекстан Қазақстанның түркі елдерімен саудасының 70 пайызын береді", "not_established"),
        ("Қазақстанда ТМҰ елдерімен бірлескен 1500 кәсіпорын бар", "not_established"),
    ],
)
def test_kazakh_shares_and_joint_ventures(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict

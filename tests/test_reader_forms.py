"""Claims in forms the reader must take as a general rule, in English, Russian and Kazakh (in
Cyrillic, in Cyrillic typed without the Kazakh letters, in the Latin alphabet): a range of
figures, a claim pasted as a yes/no question, a Kazakh comparative after an ablative figure
("1300-ден көп"), a percentage with a plus ("10%+"), months counted in short ("10 мес.", "9M
2025") and numbers in words. Each expects the verdicts the five articles allow; none of them may
be called supported where the articles do not back it."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from otg_cli.claim_amounts import amounts
from otg_cli.claims import read_claim, spelt, unasked
from otg_cli.loader import load_fact_base
from otg_cli.settings import bundled_facts_dir
from otg_cli.verify import check_text

BASE = load_fact_base([bundled_facts_dir()])
DAY = datetime.date(2026, 3, 1)
#: A day in the year the ten months' figures are of: "this year" is 2025.
LATE_2025 = datetime.date(2025, 12, 1)

PROBES: list[tuple[str, set[str]]] = [
    # --- English -------------------------------------------------------------------------------
    # ranges: 4.9, 4.3, "почти 2"/"2" lie within; 425 m and 4.9 bn outside
    ("Kazakhstan's trade with Turkey was between $4bn and $5bn in 2025", {"supported"}),
    ("In 2025 Kazakh–Uzbek turnover came in somewhere between 4 and 5 billion dollars", {"supported"}),
    ("Kazakhstan's trade with Kyrgyzstan ran from 1.5 to 2 bn dollars in 2025", {"supported"}),
    ("Kazakhstan's trade with Azerbaijan was between $500m and $600m in 2025", {"contradicted"}),
    ("Kazakh-Turkish trade in 2025 was from $5bn to $6bn", {"contradicted"}),
    ("Kazakhstan's trade with Turkey was $4bn to $5bn in 2025", {"supported"}),
    ("Kazakh exports to Turkic states rose between 15% and 20% in Jan-Oct 2025", {"supported"}),
    ("Kazakhstan's exports to Uzbekistan in Jan-Aug 2025 were $2-2.5bn", {"supported"}),
    ("Kazakhstan's FDI inflow from OTS countries in 2025 was between $200m and $250m", {"supported"}),
    ("Kazakhstan hosts between 1,000 and 1,200 joint ventures with OTS countries", {"contradicted"}),
    ("Kazakhstan's imports from Turkic states fell 2-4% in January–October 2025", {"supported"}),
    ("Kazakhstan's imports from Turkic states fell 5-10% in January–October 2025", {"contradicted"}),
    # questions
    ("Was Kazakhstan's trade with Azerbaijan last year below half a billion dollars?", {"supported"}),
    (
        "Is it true Kazakhstan's turnover with Kyrgyzstan fell just short of $2 billion in 2025?",
        {"conflicting"},
    ),
    ("Did Kazakhstan's trade with Turkey exceed $5 billion in 2025?", {"contradicted"}),
    ("Did Kazakhstan's exports to Uzbekistan top $2bn in January-August 2025?", {"supported"}),
    (
        "Is it true that Kazakhstan's imports from Turkic states fell about 3% in January–October 2025?",
        {"supported"},
    ),
    ("How much did Kazakhstan trade with Turkey in 2025?", {"unreadable"}),
    # a question of a claim without a figure goes to the records as its statement
    ("Was the 14th meeting of OTS economy and trade ministers held in Baku?", {"contradicted"}),
    ("Is Hungary an observer in the Union of Chambers of Commerce of Turkic States?", {"supported"}),
    # a plus, months in short, numbers in words
    ("Kazakhstan's trade with Turkic states rose 10%+ in Jan-Oct 2025", {"supported"}),
    ("Kazakh exports to Turkic countries grew 10+ per cent in Jan-Oct 2025", {"supported"}),
    ("Kazakhstan's trade with Turkic states hit $11bn in Jan-Oct '25", {"supported"}),
    # nine months: no source gives January–September
    ("Kazakhstan's trade with Turkic states hit $11bn in 9M 2025", {"period_mismatch"}),
    (
        "Freight on the Kazakhstan-Turkmenistan-Iran railway reached one and a half million tonnes"
        " in the first 10 months of 2025",
        {"supported"},
    ),
    ("Kazakhstan's trade with Uzbekistan was four point three billion dollars in 2025", {"supported"}),
    ("Kazakhstan's trade with Uzbekistan topped $4bn over 2025", {"supported"}),
    # a range of the base's one freight figure, whose parties the claim does not name
    ("Freight traffic was between 1 and 2 million tonnes in January-October 2025", {"supported"}),
    # --- Russian -------------------------------------------------------------------------------
    ("Товарооборот Казахстана с Турцией в 2025 году составил от 4 до 5 млрд долларов", {"supported"}),
    ("Товарооборот Казахстана с Турцией в 2025 году был в пределах 4–5 млрд долларов", {"supported"}),
    ("С Кыргызстаном Казахстан наторговал в 2025 году на сумму от 1,5 до 2 млрд долларов", {"supported"}),
    (
        "Товарооборот Казахстана и Азербайджана в 2025 году составил от 500 до 600 млн долларов",
        {"contradicted"},
    ),
    ("Товарооборот Казахстана с Турцией в 2025 году составил от 5 до 6 млрд долларов", {"contradicted"}),
    (
        "Экспорт Казахстана в Узбекистан за январь–август 2025 года составил 2–2,5 млрд долларов",
        {"supported"},
    ),
    (
        "Прямые инвестиции из стран ОТГ в Казахстан в 2025 году составили от 200 до 250 млн долларов",
        {"supported"},
    ),
    ("В Казахстане работают от 1000 до 1200 совместных предприятий со странами ОТГ", {"contradicted"}),
    ("Экспорт Казахстана в тюркские страны за январь–октябрь 2025 года вырос на 15–20%", {"supported"}),
    ("Импорт Казахстана из тюркских стран за январь–октябрь 2025 года сократился на 2–4%", {"supported"}),
    (
        "Правда ли, что экспорт Казахстана в Узбекистан за январь–август 2025 года превысил $2 млрд?",
        {"supported"},
    ),
    (
        "Верно ли, что товарооборот Казахстана с Турцией в 2025 году превысил 5 млрд долларов?",
        {"contradicted"},
    ),
    (
        "Правда ли, что торговля Казахстана с Кыргызстаном в 2025-м не дотянула до 2 млрд долларов?",
        {"conflicting"},
    ),
    (
        "Действительно ли товарооборот Казахстана с Узбекистаном в 2025 году составил 4,3 млрд долларов?",
        {"supported"},
    ),
    (
        "Верно ли, что товарооборот Казахстана с Азербайджаном в 2025 году был меньше полумиллиарда долларов?",
        {"supported"},
    ),
    (
        "Товарооборот Казахстана с тюркскими странами в январе–октябре 2025 г. составил 11 млрд долларов, верно?",
        {"supported"},
    ),
    ("Превысил ли товарооборот Казахстана с Турцией в 2025 году 5 млрд долларов?", {"contradicted"}),
    ("Сколько составил товарооборот Казахстана с Турцией в 2025 году?", {"unreadable"}),
    ("Правда ли, что 14-я встреча министров экономики и торговли ОТГ прошла в Туркестане?", {"supported"}),
    (
        "Товарооборот Казахстана с тюркскими странами за 10 мес. 2025 г. составил 11 млрд долларов",
        {"supported"},
    ),
    (
        "Перевозки по железной дороге Казахстан — Туркменистан — Иран за 10 мес. 2025 г. составили"
        " полтора миллиона тонн",
        {"supported"},
    ),
    (
        "Сальдо торговли Казахстана с тюркскими странами за 10 мес. 2025 г. составило 4,8 млрд долл.",
        {"supported"},
    ),
    ("За январь–октябрь 2025 года товарооборот Казахстана с тюркскими странами вырос на 10%+", {"supported"}),
    ("Грузоперевозки за 10 мес. 2025 г. составили от 1 до 2 млн тонн", {"supported"}),
    (
        "Товарооборот Казахстана с Узбекистаном в 2025 году составил четыре целых три десятых миллиарда долларов",
        {"supported"},
    ),
    # --- Kazakh --------------------------------------------------------------------------------
    ("Қазақстан мен Түркия арасындағы сауда 2025 жылы 4 пен 5 млрд доллар аралығында болды", {"supported"}),
    (
        "2025 жылы Қазақстан мен Түркия арасындағы тауар айналымы 4-5 млрд доллар шамасында болды",
        {"supported"},
    ),
    (
        "2025 жылы Қазақстан мен Қырғызстан тауар айналымы 1,5 пен 2 млрд доллар аралығында болды",
        {"supported"},
    ),
    (
        "Қазақстан мен Әзірбайжан тауар айналымы 2025 жылы 500-600 млн доллар аралығында болды",
        {"contradicted"},
    ),
    ("Қазақстан мен Түркия саудасы 2025 жылы 5 пен 6 млрд доллар аралығында болды", {"contradicted"}),
    ("Қазақстан мен Түркия саудасы 2025 жылы 4 млрд доллардан 5 млрд долларға дейін болды", {"supported"}),
    ("Қазақстанда ТМҰ елдерімен 1000-нан 1200-ге дейін бірлескен кәсіпорын бар", {"contradicted"}),
    ("Қазақстанның түркі елдерінен импорты 2025 жылғы қаңтар-қазанда 2-4 пайызға қысқарды", {"supported"}),
    ("Жүк тасымалы 2025 жылғы қаңтар-қазанда 1 мен 2 млн тонна аралығында болды", {"supported"}),
    ("Казакстан мен Туркия арасындагы сауда 2025 жылы 4 пен 5 млрд доллар аралыгында болды", {"supported"}),
    ("2025 jyly Qazaqstan men Turkiya arasyndagy sauda 4 pen 5 mlrd dollar aralygynda boldy", {"supported"}),
    ("Қырғызстанмен тауар айналымы 2025 жылы 2 млрд доллардан сәл ғана аз болды ма?", {"conflicting"}),
    ("Qyrgyzstanmen tauar ainalymy 2025 jyly 2 mlrd dollardan sal gana az boldy ma?", {"conflicting"}),
    ("Қазақстан мен Түркия тауар айналымы 2025 жылы 4,9 млрд доллар болды, рас па?", {"supported"}),
    ("Қазақстанның Өзбекстанға экспорты 2025 жылғы қаңтар-тамызда 2 млрд доллардан асты ма?", {"supported"}),
    ("Қазақстан мен Түркия саудасы 2025 жылы 5 млрд доллардан асты ма?", {"contradicted"}),
    ("Қазақстан мен Түркия саудасы 2025 жылы қанша болды?", {"unreadable"}),
    ("ТМҰ экономика және сауда министрлерінің 14-ші кездесуі Бакуде өтті ме?", {"contradicted"}),
    ("Қазақстанда ТМҰ елдерімен 1300-ден көп бірлескен кәсіпорын жұмыс істейді", {"supported"}),
    ("Қазақстанда ТМҰ елдерімен 1300-ден артық бірлескен кәсіпорын бар", {"supported"}),
    ("Қазақстанда ТМҰ елдері капиталы қатысқан мыңнан көп бірлескен кәсіпорын бар", {"supported"}),
    ("Қазақстанда ТМҰ елдерімен бірлескен мыңға жуық кәсіпорын бар", {"contradicted"}),
    ("Қазақстанда ТМҰ елдері капиталы бар компаниялар 12 мыңнан көп", {"supported"}),
    ("Казакстанда ТМУ елдеримен 1300-ден коп бирлескен касипорын жумыс истейди", {"supported"}),
    ("Kazakstanda TMU elderimen 1300-den kop birlesken kasiporyn bar", {"supported"}),
    ("Қазақстанның түркі елдеріне экспорты 2025 жылы қаңтар-қазанда 10%+ өсті", {"supported"}),
    ("Қазақстанның түркі елдерімен тауар айналымы қаңтар-қазанда 11 млрд долларға жетті", {"supported"}),
    (
        "Қазақстан мен Өзбекстан тауар айналымы 2025 жылы төрт бүтін оннан үш миллиард доллар болды",
        {"supported"},
    ),
    (
        "Қазақстан-Түрікменстан-Иран теміржолымен тасымал 2025 жылдың 10 айында бір жарым миллион тонна болды",
        {"supported"},
    ),
]


@pytest.mark.parametrize(("text", "verdicts"), PROBES)
def test_a_claim_in_another_form_gets_the_verdict_the_articles_allow(text: str, verdicts: set[str]) -> None:
    assert check_text(text, BASE, DAY).verdict in verdicts


def test_the_probes_hold_twenty_claims_in_each_language() -> None:
    kazakh = set("әіңғүұқөһ")
    latin = [t for t, _ in PROBES if t.isascii()]
    cyrillic = [t for t, _ in PROBES if not t.isascii()]
    assert len(latin) >= 20
    assert len([t for t in cyrillic if set(t.lower()) & kazakh or "жыл" in t]) >= 20
    assert len([t for t in cyrillic if not set(t.lower()) & kazakh and "жыл" not in t]) >= 20


#: This year's ten months, read on a day of that year.
AS_OF: list[tuple[str, datetime.date, set[str]]] = [
    ("Қазақстанның түркі елдерімен тауар айналымы биылғы он айда 11 млрд долларға жетті", LATE_2025, {"supported"}),
    ("Товарооборот Казахстана с тюркскими странами за 10 мес. текущего года составил 11 млрд долларов", LATE_2025, {"supported"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "verdicts"), AS_OF)
def test_this_years_months_count_from_the_day_a_claim_is_read(
    text: str, day: datetime.date, verdicts: set[str]
) -> None:
    assert check_text(text, BASE, day).verdict in verdicts


#: What the reader takes from a claim: the values it reads, as `Claim` fields.
READINGS: list[tuple[str, dict[str, Any]]] = [
    ("Kazakhstan's trade with Turkey was between $4bn and $5bn in 2025", {"value": 4e9, "value_high": 5e9}),
    ("Kazakhstan's trade with Kyrgyzstan ran from 1.5 to 2 bn dollars in 2025", {"value": 1.5e9, "value_high": 2e9}),
    ("Товарооборот Казахстана с Турцией в 2025 году составил от 4 до 5 млрд долларов", {"value": 4e9, "value_high": 5e9}),
    ("Қазақстан мен Түркия саудасы 2025 жылы 4 пен 5 млрд доллар аралығында болды", {"value": 4e9, "value_high": 5e9}),
    ("Қазақстан мен Түркия саудасы 2025 жылы 4-5 млрд доллар шамасында болды", {"value": 4e9, "value_high": 5e9, "qualifier": "about"}),
    ("Импорт Казахстана из тюркских стран за январь–октябрь 2025 года сократился на 2–4%", {"change_pct": -4.0, "change_high": -2.0}),
    ("Kazakh exports to Turkic states rose between 15% and 20% in Jan-Oct 2025", {"change_pct": 15.0, "change_high": 20.0}),
    ("Kazakhstan's trade with Turkey grew from $4bn to $4.9bn in 2025", {"value_high": None}),
    ("Is it true Kazakhstan's turnover with Kyrgyzstan fell just short of $2 billion in 2025?", {"value": 2e9, "qualifier": "almost"}),
    ("Қырғызстанмен тауар айналымы 2025 жылы 2 млрд доллардан сәл ғана аз болды ма?", {"value": 2e9, "qualifier": "almost"}),
    ("Қазақстанда ТМҰ елдерімен 1300-ден көп бірлескен кәсіпорын бар", {"value": 1300.0, "qualifier": "over"}),
    ("Қазақстанда ТМҰ елдерімен бірлескен мыңға жуық кәсіпорын бар", {"value": 1000.0, "qualifier": "almost", "unit": "count"}),
    ("Қазақстанда ТМҰ елдері капиталы бар компаниялар 12 мыңнан көп", {"value": 12000.0, "qualifier": "over"}),
    ("Kazakhstan's trade with Turkic states rose 10%+ in Jan-Oct 2025", {"change_pct": 10.0, "change_qualifier": "over"}),
    ("Kazakhstan's trade with Turkic states rose 10 %+ in Jan-Oct 2025", {"change_pct": 10.0, "change_qualifier": "over"}),
    ("Kazakhstan's trade with Turkic states hit $11bn in 9M 2025", {"value": 11e9, "item_count": None}),
    ("Товарооборот Казахстана с тюркскими странами за 10 мес. 2025 г. составил 11 млрд долларов", {"value": 11e9, "item_count": None}),
    ("Freight on the Kazakhstan-Turkmenistan-Iran route was one and a half million tonnes in 2025", {"value": 1.5e6, "unit": "tonnes"}),
    ("Перевозки по дороге Казахстан — Туркменистан — Иран в 2025 году составили полтора миллиона тонн", {"value": 1.5e6, "unit": "tonnes"}),
    ("Қазақстан-Түрікменстан-Иран теміржолымен тасымал 2025 жылы бір жарым миллион тонна болды", {"value": 1.5e6, "unit": "tonnes"}),
    ("Kazakhstan's trade with Uzbekistan was four point three billion dollars in 2025", {"value": 4.3e9}),
    ("Қазақстан мен Өзбекстан тауар айналымы 2025 жылы төрт бүтін оннан үш миллиард доллар болды", {"value": 4.3e9}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_the_reader_takes_the_figure_as_the_claim_words_it(text: str, expected: dict[str, Any]) -> None:
    claim = read_claim(text, BASE, DAY)
    assert {name: getattr(claim, name) for name in expected} == expected


PERIODS: list[tuple[str, tuple[datetime.date, datetime.date]]] = [
    ("Товарооборот Казахстана с тюркскими странами за 10 мес. 2025 г. составил 11 млрд долларов", (datetime.date(2025, 1, 1), datetime.date(2025, 10, 31))),
    ("Товарооборот Казахстана с тюркскими странами за 10 мес 2025 года составил 11 млрд долларов", (datetime.date(2025, 1, 1), datetime.date(2025, 10, 31))),
    ("Kazakhstan's trade with Turkic states hit $11bn in 9M 2025", (datetime.date(2025, 1, 1), datetime.date(2025, 9, 30))),
    ("Kazakhstan's trade with Turkic states hit $11bn in Jan-Oct '25", (datetime.date(2025, 1, 1), datetime.date(2025, 10, 31))),
    ("Қазақстанның түркі елдерімен тауар айналымы 2025 жылғы қаңтар-қазанда 11 млрд долларға жетті", (datetime.date(2025, 1, 1), datetime.date(2025, 10, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_months_counted_in_short_are_the_first_months_of_the_year(
    text: str, period: tuple[datetime.date, datetime.date]
) -> None:
    found = read_claim(text, BASE, DAY).period
    assert found is not None and (found.start, found.end) == period


@pytest.mark.parametrize(
    "text",
    [
        "Заседание пройдёт 22–23 октября в Хиве",
        "The commission meets in Khiva on October 22-23",
        "За последние 20 лет (2005-2025 гг.)",
        "Соңғы 20 жылда (2005-2025 жж.)",
        "Отырыс 22-23 қазанда Хиуада өтеді",
    ],
)
def test_days_and_years_joined_by_a_dash_are_no_range_of_amounts(text: str) -> None:
    assert [a for a in amounts(spelt(text)) if a.high is not None or a.value in (22, 23, 2005, 2025)] == []


@pytest.mark.parametrize(
    "text",
    [
        "с Узбекистаном – 4,3 млрд, Турцией – 4,9 млрд долларов",
        "Өзбекстанмен - 4,3 млрд доллар, Түркиямен - 4,9 млрд доллар",
        "Kazakhstan's trade grew from $3bn to $4bn",
        "34 проекта на $4,4 млрд и 7 контрактов на $2,6 млрд",
        "exports of $2.2bn and a surplus of $1.4bn",
        "they aim to lift trade from $4bn to $10bn",
        "сауда 4 млрд доллардан 5 млрд долларға дейін өсті",
        "тауар айналымын 10 млрд долларға дейін жеткізу",
    ],
)
def test_figures_listed_or_moved_are_no_range(text: str) -> None:
    assert [a for a in amounts(spelt(text)) if a.high is not None] == []


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("Did Kazakhstan's trade with Turkey exceed $5 billion in 2025?", "Kazakhstan's trade with Turkey exceed $5 billion in 2025"),
        ("Правда ли, что экспорт вырос на 26,7%?", "экспорт вырос на 26,7%"),
        ("Превысил ли товарооборот 5 млрд?", "Превысил товарооборот 5 млрд"),
        ("Экспорт составил 2,2 млрд, верно?", "Экспорт составил 2,2 млрд"),
        ("Сауда 4,9 млрд доллар болды, рас па?", "Сауда 4,9 млрд доллар болды"),
        ("Сауда 5 млрд доллардан асты ма?", "Сауда 5 млрд доллардан асты"),
        ("How much did Kazakhstan trade with Turkey?", "How much did Kazakhstan trade with Turkey?"),
        ("Сауда қанша болды ма?", "Сауда қанша болды ма?"),
    ],
)  # fmt: skip
def test_a_yes_no_question_is_the_statement_it_asks_about(question: str, statement: str) -> None:
    assert unasked(question) == statement

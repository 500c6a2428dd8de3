"""The reader on shorthand a headline or a post uses, and on who a claim says gave a figure: growth
said as a fraction ("by a quarter", "почти на пятую часть", "бестен бірге жуық"), countries by their
codes and abbreviations ("KZ-UZ", "РК", "ҚР"), years cut to two digits ("'25"), and a person named
beside a figure, against the article the figure is quoted from. Verdicts are decided from the
articles: the Jan–Aug 2025 Kazakhstan–Uzbekistan turnover grew 18.5% and exports 26.7%; the
Kazakhstan–Turkmenistan–Iran railway's freight grew 14% in ten months; Tokayev announced the
$1 bn Kazakhstan–Turkmenistan target."""

from __future__ import annotations

import datetime

import pytest

from otg_cli.lexicon import expanded
from otg_cli.loader import load_fact_base
from otg_cli.settings import bundled_facts_dir
from otg_cli.verify import check_text

BASE = load_fact_base([bundled_facts_dir()])
DAY = datetime.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("KZ-UZ trade grew by nearly a fifth in January-August 2025", "supported"),
        ("Kazakhstan-Uzbekistan trade grew by a quarter in January-August 2025", "contradicted"),
        ("Kazakh exports to Uzbekistan rose by more than a quarter in Jan-Aug 2025", "supported"),
        ("Kazakh exports to Uzbekistan rose by more than a third in Jan-Aug 2025", "contradicted"),
        (
            "Freight on the Kazakhstan–Turkmenistan–Iran railway grew by a quarter in ten months of 2025",
            "contradicted",
        ),
        (
            "Товарооборот Казахстана и Узбекистана за январь–август 2025 года вырос почти на пятую часть",
            "supported",
        ),
        ("Экспорт Казахстана в Узбекистан за январь–август 2025 года вырос на треть", "contradicted"),
        (
            "Экспорт Казахстана в Узбекистан за январь–август 2025 года вырос более чем на четверть",
            "supported",
        ),
        (
            "Қазақстан мен Өзбекстан арасындағы тауар айналымы 2025 жылғы қаңтар-тамызда бестен бірге жуық өсті",
            "supported",
        ),
        (
            "Қазақстанның Өзбекстанға экспорты 2025 жылғы қаңтар-тамызда төрттен бірінен астамға өсті",
            "supported",
        ),
    ],
)
def test_growth_said_as_a_fraction_is_checked_as_a_percentage(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KZ-UZ trade", "Kazakhstan-Uzbekistan trade"),
        ("РК и Узбекистан", "Казахстан и Узбекистан"),
        ("ҚР мен Түркия", "Қазақстан мен Түркия"),
        ("trade in Jan-Aug '25", "trade in Jan-Aug 2025"),
        ("в ’25 году", "в 2025 году"),
        # In lower case only those no word of the language is ("рк", "kz"; not "us").
        ("экспорт рк в узбекистан", "экспорт Казахстан в узбекистан"),
        ("kz-uz trade", "Kazakhstan-Uzbekistan trade"),
        ("товарооборот рк-кр", "товарооборот Казахстан-Кыргызстан"),
        # Inside a word, or quoted: not an abbreviation, not a year.
        ("us and them", "us and them"),
        ("KZT rate", "KZT rate"),
        ("the '25' mark", "the '25' mark"),
        ("СПб", "СПб"),
        # The country a currency is named after is no party.
        ("составил 2 млрд долл. США", "составил 2 млрд долл."),
        ("2 млрд долларов США", "2 млрд долларов"),
        ("4,9 млрд АҚШ долларын құрады", "4,9 млрд долларын құрады"),
        ("US$4.9bn and 4.9 billion U.S. dollars", "$4.9bn and 4.9 billion dollars"),
        ("US and Kazakhstan", "United States and Kazakhstan"),
    ],
)
def test_abbreviations_are_written_out_only_as_whole_words(text: str, expected: str) -> None:
    assert expanded(text) == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("KZ-UZ trade hit $4.3bn in '25", "supported"),
        ("KZ–TR trade reached $4.3bn in 2025", "contradicted"),
        ("Товарооборот РК и Узбекистана в 2025 году составил 4,3 млрд долларов", "supported"),
        ("2025 жылы ҚР мен Түркия арасындағы тауар айналымы 4,9 млрд доллар болды", "supported"),
        ("KZ-RU trade reached $4.3bn in 2025", "not_found"),
    ],
)
def test_a_country_given_by_its_code_is_the_country(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The article: "Об этом ... сообщил президент Казахстана Касым-Жомарт Токаев."
        ("Tokayev said Kazakhstan and Turkmenistan intend to raise trade to $1 billion", "supported"),
        (
            "Zhumangarin announced that Kazakhstan and Turkmenistan aim to raise trade to $1 billion",
            "contradicted",
        ),
        (
            "Жумангарин сообщил, что Казахстан и Туркменистан намерены довести товарооборот до 1 млрд долларов",
            "contradicted",
        ),
        # The quote is Tokayev's words; he is named in the paragraph before it.
        (
            "Токаев: товарооборот Казахстана и Туркменистана стабильно превышает полмиллиарда долларов",
            "supported",
        ),
        # The turnover figures are the Turkestan report's; it names no one saying them.
        ("Zhumangarin said Kazakhstan-Uzbekistan trade reached $4.3bn in 2025", "not_established"),
    ],
)
def test_a_person_named_beside_a_figure_is_checked_against_its_article(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    if verdict != "supported":
        assert [p.verdict for p in result.parts if p.name == "participant"] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "около 210 млн долларов - в 2025 году": a rounded figure; more precision says more.
        ("FDI from OTS countries into Kazakhstan came to $212.4 million in 2025", "not_established"),
        ("FDI from OTS countries into Kazakhstan came to $260 million in 2025", "contradicted"),
        # A claimed bound is judged by the side the rounded figure lies on: "шамамен 7,9 млрд".
        ("Kazakhstan's exports to Turkic states exceeded $8 bn in January–October 2025", "contradicted"),
        ("Kazakhstan's exports to Turkic states exceeded $7.5 bn in January–October 2025", "supported"),
        # "свыше 12 тысяч компаний ... и более 1300 совместных предприятий": a bound reaches so far.
        ("В Казахстане работают свыше 12 тысяч совместных предприятий со странами ОТГ", "contradicted"),
        ("Over 13,000 companies with OTS capital operate in Kazakhstan", "not_established"),
        ("90,000 companies with capital from OTS countries operate in Kazakhstan", "contradicted"),
        ("Kazakhstan-Turkmenistan trade reached $900 m", "not_established"),
    ],
)
def test_a_rounded_source_figure_rules_out_only_what_lies_beyond_its_reach(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "Очередное заседание ... пройдёт 22–23 октября в Хиве" (no year stated).
        (
            "The next Kazakhstan-Uzbekistan intergovernmental commission is set for October 22-23 in Khiva",
            "supported",
        ),
        (
            "The next Kazakhstan-Uzbekistan intergovernmental commission meets on Oct. 24 in Khiva",
            "contradicted",
        ),
        (
            "Следующее заседание межправкомиссии Казахстана и Узбекистана пройдет 22–23 октября в Хиве",
            "supported",
        ),
    ],
)
def test_a_day_after_its_month_is_a_date_not_an_amount(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert [p.name for p in result.parts if p.name == "amount"] == []


def test_a_date_without_its_year_is_said_in_words() -> None:
    from otg_cli import i18n
    from otg_cli.views.reasons import said

    result = check_text(
        "The Kazakhstan-Uzbekistan intergovernmental commission meets on October 22 in Khiva", BASE, DAY
    )
    (date,) = [p for p in result.parts if p.name == "date"]
    assert said(date.claimed, BASE) == "22 Oct (year not stated)"
    with i18n.using("ru"):
        assert said(date.reason, BASE) == "в источнике: 22 октября (год не указан)"


@pytest.mark.parametrize(
    ("text", "verdict", "cited"),
    [
        # "Наибольший товарооборот ... с Узбекистаном – 4,3 млрд долларов, Турцией – 4,9 млрд"
        (
            "Kazakh–Uzbek trade hit $4.9 bn in 2025",
            "contradicted",
            {"kz-uz-turnover-2025", "kz-tr-turnover-2025"},
        ),
        (
            "Товарооборот Казахстана и Турции в 2025 году составил 4,3 млрд долларов",
            "contradicted",
            {"kz-tr-turnover-2025", "kz-uz-turnover-2025"},
        ),
        # "төрт миллиард тоғыз жүз миллион": one amount said in two scales.
        (
            "2025 жылы Қазақстан мен Түркия арасындағы тауар айналымы төрт миллиард тоғыз жүз миллион доллар болды",
            "supported",
            {"kz-tr-turnover-2025"},
        ),
        (
            "Kazakhstan-Turkey trade came to four billion nine hundred million dollars in 2025",
            "supported",
            {"kz-tr-turnover-2025"},
        ),
        # An amount and a change of different measures, each named nearest before it.
        (
            "In Jan-Aug 2025 Kazakh exports to Uzbekistan jumped by more than a quarter, leaving a surplus of $1.4 billion",
            "supported",
            {"kz-uz-exports-2025-jan-aug", "kz-uz-trade-balance-2025-jan-aug"},
        ),
        (
            "Kazakhstan-Uzbekistan trade reached $3bn in Jan-Aug 2025 while exports grew 18.5%",
            "contradicted",
            {"kz-uz-exports-2025-jan-aug"},
        ),
        # "bring trade up to" is where it is to go, not "at most".
        (
            "Astana and Ashgabat intend to bring their trade turnover up to a billion dollars",
            "supported",
            {"kz-tm-turnover-target-1bn"},
        ),
    ],
)
def test_each_figure_is_read_whole_and_checked_against_its_own_record(
    text: str, verdict: str, cited: set[str]
) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert cited <= {f.id for f in result.facts} | {t.id for t in result.targets}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "Экспорт 16,6 пайызға ұлғайып": an English-looking "on" (ten) in Latin-script Kazakh.
        ("Qazaqstannyn turki elderine eksporty 2025 jyldyn on aiynda 16,6 paiyzga qysqardy", "contradicted"),
        ("Qazaqstannyn turki elderine eksporty 2025 jyldyn on aiynda 16,6 paiyzga osti", "supported"),
        # "Стороны намерены довести объём взаимной торговли до $10 млрд." gives no deadline.
        ("Қазақстан мен Өзбекстан 10 млрд долларлық межеге 2030 жылға дейін жетпек", "not_established"),
        ("Қазақстан мен Өзбекстан 10 млрд долларлық межеге жетпек", "supported"),
        ("КЗ–УЗ: цель 10 млрд $ товарооборота к 2030-му", "not_established"),
    ],
)
def test_kazakh_and_russian_shorthand_for_targets_and_latin_script(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_an_abbreviation_is_reported_as_read_and_a_gap_between_percentages_in_points() -> None:
    from otg_cli.claims import read_as
    from otg_cli.views.reasons import said

    assert read_as("КЗ–УЗ: цель 10 млрд $", BASE)[:2] == ("КЗ → Казахстан", "УЗ → Узбекистан")
    result = check_text("Kazakhstan's exports to Turkic states fell 16.6% in January–October 2025", BASE, DAY)
    assert "by −33.2\u00a0percentage points" in said(result.parts[0].reason, BASE)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "превысил 11,9 млрд" (the Russian body) against "11,9 млрд долларға жетті" (the Kazakh headline).
        (
            "Взаимная торговля стран ОТГ в 2025 году составила 11,9 млрд долларов — ни больше ни меньше",
            "conflicting",
        ),
        ("OTS mutual trade in 2025 was $11.9 bn, no more, no less", "conflicting"),
        # "тура" and "дәл" insist as whole words only: "тұрақты" (stably) is no "тура".
        (
            "Қазақстан мен Түрікменстан тауар айналымы тұрақты түрде жарты миллиард доллардан асады",
            "supported",
        ),
        # "ішкі өңірлік сауданың үлесі әлі де жалпы тауар айналымының 10 пайызынан аспайды"
        (
            "Баталов заявил, что доля внутрирегиональной торговли тюркских стран уже превышает 10% общего товарооборота",
            "contradicted",
        ),
    ],
)
def test_insisting_words_and_trade_within_a_region(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert result.claim.qualifier != "under"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "Мы предлагаем приступить к формированию перечня приоритетных проектов ... Фондом"
        (
            "Казахстан предложил начать формировать перечень приоритетных проектов для финансирования Тюркским инвестфондом",
            "supported",
        ),
        # "В этих целях Казахстан предложил принять план работы по увеличению товарооборота."
        (
            "Казахстан выступил с предложением принять план работы по росту товарооборота с Туркменистаном",
            "supported",
        ),
        ("Туркменистан предложил принять план работы по росту товарооборота с Казахстаном", "contradicted"),
        # "Завершён монтаж каркасов восьми производственных зданий": frames, not finished buildings.
        (
            "На казахстанско-узбекской границе завершен монтаж каркасов восьми производственных зданий центра «Центральная Азия»",
            "supported",
        ),
        (
            "Frames of ten production buildings have been erected at the Central Asia centre on the Kazakh-Uzbek border",
            "contradicted",
        ),
        (
            "На границе Казахстана и Узбекистана уже построены восемь производственных корпусов центра «Центральная Азия»",
            "not_established",
        ),
        # A count of things the claim does not name is ruled out by no count of other things.
        ("Kazakhstan and Uzbekistan have 12 joint things", "not_found"),
    ],
)
def test_compounds_proposals_and_counts_of_named_things(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The 2025 figures are the Turkestan meeting report's; the $1 bn target was given in Astana.
        (
            "Kazakhstan–Kyrgyzstan: around two billion dollars of trade in 2025, according to the Tashkent meeting report",
            "contradicted",
        ),
        (
            "Kazakhstan–Kyrgyzstan: around two billion dollars of trade in 2025, according to the Turkestan meeting report",
            "supported",
        ),
        (
            "На встрече в Ашхабаде Токаев сообщил, что товарооборот Казахстана и Туркменистана стабильно превышает полмиллиарда долларов",
            "contradicted",
        ),
        # Capitals standing for their countries are parties, not venues.
        ("Astana and Tashkent traded $4.3bn in 2025", "supported"),
        # "Председательство ... перешло от Азербайджана к Казахстану"; the union "2019 жылы ... құрылған".
        (
            "Председательство в Союзе ТПП тюркских государств на 2026 год перешло от Узбекистана к Казахстану",
            "contradicted",
        ),
        ("Түркі палаталар одағы 2018 жылы құрылған, Мажарстан оған байқаушы ретінде кіреді", "contradicted"),
        ("Түркі палаталар одағы 2019 жылы құрылған, Мажарстан оған байқаушы ретінде кіреді", "supported"),
        # Passed and nearly reached at once is read as passed: "превысила почти пять миллиардов".
        (
            "Казахстанско-турецкая торговля в 2025 году превысила почти пять миллиардов долларов",
            "contradicted",
        ),
    ],
)
def test_venues_of_figures_what_else_a_group_claim_says_and_mixed_bounds(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_sum_is_the_stated_parts_added_and_an_ending_is_no_misspelling() -> None:
    from otg_cli.claims import read_as

    # "34 инвестиционных проекта на сумму $4,4 млрд и 7 торговых контрактов на $2,6 млрд": 6.9–7.1 bn
    summed = "Инвестпроекты и торговые контракты РК и Узбекистана в сумме тянут примерно на 7 млрд долларов"
    assert check_text(summed, BASE, DAY).verdict == "supported"
    exact = "Инвестпроекты и торговые контракты РК и Узбекистана в сумме тянут ровно на 7 млрд долларов"
    assert check_text(exact, BASE, DAY).verdict == "not_established"
    smaller = "Kazakhstan-Uzbekistan investment projects and trade contracts combined are worth $3 bn"
    assert check_text(smaller, BASE, DAY).verdict == "contradicted"
    assert not any("торговыи" in said for said in read_as(summed, BASE))
    assert any("товарооборт →" in said for said in read_as("Товарооборт с Узбекистаном вырос на 18,5%", BASE))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "вице-министр национальной экономики Республики Казахстан Асан Дарбаев"
        (
            "Vice Minister of Trade and Integration Asan Darbayev headed Kazakhstan's delegation at the Turkestan meeting",
            "contradicted",
        ),
        (
            "Vice Minister of National Economy Asan Darbayev headed Kazakhstan's delegation at the Turkestan meeting",
            "supported",
        ),
        # "вице-министра торговли и интеграции РК Айдара Абилдабекова" met "Хуррамом Тешабаевым".
        (
            "Вице-министр национальной экономики РК Айдар Абилдабеков встретился с замминистра инвестиций, промышленности и торговли Узбекистана Хуррамом Тешабаевым",
            "contradicted",
        ),
        (
            "Вице-министр торговли и интеграции РК Айдар Абилдабеков встретился с замминистра инвестиций, промышленности и торговли Узбекистана Хуррамом Тешабаевым",
            "supported",
        ),
        # A portfolio the source names anywhere in the office is its own: "Investment, Industry and Trade".
        (
            "Туркистандагы кездесуге Озбекстаннан инвестициялар, онеркасип жане сауда министринин орынбасары Хуррам Тешабаев катысты",
            "supported",
        ),
    ],
)
def test_the_ministry_a_claim_gives_a_persons_office(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "11 млрд ... 10 пайыздан астамға өскен"; "Экспорт 16,6 пайызға ұлғайып, шамамен 7,9 млрд"
        (
            "Kazakhstan's Jan-Oct 2025 trade with Turkic countries reached USD 11 bln, up more than 10 per cent, with exports rising 16.6 per cent to about USD 7.9 bln",
            "supported",
        ),
        (
            "Kazakhstan's Jan-Oct 2025 trade with Turkic countries reached USD 11 bln, up more than 10 per cent, with exports rising 21.6 per cent to about USD 7.9 bln",
            "contradicted",
        ),
        (
            "Kazakhstan's Jan-Oct 2025 trade with Turkic countries reached USD 11 bln, up more than 10 per cent, with exports rising 16.6 per cent to about USD 4.7 bln",
            "contradicted",
        ),
        # "более 6,3 млрд долларов, из них около 210 млн долларов - в 2025 году"
        (
            "FDI into Kazakhstan from OTS states exceeded USD 6.3 bln over 2005-2025, of which roughly USD 210 mln came in 2025",
            "supported",
        ),
        (
            "FDI into Kazakhstan from OTS states exceeded USD 6.3 bln over 2005-2025, of which more than USD 210 mln came in 2025",
            "not_established",
        ),
        # Imports "сократился примерно на 3%": the rise is the claim's, whatever the surplus did.
        (
            "Kazakhstan's trade surplus with Turkic countries worsened to USD 4.8 bln in Jan-Oct 2025, while imports rose by roughly 3 per cent",
            "contradicted",
        ),
        # Acts the sources do not say: "принято решение о создании"; "страны внедряют" ePhyto.
        ("Astana and Ashgabat declined to set up trading houses on a reciprocal basis", "contradicted"),
        (
            "Казахстан и Узбекистан внедрили цифровую систему ePhyto для отслеживания фитосанитарных сертификатов",
            "not_established",
        ),
        # "вице-министр торговли и интеграции" named as a minister beside his figure.
        (
            "В агропромышленном секторе товарооборот Казахстана и Узбекистана вырос на 27,6%, до 1,3 млрд долларов, отметил министр торговли и интеграции Айдар Абилдабеков",
            "contradicted",
        ),
    ],
)
def test_each_figure_with_its_own_words_and_acts_and_titles(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict

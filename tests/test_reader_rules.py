"""Rules of the claim reader added for claims otg had not seen: each pinned by the values it reads."""

from __future__ import annotations

import datetime

import pytest

from otg_cli.claim_amounts import amounts
from otg_cli.claims import read_claim, spelt
from otg_cli.loader import load_fact_base
from otg_cli.settings import bundled_facts_dir
from otg_cli.text import from_latin_kazakh
from otg_cli.verify import check_text
from otg_cli.views.reasons import english

BASE = load_fact_base([bundled_facts_dir()])
DAY = datetime.date(2026, 3, 1)


def test_a_qualifier_binds_to_the_count_it_stands_by() -> None:
    claim = read_claim("More than 30 Kazakh–Uzbek investment projects worth $4.4bn are in the pipeline", BASE)
    assert (claim.item_count, claim.count_qualifier) == (30, "over")
    assert (claim.value, claim.qualifier) == (4.4e9, "exact")
    result = check_text(
        "More than 30 Kazakh–Uzbek investment projects worth over $4bn are in the pipeline", BASE
    )
    assert result.verdict == "supported"
    assert [english(p.claimed, BASE) for p in result.parts] == ["> $4 bn", "> 30"]


def test_a_kazakh_qualifier_after_a_figure_is_not_the_next_figures() -> None:
    text = "Қазақстан мен Өзбекстан жалпы құны 4,5 млрд долларға жуық 34 инвестициялық жобаны пысықтап жатыр"
    claim = read_claim(text, BASE)
    assert (claim.qualifier, claim.item_count, claim.count_qualifier) == ("almost", 34, "exact")


def test_a_unit_written_once_after_a_list_of_amounts_is_each_ones() -> None:
    found = amounts(spelt("с узбекистаном составил 4,3 млрд, с кыргызстаном — 2 млрд долларов"))
    assert [(a.value, a.unit) for a in found] == [(4.3e9, "USD"), (2e9, "USD")]


@pytest.mark.parametrize(
    ("text", "verdict", "claimed"),
    [
        (
            "Kazakhstan traded $4.9bn with Turkey and $4.3bn with Uzbekistan in 2025",
            "supported",
            ["$4.9 bn (Kazakhstan – Turkey)", "$4.3 bn (Kazakhstan – Uzbekistan)"],
        ),
        (
            "Kazakhstan traded $4.3bn with Turkey and $4.9bn with Uzbekistan in 2025",
            "contradicted",
            ["$4.3 bn (Kazakhstan – Turkey)", "$4.9 bn (Kazakhstan – Uzbekistan)"],
        ),
        (
            "В 2025 году товарооборот Казахстана с Узбекистаном составил 4,3 млрд, с Турцией — 4,9 млрд долларов",
            "supported",
            ["$4.3 bn (Kazakhstan – Uzbekistan)", "$4.9 bn (Kazakhstan – Turkey)"],
        ),
    ],
)
def test_one_figure_for_each_of_several_partners_is_a_point_each(
    text: str, verdict: str, claimed: list[str]
) -> None:
    result = check_text(text, BASE)
    assert result.verdict == verdict
    assert [english(p.claimed, BASE) for p in result.parts] == claimed
    assert {f.id for f in result.facts} == {"kz-tr-turnover-2025", "kz-uz-turnover-2025"}


def test_a_route_figure_quoted_for_two_of_its_countries_and_another_period_is_a_mismatch() -> None:
    result = check_text("Kazakhstan-Turkmenistan freight hit 1.5 million tonnes in 2025", BASE)
    assert result.verdict == "period_mismatch"
    assert [f.id for f in result.facts] == ["kz-tm-ir-railway-freight-2025-jan-oct"]
    # Its own period: still only a whole's figure, never supported.
    same = check_text("Kazakhstan-Turkmenistan freight hit 1.5 million tonnes in January-October 2025", BASE)
    assert same.verdict == "not_established"


def test_a_groups_figure_for_another_period_is_not_a_pairs_mismatch() -> None:
    # Kazakhstan's trade with the Turkic states grew over 10% in January–October, not Hungary's.
    result = check_text("Товарооборот Казахстана и Венгрии в 2025 году вырос на 10%", BASE)
    assert result.verdict == "not_found"


def test_latin_kazakh_reads_iya_as_one_letter_and_eksport_as_exports() -> None:
    assert from_latin_kazakh("Qazaqstan men Turkiya") == "қазақстан мен туркия"
    claim = read_claim(
        "Qazaqstannyñ Özbekstanğa eksporty 2025 jylğy qañtar-tamyzda 2 mlrd dollardan asty", BASE
    )
    assert (claim.parties, claim.indicator, claim.qualifier) == (("KZ", "UZ"), "exports", "over")


def test_a_kazakh_intention_is_a_target() -> None:
    claim = read_claim(
        "Qazaqstan men Türıkmenstan tauar ainalymyn 1 mlrd dollarğa jetkızudı közdeidı", BASE, DAY
    )
    assert (claim.indicator, claim.value) == ("target", 1e9)


@pytest.mark.parametrize(
    ("word", "month"),
    [("мая", 5), ("май", 5), ("мае", 5), ("ноября", 11), ("мамырда", 5), ("майы", None), ("ма", None)],
)
def test_a_russian_month_takes_a_russian_case_ending_only(word: str, month: int | None) -> None:
    from otg_cli.lexicon import month_of

    assert month_of(word) == month  # "күнбағыс майы" is sunflower oil, "ма" a Kazakh question


def test_sunflower_oil_is_not_a_date() -> None:
    text = "Серік Жұманғарин Түрікменстанға күнбағыс майы, ұн және қант жеткізілімін арттыруды ұсынды"
    result = check_text(text, BASE, DAY)
    assert result.statement is not None and result.statement.month is None
    assert result.verdict == "supported"


def test_a_figure_the_source_gives_no_date_for_is_no_other_period() -> None:
    result = check_text(
        "За последние 20 лет в Казахстане появилось более 12 тысяч компаний с капиталом стран ОТГ", BASE
    )
    assert result.verdict == "not_established"
    assert [f.id for f in result.facts] == ["kz-companies-with-ots-capital"]
    assert "gives no date" in english(result.parts[0].reason, BASE)


def test_presenting_a_list_is_proposing_it_and_the_list_is_cited() -> None:
    text = (
        "Казахстан предложил Узбекистану перечень перспективных товаров на сумму свыше полумиллиарда долларов"
    )
    result = check_text(text, BASE)
    assert result.verdict == "supported"
    assert "kz-uz-prospective-goods-list" in {r.id for r in result.records}


def test_a_target_cites_the_talks_it_was_announced_at() -> None:
    result = check_text("Казахстан и Туркменистан намерены довести товарооборот до 1 млрд долларов", BASE)
    assert result.verdict == "supported"
    assert "kz-tm-2025-presidential-talks" in {r.id for r in result.records}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Kazakhstan's trade surplus with Turkic countries narrowed to $4.8bn in January–October 2025",
            "contradicted",
        ),
        (
            "Kazakhstan's trade surplus with Turkic countries improved to $4.8bn in January–October 2025",
            "supported",
        ),
    ],
)
def test_a_move_without_a_percentage_is_read_from_a_one_figure_quote(text: str, verdict: str) -> None:
    # «Сауда балансы 4,8 млрд АҚШ долларына дейін жақсарып»: the balance improved, a rise.
    result = check_text(text, BASE)
    assert result.verdict == verdict
    assert [p.verdict for p in result.parts] == ["supported", verdict]


@pytest.mark.parametrize(
    ("text", "verdict", "cited"),
    [
        (
            "The Union of Chambers of Commerce and Industry of Turkic States was set up in 2019",
            "supported",
            {"turkic-chambers-union-established", "turkic-chambers-union-founding"},
        ),
        (
            "Союз торгово-промышленных палат тюркских государств был создан в 2009 году",
            "contradicted",
            {"turkic-chambers-union-established", "turkic-chambers-union-founding"},
        ),
        (
            "Azerbaijan chaired the Turkic chambers union before handing the post to Kazakhstan",
            "supported",
            {"turkic-chambers-union-chairmanship-2026"},
        ),
        (
            "Узбекистан на встрече в Туркестане представлял министр инвестиций Хуррам Тешабаев",
            "contradicted",
            {"turkestan-2026-ots-trade-ministers"},
        ),
    ],
)
def test_between_records_as_close_to_a_claim_the_nearer_one_wins(
    text: str, verdict: str, cited: set[str]
) -> None:
    # Held where the claim says, then naming its countries, then covered most by the claim.
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert cited <= {r.id for r in result.records}


def test_a_place_read_from_an_event_cites_the_event() -> None:
    text = "Дорожная карта сотрудничества стран ОТГ в экономике, торговле, инвестициях и финансах утверждена на встрече в Астане"
    result = check_text(text, BASE, DAY)
    assert result.verdict == "contradicted"
    place = next(p for p in result.parts if p.name == "place")
    assert {r.id for r in place.records} == {
        "ots-economic-cooperation-roadmap",
        "turkestan-2026-ots-trade-ministers",
    }


@pytest.mark.parametrize(
    ("count", "verdict"), [("алты", "supported"), ("жеті", "not_established"), ("бес", "contradicted")]
)
def test_the_number_of_a_groups_members_is_checked(count: str, verdict: str) -> None:
    # Six members and Hungary as an observer: seven counts the observer in, five is wrong.
    text = f"Палаталар одағының құрамында {count} мемлекет бар, ал Мажарстан байқаушы ретінде қатысады"
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert [p.name for p in result.parts] == ["membership", "number"]
    assert {r.id for r in result.records} == {"turkic-chambers-union"}


def test_kazakh_words_for_via_and_up_to_do_not_pick_the_record() -> None:
    text = "Қазақстан мен Түрікменстан Ауғанстан арқылы Пәкістанға дейінгі транзиттік дәлізді құруға келісті"
    result = check_text(text, BASE, DAY)
    assert result.verdict == "not_established"  # discussed, not agreed
    assert "kz-tm-af-pk-transit-corridor" in {r.id for r in result.records}


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        # Turkestan is a city, not a misspelt Turkmenistan.
        (
            "Sezai Uçarmak headed Azerbaijan's delegation at the Turkestan meeting",
            "contradicted",
            "of Turkey, not Azerbaijan",
        ),
        ("Sezai Uçarmak headed Turkey's delegation at the Turkestan meeting", "supported", ""),
        (
            "Kubanychbek Omuraliev attended the Turkestan meeting as president of the Turkic Investment Fund",
            "contradicted",
            "not president",
        ),
        (
            "Президент Тюркского инвестиционного фонда Багдад Амреев принял участие во встрече министров ОТГ в Туркестане",
            "supported",
            "",
        ),
        (
            "Узбекистан на встрече в Туркестане представлял министр инвестиций Хуррам Тешабаев",
            "contradicted",
            "a deputy",
        ),
    ],
)
def test_a_persons_office_and_country_are_the_sources(text: str, verdict: str, reason: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    person = next(p for p in result.parts if p.name == "participant")
    assert reason in english(person.reason, BASE)
    assert "turkestan-2026-ots-trade-ministers" in {r.id for r in result.records}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # «Кыргызстаном – почти 2 млрд долларов» (RU) against «Қырғызстанмен - 2 млрд доллар» (KK).
        ("Kazakhstan's trade with Kyrgyzstan was $2 billion in 2025", "conflicting"),
        ("Kazakh-Kyrgyz trade stayed just under $2bn in 2025", "conflicting"),
        ("Kazakh-Kyrgyz trade came to roughly $2bn in 2025", "supported"),
        ("Товарооборот Казахстана с Кыргызстаном в 2025 году не превысил 2 млрд долларов", "supported"),
        ("Kazakhstan-Kyrgyzstan turnover surpassed $2bn in 2025", "contradicted"),
        # «превысил 11,9 млрд» against the headline's «11,9 млрд долларға жетті».
        ("OTS trade came within a whisker of $12bn in 2025", "not_established"),
        ("OTS members' mutual trade came in above $11.5 billion for 2025", "supported"),
    ],
)
def test_sources_that_disagree_are_read_as_worded(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_figure_as_worded_is_the_number_it_names() -> None:
    from otg_cli.figures import Interval, as_worded, interval

    assert as_worded(2e9, "exact") == Interval(2e9, 2e9)
    assert as_worded(2e9, "almost") == interval(2e9, "almost")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Mutual trade of OTS countries exceeded $11.9 billion in 2025", "supported"),
        ("Түркі мемлекеттерінің өзара саудасы 11,9 млрд долларға жетті", "supported"),
        ("OTS mutual trade passed the $12 billion mark in 2025", "not_established"),
    ],
)
def test_a_figure_quoted_as_reached_is_a_floor_when_read_as_worded(text: str, verdict: str) -> None:
    # «11,9 млрд долларға жетті» (reached) does not rule out «превысил 11,9 млрд» (exceeded).
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "В Туркестане министры ОТГ лишь договорились рассмотреть Дорожную карту сотрудничества",
            "contradicted",
        ),
        ("В Туркестане министры ОТГ договорились рассмотреть Дорожную карту сотрудничества", "supported"),
    ],
)
def test_only_doing_less_than_the_source_says_contradicts_it(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict  # «утверждена Дорожная карта»


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Tokayev is a participant of the presidential talks, not of the ministers' meeting.
        ("President Tokayev personally attended the OTS ministers' meeting in Turkestan", "not_established"),
        # Zhumangarin is not at Turkestan: the venue picks the meeting, and its head of Kazakhstan's
        # delegation is Darbayev.
        (
            "Deputy PM Serik Zhumangarin led Kazakhstan's delegation at the Turkestan OTS meeting",
            "contradicted",
        ),
        # Uzbekistan's delegate is a deputy minister of investment, industry and trade.
        ("Түркістан кездесуіне Өзбекстан атынан сыртқы істер министрі қатысты", "contradicted"),
        ("Өзбекстан Түркістандағы министрлер кездесуіне қатысты", "supported"),
        # Signing is not what an event's record states.
        (
            "ТМҰ министрлері Түркістанда Түркі инвестициялық қорын құру туралы келісімге қол қойды",
            "not_established",
        ),
    ],
)
def test_who_was_at_a_meeting_and_what_was_done_there(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert "turkestan-2026-ots-trade-ministers" in {r.id for r in result.records}


@pytest.mark.parametrize(
    ("text", "indicator", "qualifier"),
    [
        (
            "Товарооборот Казахстана и Туркменистана стабильно держится выше полумиллиарда долларов",
            "turnover",
            "over",
        ),
        (
            "Қазақстан мен Түрікменстан тауар айналымы тұрақты түрде жарты миллиард доллардан асады",
            "turnover",
            "over",
        ),
        (
            "С Кыргызстаном Казахстан наторговал в 2025 году более чем на полтора миллиарда долларов",
            "turnover",
            "over",
        ),
        ("Qazaqstan men Özbekstannyñ 2025 jylğy tauar aınalymy 4,3 mlrd dollar", "turnover", "exact"),
    ],
)
def test_more_words_for_over_and_for_trade(text: str, indicator: str, qualifier: str) -> None:
    claim = read_claim(text, BASE, DAY)
    assert (claim.indicator, claim.qualifier) == (indicator, qualifier)


def test_a_share_in_words_keeps_whose_share_it_is() -> None:
    text = "Intra-regional trade is no more than a tenth of total turnover in the Turkic economic space"
    claim = read_claim(text, BASE, DAY)
    assert (claim.indicator, claim.value, claim.unit, claim.qualifier) == (
        "trade_share",
        10,
        "percent",
        "at_most",
    )
    assert check_text(text, BASE, DAY).verdict == "supported"


def test_a_kazakh_ordinal_typed_without_its_letters_is_no_amount() -> None:
    result = check_text("Туркистанда ТМУ экономика министрлеринин 14-ши кездесуи отти", BASE, DAY)
    assert result.verdict == "supported"
    assert "turkestan-2026-ots-trade-ministers" in {r.id for r in result.records}


def test_a_flow_to_or_from_a_group_alone_is_kazakhstans() -> None:
    result = check_text("Қаңтар-қазанда түркі елдерінен импорт шамамен 3 пайызға азайды", BASE, DAY)
    assert result.verdict == "supported"
    assert [f.id for f in result.facts] == ["kz-turkic-states-imports-2025-jan-oct"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Товарооборот Казахстана и России в 2025 году вырос до 28 млрд долларов", "not_found"),
        ("Uzbekistan-Kyrgyzstan trade rose in 2025", "not_found"),
        ("Казахстанско-таджикский товарооборот в 2025 году превысил 1 млрд долларов", "not_found"),
        ("Kazakhstan and Turkmenistan set 2030 as the deadline for $1bn in trade", "not_established"),
        ("Kazakhstan and Uzbekistan aim for $10bn in trade by 2030", "not_established"),
        ("Түркі экономикалық кеңістігінің халқы небәрі 150 миллион", "contradicted"),
        ("Qazaqstan men Türkıa saudasy 2025 jyly 6 mlrd dollarğa jettı", "contradicted"),
        (
            "Turkey alone accounts for two-thirds of Kazakhstan's trade with Turkic countries",
            "not_established",
        ),
        (
            "Перечень из 40 перспективных казахстанских товаров для Узбекистана оценивается в $600 млн",
            "not_established",
        ),
    ],
)
def test_more_claims_reach_their_point(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_claimed_level_that_is_a_target_cites_the_target() -> None:
    # "стабильно превышает полмиллиарда" reaches no further than twice itself, and the billion is
    # the goal: "already exceeds $1bn" is ruled out (`figures.stated_reach`).
    result = check_text("Kazakh-Turkmen trade already exceeds $1bn a year", BASE, DAY)
    assert result.verdict == "contradicted"
    assert {t.id for t in result.targets} == {"kz-tm-turnover-target-1bn"}
    assert "is a target (kz-tm-turnover-target-1bn)" in english(result.parts[0].reason, BASE)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("В Казахстане действует больше тысячи совместных предприятий со странами ОТГ", "supported"),
        (
            "Kazakhstan and Uzbekistan are introducing the ePhyto system to track phytosanitary certificates",
            "supported",
        ),
        (
            "«Атамекен» басшысы Райымбек Баталов бір жылға Түркі сауда-өнеркәсіп палатасының президенті атанды",
            "supported",
        ),
    ],
)
def test_a_lone_thousand_a_generic_head_and_plain_verbs(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The next Kazakhstan-Uzbekistan intergovernmental commission meets in Khiva on 22-23 October",
            "supported",
        ),
        (
            "Очередное заседание межправкомиссии Казахстана и Узбекистана пройдет 22–23 октября в Хиве",
            "supported",
        ),
        ("Үкіметаралық комиссияның кезекті отырысы 2025 жылғы 22-23 қазанда Хиуада өтеді", "not_established"),
    ],
)
def test_a_range_of_days_is_a_date_by_its_first_day_and_no_amount(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert result.statement is not None and (result.statement.month, result.statement.day) == (10, 22)
    assert result.statement.numbers == ()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan took over the chairmanship of the Union of Chambers from Azerbaijan", "supported"),
        ("Azerbaijan took over the chairmanship of the Union of Chambers from Kazakhstan", "contradicted"),
        ("Kazakhstan took over the chairmanship of the Union of Chambers from Turkey", "contradicted"),
        ("Казахстан принял председательство в Союзе палат от Азербайджана", "supported"),
        ("Қазақстан төрағалықты Әзербайжаннан қабылдады", "supported"),
        ("Әзербайжан одаққа төрағалықты Қазақстанға тапсырды", "supported"),
    ],
)
def test_a_chair_handed_over_names_the_other_side_once(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert "turkic-chambers-union-chairmanship-2026" in {r.id for r in result.records}


def test_an_undated_meetings_year_is_the_one_its_agreement_names() -> None:
    text = "Астанада палаталар одағының үшінші жалпы отырысы басталып, 2026 жылғы төрағалық Қазақстанға өтті"
    result = check_text(text, BASE, DAY)
    assert result.verdict == "supported"
    date = next(p for p in result.parts if p.name == "date")
    assert [r.id for r in date.records] == ["turkic-chambers-union-chairmanship-2026"]
    # A year no agreement there names stays what no source states.
    other = check_text("Астанада палаталар одағының үшінші жалпы отырысы 2025 жылы басталды", BASE, DAY)
    assert next(p for p in other.parts if p.name == "date").verdict == "not_established"


@pytest.mark.parametrize(
    "text",
    [
        "Екі ел арасындағы тауар айналымы тұрақты түрде жарты миллиард доллардан асады, деді Тоқаев",
        "Еки ел арасындагы тауар айналымы турактылыкпен жарты миллиард доллардан асады, деди Токаев",
        "Товарооборот между двумя странами стабильно превышает полмиллиарда долларов, заявил Токаев",
    ],
)
def test_the_two_countries_are_those_of_the_meeting_the_speaker_was_at(text: str) -> None:
    claim = read_claim(text, BASE)
    assert claim.parties == ("KZ", "TM")
    assert "KZ – TM (Kassym-Jomart Tokayev)" in claim.corrections
    assert check_text(text, BASE, DAY).verdict == "supported"


def test_the_two_countries_without_a_speaker_are_no_one_in_particular() -> None:
    assert check_text("Екі ел арасындағы тауар айналымы 4,3 млрд доллар", BASE, DAY).verdict == "unreadable"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Қазақстан Өзбекстанға құны 550 млн доллардан асатын 40 тауар тізбесін ұсынды", "over"),
        ("Қазақстан Өзбекстанға құны 550 млн доллардан асқан 40 тауар тізбесін ұсынды", "over"),
        ("Қазақстан Өзбекстанға құны 550 млн доллардан артық 40 тауар тізбесін ұсынды", "over"),
    ],
)
def test_kazakh_words_for_over_after_the_amount(text: str, qualifier: str) -> None:
    assert read_claim(text, BASE).qualifier == qualifier


def test_a_kazakh_ordinal_typed_without_its_letters_is_no_count() -> None:
    text = "Turkistanda Turki memleketteri uiymy ekonomika zhane sauda ministrlerinin 14-shi kezdesui otti"
    for claim in (text, "Түркістанда ТМҰ министрлерінің 14-ші кездесуінде Жол картасы бекітілді"):
        result = check_text(claim, BASE, DAY)
        assert result.statement is not None and result.statement.ordinal == 14
        assert result.statement.numbers == ()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan's 2025 trade with Turkey outpaced its trade with Uzbekistan", "supported"),
        ("In 2025 Kazakhstan traded more with Uzbekistan than with Turkey", "contradicted"),
        ("In 2025 Kazakhstan's trade with Kyrgyzstan was less than with Azerbaijan", "contradicted"),
        ("В 2025 году товарооборот Казахстана с Турцией был больше, чем с Узбекистаном", "supported"),
        (
            "В 2025 году товарооборот Казахстана с Азербайджаном уступил товарообороту с Кыргызстаном",
            "supported",
        ),
        ("2025 жылы Қазақстанның Өзбекстанмен тауар айналымы Түркиямен салыстырғанда аз болды", "supported"),
        (
            "2025 жылы Қазақстанның Әзербайжанмен тауар айналымы Қырғызстанға қарағанда көп болды",
            "contradicted",
        ),
        # No period: as a figure claimed with none, the figures of the one period both have.
        ("Kazakhstan trades more with Turkey than with Uzbekistan", "supported"),
        ("Kazakhstan trades more with Uzbekistan than with Turkey", "contradicted"),
    ],
)
def test_two_partners_compared_by_the_figures_stated_for_both(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    detail = next(p for p in result.parts if p.name == "detail")
    assert detail.verdict == verdict


def test_a_partner_first_among_every_member_of_a_group_the_claim_names() -> None:
    ranked = check_text("Turkey was Kazakhstan's largest trading partner in the OTS in 2025", BASE, DAY)
    assert ranked.verdict == "supported"
    assert {"kz-tr-turnover-2025", "kz-uz-turnover-2025", "kz-az-turnover-2025"} <= {
        f.id for f in ranked.facts
    }
    # Without the group, partners outside the base may be larger: no ranking the sources make.
    alone = check_text("Turkey was Kazakhstan's largest trading partner in 2025", BASE, DAY)
    assert alone.verdict == "not_established"
    assert check_text(
        "Uzbekistan was Kazakhstan's largest trading partner in the OTS in 2025", BASE, DAY
    ).verdict == ("contradicted")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Өзбекстанмен саудада Қазақстанның 1,4 млрд доллар тапшылығы бар", "contradicted"),
        (
            "Қаңтар-тамызда Қазақстан мен Өзбекстан саудасындағы 1,4 млрд долларлық сальдо Өзбекстанның пайдасына болды",
            "contradicted",
        ),
        (
            "Қаңтар-тамызда Қазақстан мен Өзбекстан саудасындағы 1,4 млрд долларлық сальдо Қазақстанның пайдасына болды",
            "supported",
        ),
        (
            "Сальдо торговли с Узбекистаном за январь-август 2025 года сложилось в пользу Казахстана: 1,4 млрд долларов",
            "supported",
        ),
        (
            "Сальдо торговли Казахстана и Узбекистана за январь-август 2025 года — 1,4 млрд долларов в пользу Узбекистана",
            "contradicted",
        ),
        ("Uzbekistan ran a $1.4bn surplus with Kazakhstan in Jan-Aug 2025", "contradicted"),
        ("In Jan-Aug 2025 the balance of Kazakh-Uzbek trade was $1.4bn in Kazakhstan's favour", "supported"),
        (
            "In Jan-Aug 2025 the balance of Kazakh-Uzbek trade was $1.4bn in favour of Uzbekistan",
            "contradicted",
        ),
    ],
)
def test_a_balance_is_its_holders_the_one_favoured_or_not_traded_with(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert "kz-uz-trade-balance-2025-jan-aug" in {f.id for f in result.facts}


@pytest.mark.parametrize(
    "text",
    [
        "Дорожную карту ОТГ в Туркестане лишь обсудили, ее утверждение отложено",
        "The OTS roadmap was only discussed in Turkestan; its approval was put off",
        "Түркістанда ТМҰ Жол картасы тек талқыланды, оны бекіту кейінге шегерілді",
    ],
)
def test_an_act_said_to_be_put_off_is_denied(text: str) -> None:
    assert check_text(text, BASE, DAY).verdict == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Торговые дома Казахстана и Туркменистана уже открылись в Астане и Ашхабаде",
        "Kazakh and Turkmen trading houses are now open in both countries",
        "Қазақстан мен Түрікменстанның сауда үйлері екі елде де жұмысын бастады",
    ],
)
def test_trading_houses_said_open_where_only_decided(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "not_established"
    assert "kz-tm-trading-houses" in {r.id for r in result.records}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey handed the rotating chairmanship of the Turkic chambers union to Kazakhstan",
        "Казахстан передал председательство в Союзе ТПП тюркских государств Азербайджану",
    ],
)
def test_a_chair_handed_by_the_wrong_side_is_ruled_out(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "contradicted"
    assert next(p for p in result.parts if p.name == "transfer").verdict == "contradicted"


def test_a_genitive_is_no_handover() -> None:
    text = "Торговые дома Казахстана и Туркменистана уже открылись"
    result = check_text(text, BASE, DAY)
    assert "transfer" not in {p.name for p in result.parts}
    assert "turkic-chambers-union-chairmanship-2026" not in {r.id for r in result.records}


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан и Узбекистан нацелены на товарооборот в 10 млрд долларов",
        "Kazakstan men Ozbekstan ozara saudany 10 mlrd dollarga zhetkizudi kozdeidi",
        "Казахстан и Туркменистан условились предпринять шаги, чтобы вывести взаимную торговлю на 1 млрд долларов",
    ],
)
def test_a_target_said_as_an_aim(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "supported"
    assert result.claim.indicator == "target"


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Казахстанские инвестиции в экономики стран ОТГ достигли около 5 млрд долларов, из них более 1,3 млрд пришлось на 2025 год",
            ["investment_outflow", "investment_outflow"],
        ),
        (
            "2025 жылы ТМҰ елдерінен Қазақстанға шамамен 210 млн доллар тікелей инвестиция келсе, Қазақстан олардың экономикасына 1,3 млрд доллардан астам салды",
            ["investment_inflow", "investment_outflow"],
        ),
        (
            "Over the 20 years to 2025, FDI into Kazakhstan from OTS countries exceeded $6bn, of which about $210m came in 2025",
            ["investment_inflow", "investment_inflow"],
        ),
    ],
)
def test_each_investment_clause_goes_its_own_way_and_period(text: str, measures: list[str]) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "supported"
    assert sorted({f.measure for f in result.facts}) == sorted(set(measures))


def test_years_counted_back_end_in_the_year_the_claim_names() -> None:
    text = "Over the 20 years to {year}, FDI into Kazakhstan from OTS countries exceeded $6bn"
    assert check_text(text.format(year=2025), BASE, DAY).verdict == "supported"
    assert check_text(text.format(year=2024), BASE, DAY).verdict != "supported"


def test_an_investment_clause_from_kazakhstan_is_an_outflow() -> None:
    text = (
        "2025 жылы Қазақстаннан ТМҰ елдеріне шамамен 210 млн доллар тікелей инвестиция келсе, "
        "Қазақстан олардың экономикасына 1,3 млрд доллардан астам салды"
    )
    assert check_text(text, BASE, DAY).verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # One source says "превысил 11,9", the Kazakh headline "11,9 млрд долларға жетті": about 11.9.
        ("Mutual trade of OTS member states stood at around $11.9 billion in 2025", "supported"),
        ("ТМҰ елдерінің өзара саудасы 2025 жылы шамамен 11,9 млрд долларды құрады", "supported"),
        ("Mutual trade of OTS member states stood at around $12.5 billion in 2025", "not_established"),
        # A bound no source gives flat: "около 6,3" caps what "более 6,3" leaves open.
        (
            "Приток прямых инвестиций из государств ОТГ в Казахстан за 20 лет составил около 6,3 млрд долларов",
            "not_established",
        ),
        ("About 13,000 companies with OTS capital operate in Kazakhstan", "not_established"),
    ],
)
def test_about_a_figure_one_source_gives_flat_and_another_as_a_bound(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Imports from Turkic states into Kazakhstan grew by 3% in Jan–Oct 2025", ("KZ", "turkic-states")),
        (
            "Импорт из тюркских стран в Казахстан за январь–октябрь 2025 года вырос на 3%",
            ("KZ", "turkic-states"),
        ),
        (
            "Түркі елдерінен Қазақстанға импорт 2025 жылғы қаңтар-қазанда 3 пайызға өсті",
            ("KZ", "turkic-states"),
        ),
        ("Exports from Kazakhstan to Uzbekistan reached $2.2bn in Jan-Aug 2025", ("KZ", "UZ")),
        ("Exports from Uzbekistan to Kazakhstan reached $2.2bn in Jan-Aug 2025", ("UZ", "KZ")),
    ],
)
def test_a_flow_from_one_country_into_another_is_the_exporters_or_importers(
    text: str, parties: tuple[str, ...]
) -> None:
    assert read_claim(text, BASE).parties == parties


def test_imports_said_to_grow_where_they_fell() -> None:
    result = check_text("Imports from Turkic states into Kazakhstan grew by 3% in Jan–Oct 2025", BASE, DAY)
    assert result.verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Vice Minister of National Economy Asan Darbayev proposed starting a list of priority projects for Turkic Investment Fund financing",
            "turkic-investment-fund-priority-projects",
        ),
        (
            "Түркістандағы кездесуге Әзербайжан делегациясын экономика министрінің орынбасары Ровнаг Абдуллаев бастап келді",
            "turkestan-2026-ots-trade-ministers",
        ),
        (
            "Atameken presidium chairman Raimbek Batalov named president of the Turkic Chamber of Commerce and Industry for a year",
            "turkic-chamber-president-batalov",
        ),
    ],
)
def test_what_a_person_did_at_a_meeting_is_its_own_record(text: str, record: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "supported"
    assert record in {r.id for r in result.records}


def test_a_figure_given_at_a_meeting_cites_the_meeting() -> None:
    result = check_text("KZ–Turkey trade hit $4.9bn in 2025 as OTS ministers met in Turkestan", BASE, DAY)
    assert result.verdict == "supported"
    assert "turkestan-2026-ots-trade-ministers" in {r.id for r in result.records}
    place = next(p for p in result.parts if p.name == "place")
    assert place.verdict == "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Түркістан қаласы ТМҰ экономика және сауда министрлерінің 14-кездесуін қабылдады", "supported"),
        ("Түркістан қаласы ТМҰ экономика және сауда министрлерінің 13-кездесуін қабылдады", "contradicted"),
    ],
)
def test_an_ordinal_joined_to_the_word_for_the_meeting(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert result.statement is not None and result.statement.numbers == ()


@pytest.mark.parametrize(
    "text",
    [
        "«Орталық Азия» халықаралық өнеркәсіптік кооперация орталығының құрылысы толық аяқталды",
        "Construction of the Central Asia industrial cooperation centre has been completed",
        "Строительство центра промышленной кооперации «Центральная Азия» завершено",
    ],
)
def test_work_said_finished_where_the_source_says_it_is_under_way(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "contradicted"
    assert "central-asia-industrial-centre-construction" in {r.id for r in result.records}


@pytest.mark.parametrize(
    "text",
    [
        "В январе–октябре 2025 года экспорт Казахстана в тюркские страны вырос на 16,6%, а импорт сократился примерно на 3%",
        "2025 жылғы қаңтар-қазанда Қазақстанның түркі елдеріне экспорты 16,6 пайызға өсіп, ал импорт шамамен 3 пайызға қысқарды",
        "In Jan-Oct 2025 Kazakhstan's exports to Turkic countries rose 16.6% while imports fell about 3%",
    ],
)
def test_two_changes_of_two_measures_each_with_its_own_direction(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "supported"
    assert {f.id for f in result.facts} >= {
        "kz-turkic-states-exports-2025-jan-oct",
        "kz-turkic-states-imports-2025-jan-oct",
    }
    wrong = (
        text.replace("fell about", "rose")
        .replace("сократился примерно", "вырос")
        .replace("шамамен 3 пайызға қысқарды", "3 пайызға өсті")
    )
    assert check_text(wrong, BASE, DAY).verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Kazakhstan handed Uzbekistan a list of 40 prospective goods worth more than half a billion dollars",
            "supported",
        ),
        ("Azerbaijan handed the chairmanship of the Union of Chambers to Kazakhstan", "supported"),
        (
            "Решение о создании казахстанско-туркменских торговых домов на взаимной основе уже принято",
            "supported",
        ),
    ],
)
def test_a_list_handed_is_presented_and_a_decision_taken_is_decided(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Түркістандағы 14-ші кездесуде меморандумға қол қойылмай, тек жобасы талқыланды", "contradicted"),
        ("Түркістандағы кездесуде меморандумға қол қойылды", "supported"),
        # One shared word that many records have, and the venue, tie a claim to no record.
        ("Түркістанда ТМҰ министрлері кеден одағын құру туралы шешім қабылдады", "not_found"),
    ],
)
def test_a_telling_word_and_the_venue_name_a_record(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_an_outlets_domain_names_no_country() -> None:
    from otg_cli.lexicon import expanded

    assert expanded("according to BAQ.KZ.") == "according to BAQ.KZ."
    assert expanded("trade with KZ.") == "trade with Kazakhstan."
    result = check_text("Intra-OTS trade exceeded $11.9bn in 2025, according to BAQ.KZ.", BASE, DAY)
    assert "KZ" not in result.claim.parties


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Түркия мен Өзбекстан Қазақстанның түркі елдерімен саудасының жартысынан астамын береді",
            "supported",
        ),
        (
            "Қазақстанның түркі елдерімен тауар айналымының үштен екісінен көбі Түркия мен Өзбекстанның үлесіне тиеді",
            "supported",
        ),
        (
            "Түркия мен Өзбекстан Қазақстанның түркі елдерімен саудасының төрттен үшінен астамын береді",
            "not_established",
        ),
    ],
)
def test_kazakh_shares_said_as_a_part_given(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert "kz-turkic-states-turnover-share-tr-uz" in {f.id for f in result.facts}


@pytest.mark.parametrize(
    "text", ["ОТГ ОТГ ОТГ... #экономика #тюркскиймир", "#OTS #Kazakhstan #trade", "ТМҰ, ТМҰ!"]
)
def test_names_and_hashtags_alone_claim_nothing(text: str) -> None:
    assert check_text(text, BASE, DAY).verdict == "unreadable"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Turkestan hosts the 14th meeting of OTS economy and trade ministers", "supported"),
        ("OTS mutual trade passed the $11.9bn mark in 2025", "supported"),
        ("Astana and Ashgabat decide to open trading houses in each other's countries", "supported"),
        ("The chairmanship passed to Kazakhstan from Azerbaijan", "supported"),
        ("Kazakhstan and Uzbekistan are rolling out ePhyto to track phytosanitary certificates", "supported"),
        (
            "Түрікменбашы – Гарабогаз – Қазақстан шекарасы бағытында жол инфрақұрылымын түйістіру біртіндеп шешілуде",
            "supported",
        ),
        (
            "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағына Қазақстан төрағалық етеді",
            "supported",
        ),
        (
            "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағына Түркия төрағалық етеді",
            "contradicted",
        ),
    ],
)
def test_hosting_passing_a_mark_rolling_out_and_chairing(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("OTS heads of state to meet in Baku in autumn 2026", "not_found"),
        ("Turki memleketteri uiymynyn kelesi sammiti 2026 jyly Bakude otedi", "not_found"),
        ("Саммит глав государств ОТГ прошёл в Туркестане", "not_found"),
        ("The Tokayev–Berdimuhamedov summit was held in Astana", "supported"),
    ],
)
def test_a_summit_is_no_ministers_meeting(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev said freight traffic hit one and a half million tonnes in the first ten months of 2025, up 14 per cent",
        "Токаев: за 10 месяцев 2025 года объём перевозок вырос на 14%, до 1,5 млн тонн",
    ],
)
def test_the_speaker_of_a_figure_no_party_is_named_for(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.claim.indicator == "freight"
    assert "kz-tm-ir-railway-freight-2025-jan-oct" in {f.id for f in result.facts}
    assert all(p.verdict == "supported" for p in result.parts if p.name in ("amount", "change"))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In January–October 2025 Kazakhstan ran a USD 4.8bn trade surplus with the Turkic countries, with exports near $7.9bn",
            "supported",
        ),
        (
            "Қазақстанда ТМҰ елдерінің капиталы қатысқан компаниялар саны 12 мыңнан асады, ал бірлескен кәсіпорындар 1300-ден көп",
            "supported",
        ),
        (
            "Uzbekistan was Kazakhstan's biggest trade partner in the OTS in 2025, ahead of Turkey",
            "contradicted",
        ),
        (
            "Turkey was Kazakhstan's biggest trade partner in the OTS in 2025, ahead of Uzbekistan",
            "supported",
        ),
        ("2025 жылы Қазақстанның Түркиямен тауар айналымы Өзбекстанмен саудасынан көп болды", "supported"),
        (
            "2025 жылы Қазақстанның Қырғызстанмен тауар айналымы Түркиямен саудасынан көп болды",
            "contradicted",
        ),
    ],
)
def test_the_longer_measure_word_a_counts_own_clause_and_a_ranking_ahead_of_another(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The union of Turkic chambers of commerce and industry dates back to 2019", "supported"),
        ("The union of Turkic chambers of commerce and industry dates back to 2017", "contradicted"),
    ],
)
def test_a_body_that_dates_back_to_a_year(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Баталов: внутрирегиональная торговля тюркских стран — около 8% общего оборота",
        "Intra-regional trade is about 8% of overall turnover in the Turkic economic space",
    ],
)
def test_a_share_of_the_total_said_without_a_preposition(text: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == "not_established"
    assert "turkic-intraregional-trade-share" in {f.id for f in result.facts}
    assert result.claim.qualifier == "about"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kazakhstan and Turkmenistan will open trading houses in Astana and Ashgabat", "not_established"),
        ("Next Kazakh-Uzbek intergovernmental commission session: Samarkand, 22-23 October", "contradicted"),
        ("Next Kazakh-Uzbek intergovernmental commission session: Khiva, 22-23 October", "supported"),
        ("Во встрече министров принял участие генсек ОТГ Багдад Амреев", "contradicted"),
        (
            "Қазақстанда ТМҰ елдерімен 1300-ден астам бірлескен кәсіпорын бар, олардың көбі түрік капиталымен",
            "not_established",
        ),
    ],
)
def test_every_place_an_office_abbreviated_and_a_partner_by_its_adjective(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Imports from Turkic countries increased in Jan-Oct 2025 as exports boomed", "contradicted"),
        ("Exports to Turkic countries rose in Jan-Oct 2025 while imports fell", "supported"),
        ("В январе–октябре 2025 года экспорт в тюркские страны вырос, а импорт сократился", "supported"),
        ("2025 жылғы қаңтар-қазанда түркі елдеріне экспорт өсті, ал импорт қысқарды", "supported"),
    ],
)
def test_the_ways_two_measures_went_each_checked(text: str, verdict: str) -> None:
    result = check_text(text, BASE, DAY)
    assert result.verdict == verdict
    assert {"kz-turkic-states-exports-2025-jan-oct", "kz-turkic-states-imports-2025-jan-oct"} <= {
        f.id for f in result.facts
    }


@pytest.mark.parametrize(
    "text",
    [
        "Turkey was Kazakhstan's biggest trading partner inside the OTS in 2025, at about $4.9 billion",
        "Казахстан передал Узбекистану список из 40 перспективных товаров более чем на $550 млн",
        "Очередное заседание казахстанско-узбекской межправкомиссии запланировано на 22–23 октября в Хиве",
        "Азербайджан передал председательство в Союзе ТПП тюркских государств Казахстану",
    ],
)
def test_a_trading_partner_a_list_handed_over_and_a_session_planned(text: str) -> None:
    assert check_text(text, BASE, DAY).verdict == "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A sum in billions with no currency is in the measure's: the base states turnover in dollars.
        ("товарооборот с Узбекистаном в 2025 году 4,3 млрд", "supported"),
        ("в прошлом году товарооборот с узбекистаном 4,3 млрд", "period_mismatch"),
        ("Кыргызстанмен сауда 2025 жылы 2 млрд-қа жетпеді", "conflicting"),
        # Beside a count of things, the sum is what they are worth.
        ("с РУз в проработке 7 торговых контрактов на 2,6 млрд", "supported"),
        ("с РУз в проработке 7 торговых контрактов на 3,6 млрд", "contradicted"),
        # The country a currency is named after is no party of the claim.
        (
            "Товарооборот между Республикой Казахстан и Кыргызской Республикой по итогам 2025 г. "
            "составил 2 млрд долл. США",
            "conflicting",
        ),
        ("Қазақстан мен Түркия саудасы 2025 жылы 4,9 млрд АҚШ долларын құрады", "supported"),
    ],
)
def test_a_sum_without_its_currency_and_a_currency_named_after_a_country(text: str, verdict: str) -> None:
    assert check_text(text, BASE, datetime.date(2025, 12, 15)).verdict == verdict


def test_a_sum_without_currency_stays_a_count_where_the_measure_is_counted() -> None:
    claim = read_claim("товарооборот с Узбекистаном в 2025 году 4,3 млрд", BASE)
    assert (claim.value, claim.unit) == (4.3e9, "USD")
    assert any("US dollars" in c for c in claim.corrections)
    assert read_claim("в Казахстане 13 000 компаний с капиталом ОТГ", BASE).unit == "count"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Who proposed: the country before a word for a side, not the partner "with" it.
        (
            "План работы по наращиванию товарооборота с Казахстаном предложила туркменская сторона.",
            "contradicted",
        ),
        ("План работы по наращиванию товарооборота с Казахстаном предложил Туркменистан.", "contradicted"),
        ("The Turkmen side proposed a work plan to boost trade with Kazakhstan", "contradicted"),
        (
            "Казахстан предложил туркменской стороне принять план работы по наращиванию товарооборота",
            "supported",
        ),
        # A stronger act in a later clause is asserted too.
        (
            "Асан Дарбаев предложил начать составлять перечень приоритетных проектов для Тюркского "
            "инвестфонда, и этот список уже утверждён.",
            "not_established",
        ),
        ("Kazakhstan proposed to sign a work plan with Turkmenistan", "supported"),
    ],
)
def test_who_did_it_and_what_a_later_clause_says_was_done(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The role reaches the group that lists a country in it, named by one word ("the union").
        ("Hungary is an observer of the union", "supported"),
        ("Mazharstan odaqqa baiqaushy retinde kiredi.", "supported"),
        ("Түрікменстан палаталар одағына тек бақылаушы мемлекет ретінде кіреді.", "contradicted"),
        ("Hungary is an OTS observer", "not_found"),
        # Who ran a meeting is a detail the source must state ("Кездесуді ашқан Асан Дарбаев");
        # the meeting's own name is no title.
        ("Asan Darbayev opened the OTS ministers' meeting in Turkestan.", "supported"),
        ("Дарбаев Түркістандағы министрлер кездесуін ашты", "supported"),
        ("Kubanychbek Omuraliev opened the OTS ministers' meeting in Turkestan.", "not_established"),
        ("Омуралиев председательствовал на встрече министров ОТГ в Туркестане", "not_established"),
        ("Asan Darbayev attended the OTS ministers' meeting in Turkestan.", "supported"),
        (
            "Kazakh Trade and Integration Vice Minister Asan Darbayev attended the OTS ministers' meeting.",
            "contradicted",
        ),
        ("Tokayev hosted Serdar Berdimuhamedov for talks in Astana on 25 November 2025", "supported"),
    ],
)
def test_a_role_in_a_group_and_who_ran_a_meeting(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Some $210 million of OTS direct investment has flowed into Kazakhstan over the past two decades.",
            "period_mismatch",
        ),
        (
            "За последние два десятилетия приток ПИИ из стран ОТГ в Казахстан составил около 210 млн долларов",
            "period_mismatch",
        ),
        ("Over the past twenty years OTS investment into Kazakhstan topped $6.3 billion", "supported"),
        ("2025 жылы ТМҰ елдерінен Қазақстанға шамамен 210 млн доллар инвестиция келді", "supported"),
    ],
)
def test_a_span_in_decades_or_words_and_money_from_the_countries(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A question asked by its mark alone, or closed by words that ask without one.
        ("KZ-UZ trade 2025: $4.3bn?", "supported"),
        ("меморандум о торговом партнерстве между странами отг заключили или нет", "supported"),
        ("Одақ құрамында Түрікменстан да бар ма", "supported"),
        ("How much was KZ-UZ trade in 2025?", "unreadable"),
        # Only a measure the base states for them: a lookup, not a claim; for others, not found.
        ("Kazakhstan-Turkey trade 2025?", "unreadable"),
        ("Kazakhstan-Tajikistan trade 2025?", "not_found"),
        # A percentage of no measure is unreadable; one beside a measure otg does not know is not found.
        ("ТМҰ 55%", "unreadable"),
        ("жжж қққ 55 %% тмұ ???", "unreadable"),
        ("Инфляция в Казахстане по итогам 2025 года замедлилась до 8%.", "not_found"),
        # Words of a freight figure's period and of who cited it are no other figure's.
        (
            "Freight volumes hit 1.5 million tonnes over 2025 as a whole, according to Tokayev.",
            "period_mismatch",
        ),
        ("Transport volumes cited by Tokayev for Jan-Oct 2025: 1.5 million tonnes, up 14%.", "supported"),
        (
            "2025 жылдың он айында жүк тасымалы 14 пайызға ұлғайып, бір жарым миллион тоннаға жетті.",
            "supported",
        ),
        # "дал согласие" is agreeing: more than the proposal the source reports.
        ("Казахстан дал согласие участвовать в проекте сухого порта у границы с Гератом", "not_established"),
    ],
)
def test_questions_lookups_bare_percentages_and_freight_words(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Russian months cut short ("янв-авг").
        ("экспорт рк в узбекистан янв-авг 2025 — 2,2 млрд $, рост 26,7%", "supported"),
        # "Рост товарооборота Казахстана с ...": what rose, not a share of a whole.
        (
            "Рост товарооборота Казахстана с Узбекистаном по итогам всего 2025 года составил 18,5%.",
            "period_mismatch",
        ),
        # "14-е заседание" is an ordinal, not an amount.
        (
            "В г. Туркестане состоялось 14-е заседание министров экономики и торговли государств — членов ОТГ",
            "supported",
        ),
        # One investment's two directions compared, "than OTS countries ...".
        (
            "In 2025 Kazakhstan invested more in OTS economies than OTS countries invested in Kazakhstan.",
            "supported",
        ),
    ],
)
def test_short_months_what_rose_ordinals_and_a_comparison_with_a_group(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_short_month_is_a_whole_word_only() -> None:
    from otg_cli.lexicon import month_of

    assert [month_of(w) for w in ("янв", "авг", "окт.", "январе", "марка", "сенат", "декада")] == [
        1, 8, 10, 1, None, None, None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The field and the border an agreement is on, against its record's words.
        ("В Туркестане страны ОТГ заключили меморандум о партнерстве в сфере инвестиций.", "contradicted"),
        ("В Туркестане страны ОТГ заключили меморандум о партнерстве в сфере торговли.", "supported"),
        (
            "Зерновой терминал Казахстан и Туркменистан обсуждают строить на казахстанско-туркменской границе.",
            "contradicted",
        ),
        ("Kazakhstan and Turkmenistan discussed a grain terminal on the Turkmen-Afghan border", "supported"),
        # Another given name is another person; an unknown name in a named person's place is not them.
        ("Токаев провел переговоры с Гурбангулы Бердымухамедовым.", "contradicted"),
        ("Токаев провел переговоры с Сердаром Бердымухамедовым.", "supported"),
        ("Abildabekov met Teshabayev", "supported"),
        (
            "Түркі сауда-өнеркәсіп палатасының президенті болып бір жылға Тимур Құлыбаев тағайындалды.",
            "contradicted",
        ),
        (
            "Түркі сауда-өнеркәсіп палатасының президенті болып бір жылға Райымбек Баталов тағайындалды.",
            "supported",
        ),
        (
            "who headed azerbaijan's delegation in turkestan? deputy trade minister sezai ucarmak",
            "contradicted",
        ),
        # A day a figure was given, in words or digits; a day no calendar has.
        (
            "Казахстан и Туркменистан намерены выйти на миллиард долларов товарооборота – об этом Токаев "
            "сказал после переговоров с Сердаром Бердымухамедовым в Астане 25.11.2024.",
            "contradicted",
        ),
        (
            "At talks in Astana on 25/11/2025, Tokayev and Serdar Berdimuhamedov decided to set up trading houses on a reciprocal basis.",
            "supported",
        ),
        ("Токаев пен Бердимухамедов 2025 жылгы 32 караша куни Астанада келиссоз жургизди.", "unreadable"),
        # The year of the clause that gives it, when the whole claim is about a group.
        ("Палаталар одағы 2019 жылы құрылған, ал Мажарстан оған бақылаушы ретінде қатысады.", "supported"),
        ("Палаталар одағы 2018 жылы құрылған, ал Мажарстан оған бақылаушы ретінде қатысады.", "contradicted"),
    ],
)
def test_fields_borders_names_days_and_a_groups_year(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Казахстанско-турецкая торговля по итогам прошлого года составила 4,9 млрд долл.",
            "2026-03-01",
            "supported",
        ),
        (
            "Казахстанско-турецкая торговля по итогам прошлого года составила 4,9 млрд долл.",
            "2025-03-01",
            "period_mismatch",
        ),
        (
            "KZ–UZ trade turnover last year: $4.3 billion, per the Tashkent readout.",
            "2026-03-01",
            "contradicted",
        ),
        (
            "KZ–UZ trade turnover last year: $4.3 billion, per the Turkestan readout.",
            "2026-03-01",
            "supported",
        ),
    ],
)
def test_last_years_in_the_genitive_and_a_readout_of_a_meeting(text: str, as_of: str, verdict: str) -> None:
    assert check_text(text, BASE, datetime.date.fromisoformat(as_of)).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A group the claim names is what it is about: another group whose name shares its words
        # (the chambers' union "of Turkic States") is not.
        ("Kazakhstan is chairing the Organization of Turkic States in 2026.", "not_found"),
        ("Hungary is observer state of the Organization of Turkic States itself.", "not_found"),
        ("Hungary is in the Turkic chambers union only as observer, not full member.", "supported"),
        # Two people of two countries give the claim its parties.
        ("Tokayev and Serdar Berdimuhamedov want to bring trade to one billion dollars.", "supported"),
        ("Токаев и Бердымухамедов договорились довести товарооборот до полутора миллиардов", "contradicted"),
        # One sum per partner with no currency: each in the dollars of its own figures.
        ("KZ did 4.9 bn trade with Turkey and 2 bn with Kyrgyzstan in 2025", "conflicting"),
        ("в 2025 товарооборот с Азербайджаном 425 млн, а с Кыргызстаном ровно 2 млрд", "conflicting"),
        # Words on how the writer came by the claim are no part of it.
        (
            "Saw on news: 14th meeting of Turkic states economy and trade ministers was happen in Turkestan city.",
            "supported",
        ),
        (
            "So the OTS trade ministers gathered in Astana this time for the 14th meeting, correct me if wrong",
            "contradicted",
        ),
        ("ТМҰ сауда министрлерінің кездесуі Шымкентте болды деп естідім", "contradicted"),
        (
            "Меморандум в Туркестане подписали по энергетике между странами ОТГ, я правильно понял?",
            "contradicted",
        ),
        # "..., а не ...": what was not the case instead, no denial of what was.
        ("по прямым авиарейсам договорились только рассмотреть вопрос, а не сразу открыть", "supported"),
        # A party named and nothing any record says: no claim to check.
        ("lol ok so that's it then?? #OTS", "unreadable"),
        ("ОТГ, ТМҰ, OTS… ну вы поняли 🙃", "unreadable"),
        # The flat figure one disputed source words as the claim does backs it.
        ("Взаимная торговля стран ОТГ за 2025 год — 11,9 млрд долларов", "conflicting"),
        ("OTS trade came within a whisker of $12bn in 2025", "not_established"),
        # A country in a route's own chain of names, or where a road runs to.
        (
            "железку Герат – Тургунди обсуждали в рамках коридора Казахстан – Узбекистан – Афганистан – Пакистан",
            "contradicted",
        ),
        ("Түрікменбашы – Гарабогаз бағытындағы жол Өзбекстан шекарасына дейін жалғанады", "contradicted"),
        ("Kazakhstan and Uzbekistan agreed to create trading houses", "not_found"),
        # "Бізге": to us, Kazakhstan.
        (
            "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағындағы төрағалық Өзбекстаннан бізге өтті",
            "contradicted",
        ),
        (
            "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағындағы төрағалық Әзірбайжаннан бізге өтті",
            "supported",
        ),
        # Who invests on the larger side says its way.
        (
            "In 2025 OTS economies as OTS invested over five times as much in Kazakhstan countries invested in Kazakhstan",
            "not_found",
        ),
        (
            "In 2025 OTS countries invested over five times as much in Kazakhstan as Kazakhstan invested in OTS economies",
            "contradicted",
        ),
        # Common words of a handover, a meeting and a post.
        (
            "Union of Turkic Chambers of Commerce: Azerbaijan hands the 2026 chairmanship to Kazakhstan",
            "supported",
        ),
        (
            "Raimbek Batalov from Atameken became president of Turkic Chamber of Commerce and Industry, for one year.",
            "supported",
        ),
    ],
)
def test_groups_by_name_people_as_parties_hedges_contrasts_routes_and_us(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_participants_role_and_a_place_are_said_in_the_language() -> None:
    from otg_cli import i18n
    from otg_cli.views.reasons import said

    result = check_text("Sezai Uçarmak headed Azerbaijan's delegation at the Turkestan meeting", BASE, DAY)
    (person,) = [p for p in result.parts if p.name == "participant"]
    assert english(person.reason, BASE) == (
        "the source says: Deputy Minister of Trade of Turkey; head of delegation (of Turkey, not Azerbaijan)"
    )
    with i18n.using("ru"):
        assert said(person.reason, BASE) == (
            "в источнике: заместитель министра торговли Турецкой Республики; глава делегации "
            "(страна: Турция, а не Азербайджан)"
        )
    ashgabat = check_text("Жумангарин провел переговоры с Гельдимырадовым в Ашхабаде", BASE, DAY)
    (place,) = [p for p in ashgabat.parts if p.name == "place"]
    with i18n.using("kk"):
        assert said(place.claimed, BASE) == "Ашғабат"
    with i18n.using("ru"):
        assert said(place.claimed, BASE) == "Ашхабад"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Each country takes its own role: the one said after it, or a list's heading before it.
        ("Түркі СӨП одағында Түрікменстан толық мүше, ал Мажарстан — байқаушы", "supported"),
        ("In the chambers union Turkmenistan is an observer and Hungary a full member", "contradicted"),
        ("Observers of the chambers union: Hungary; members: Turkmenistan, Turkey", "supported"),
        (
            "В Союз ТПП тюркских государств Венгрия входит как наблюдатель, а Туркменистан - как полноправный член",
            "supported",
        ),
        # Percentages and no amount: the comparison is of growth.
        (
            "Kazakh exports to Uzbekistan outpaced bilateral trade in Jan-Aug: +26.7% against +18.5%",
            "supported",
        ),
        (
            "Kazakh exports to Uzbekistan outpaced bilateral trade in Jan-Aug: +26.7% against +12%",
            "not_established",
        ),
        # Slang scales; compounds; an amount that prices the noun after it.
        ("Казахстан и Узбекистан хотят довести торговлю до 10 ярдов долларов", "supported"),
        (
            "Казахстан передал Узбекистану список из 40 перспективных товаров больше чем на 550 лямов",
            "supported",
        ),
        (
            "ҚР–Өзбекстан: 4,4 млрд долларлық 34 инвестжоба мен 2,6 млрд долларлық 7 сауда келісімшарты пысықталуда",
            "supported",
        ),
        (
            "ҚР–Өзбекстан: 2,6 млрд долларлық 34 инвестжоба мен 4,4 млрд долларлық 7 сауда келісімшарты пысықталуда",
            "contradicted",
        ),
        (
            "Kazakhstan and Uzbekistan are working on $4.4bn worth of investment projects and $2.6bn worth of trade contracts",
            "supported",
        ),
        (
            "Thirty-four investment projects worth a combined $4.4 billion are in the pipeline between Kazakhstan and Uzbekistan.",
            "supported",
        ),
        # A target said to be met, against the figures stated.
        ("Kazakhstan and Uzbekistan have already hit their $10 billion trade target.", "contradicted"),
        ("Kazakhstan and Uzbekistan aim to hit $10 billion in trade", "supported"),
        ("Қазақстан мен Түрікменстан 1 млрд долларлық мақсатқа жетті", "not_established"),
        # The country offered something is not who offered it.
        ("Гераттағы құрғақ порт жобасына қосылуды Түрікменстанға Қазақстан ұсынды.", "contradicted"),
        ("Гераттағы құрғақ порт жобасына қосылуды Қазақстанға Түрікменстан ұсынды.", "supported"),
        ("Казахстану предложил присоединиться к сухому порту у Герата Туркменистан", "supported"),
        # A handover with words between "handed" and the office.
        (
            "Azerbaijan has handed the 2026 chairmanship of the union of Turkic chambers over to Kazakhstan.",
            "supported",
        ),
        ("Turkey handed the 2026 chairmanship of the chambers union to Kazakhstan.", "contradicted"),
        # A place joined to a venue by "and" is a venue too.
        ("Trading houses will open in Ashgabat and Astana", "not_established"),
        # Words for trade; "endorsed".
        (
            "Bilateral exchange between Kazakhstan and Turkey came to 4,900 million dollars in 2025.",
            "supported",
        ),
        (
            "A roadmap for cooperation in the economy, trade, investment and finance among OTS members was endorsed at the Turkestan session.",
            "supported",
        ),
    ],
)
def test_roles_of_each_country_growth_compared_priced_amounts_targets_met_and_handovers(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("words", "months"),
    [
        ("between January and August 2025", (1, 8)),
        ("from January to August 2025", (1, 8)),
        ("Jan through Oct 2025", (1, 10)),
        ("over Jan.-Oct. 2025", (1, 10)),
        ("с января по август 2025 года", (1, 8)),
        ("между январём и августом 2025 года", (1, 8)),
        ("от января до августа 2025 года", (1, 8)),
        ("2025 жылғы қаңтар мен тамыз аралығында", (1, 8)),
        ("2025 жылғы қаңтардан тамызға дейін", (1, 8)),
        # One month beside the year is that month; "and" without "between" joins no range.
        ("in August 2025", (8, 8)),
        ("в августе 2025 года", (8, 8)),
        ("2025 жылғы тамызда", (8, 8)),
        ("in May and August 2025", (8, 8)),
        # A month with a day is a date, not a period.
        ("on 20 February 2025", (1, 12)),
    ],
)
def test_a_range_of_months_in_words_and_one_month(words: str, months: tuple[int, int]) -> None:
    claim = read_claim(f"Kazakhstan–Uzbekistan trade {words} was $3bn", BASE, DAY)
    assert claim.period is not None
    assert (claim.period.start.month, claim.period.end.month) == months


def test_the_annual_figure_does_not_back_a_claim_of_some_months() -> None:
    text = "Between January and August 2025, trade between Kazakhstan and Uzbekistan reached 4.3 billion dollars."
    assert check_text(text, BASE, DAY).verdict != "supported"
    assert (
        check_text("Kazakhstan-Uzbekistan trade in August 2025 was $4.3bn", BASE, DAY).verdict != "supported"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A flow's share of its turnover: the two stated figures divided ($3 bn allows 2.5–3.5 bn).
        (
            "Kazakh exports accounted for more than half of Kazakhstan–Uzbekistan turnover in January–August 2025.",
            "supported",
        ),
        (
            "Kazakh exports accounted for more than two-thirds of Kazakhstan–Uzbekistan turnover in January–August 2025.",
            "not_established",
        ),
        (
            "Kazakh exports made up less than a third of Kazakhstan–Uzbekistan trade in Jan-Aug 2025",
            "contradicted",
        ),
        (
            "Экспорт составил более 70% товарооборота Казахстана и Узбекистана за январь-август 2025 года",
            "not_established",
        ),
        (
            "Kazakhstan imports from Uzbekistan were a quarter of bilateral turnover in Jan-Aug 2025",
            "not_established",
        ),
        # An office named for who gave a figure, against those its paragraphs name.
        (
            "По словам министра иностранных дел Казахстана, агропромышленный товарооборот Казахстана и Узбекистана вырос на 27,6%",
            "contradicted",
        ),
        (
            "По словам министра торговли и интеграции, агропромышленный товарооборот Казахстана и Узбекистана вырос на 27,6%",
            "contradicted",
        ),
        (
            "По словам вице-министра торговли и интеграции, агропромышленный товарооборот Казахстана и Узбекистана вырос на 27,6%",
            "supported",
        ),
        # A title is no word of another figure: the only agro record gives the parties.
        (
            "По словам вице-министра торговли и интеграции, оборот в агропромышленном секторе двух стран поднялся на 27,6% и составил 1,3 млрд долларов.",
            "supported",
        ),
    ],
)
def test_a_flows_share_of_turnover_and_an_office_as_the_speaker(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_two_parts_citing_one_fact_cite_it_once() -> None:
    result = check_text(
        "Kazakh exports to Uzbekistan outpaced bilateral trade in Jan-Aug: +26.7% against +18.5%", BASE, DAY
    )
    ids = [f.id for f in result.facts]
    assert ids == ["kz-uz-exports-2025-jan-aug", "kz-uz-turnover-2025-jan-aug"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The side a list was handed to is its receiver, named first or not.
        (
            "Узбекской стороне передан список из сорока перспективных казахстанских товаров стоимостью свыше 550 млн долларов.",
            "supported",
        ),
        (
            "Казахстанской стороне передан список из 40 перспективных узбекских товаров на 550 млн долларов",
            "contradicted",
        ),
        # A word the sources say otherwise: "сессия" is their "заседание".
        (
            "Следующая сессия казахстанско-узбекской межправкомиссии намечена в Хиве на 22–23 октября.",
            "supported",
        ),
        # Shares in Kazakh with "бөлігі", typed without Kazakh letters too.
        (
            "Туркия мен Озбекстан Казакстаннын турки елдеримен саудасынын уштен еки болигинен астамын курайды.",
            "supported",
        ),
        (
            "Түркия мен Өзбекстан Қазақстанның түркі елдерімен саудасының үштен бір бөлігін құрайды.",
            "contradicted",
        ),
        # Between records that cover the claim alike, the one naming its year and what was done.
        (
            "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағына Өзбекстан төрағалық етеді.",
            "contradicted",
        ),
        # Numbers in the instrumental; "торговым" is an ending of "торговый", no misspelling.
        ("Товарооборот Казахстана с Турцией в 2025 году приблизился к пяти миллиардам долларов", "supported"),
        # "Туркменистана" is a genitive, not a Kazakh dative: no handover in a deputy premier's title.
        (
            "Встреча казахстанского вице-премьера с заместителем председателя кабмина Туркменистана прошла в Ашхабаде.",
            "not_established",
        ),
        ("Председательство перешло от Азербайджана к Казахстану", "supported"),
    ],
)
def test_receivers_synonyms_kazakh_parts_years_of_records_and_case_forms(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_cited_record_is_the_one_the_claim_is_about() -> None:
    text = "2026 жылы түркі елдерінің сауда-өнеркәсіп палаталары одағына Өзбекстан төрағалық етеді."
    assert "turkic-chambers-union-chairmanship-2026" in {r.id for r in check_text(text, BASE, DAY).records}


def test_an_ending_is_no_misspelling() -> None:
    claim = read_claim(
        "С двумя миллиардами долларов Кыргызстан в 2025 году стал торговым партнёром Казахстана", BASE, DAY
    )
    assert (claim.value, claim.indicator) == (2e9, "turnover")
    assert not any("→" in c for c in claim.corrections)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A day in words before a month is a date, not a meeting's number.
        (
            "Встреча министров экономики и торговли ОТГ в Туркестане состоялась девятнадцатого февраля 2026 года.",
            "not_established",
        ),
        (
            "Двадцать пятого ноября в Астане Касым-Жомарт Токаев провёл переговоры с Сердаром Бердымухамедовым.",
            "supported",
        ),
        (
            "Двадцать шестого ноября в Астане Токаев провёл переговоры с Сердаром Бердымухамедовым.",
            "contradicted",
        ),
        ("Четырнадцатая встреча министров ОТГ прошла в Туркестане", "supported"),
        # Still to be done: the date and place are of what is to come, not of the decision.
        ("Сауда үйлері 2026 жылы Ашхабад пен Астанада ашылады.", "not_established"),
        ("Trading houses will open in Astana in 2026", "not_established"),
        ("Trading houses were agreed in Ashgabat", "contradicted"),
        ("The next commission session will be held in Samarkand", "contradicted"),
        # People who met: the meeting, and where the claim says they met.
        ("Жұманғарин мен Гельдимырадов Түрікменбашы портында кездесті", "not_established"),
        ("Жумангарин и Гельдимырадов встретились в порту Туркменбаши", "not_established"),
        # A name no record has is a detail no source gives, beside what was done.
        (
            "Гельдимырадов Қазақстанға Кандагар шекарасындағы құрғақ порт жобасына қосылуды ұсынды",
            "not_established",
        ),
        ("Geldimyradov invited Kazakhstan to join the dry port on the Kandahar border", "not_established"),
        ("Geldimyradov invited Kazakhstan to join the dry port on the Herat border", "supported"),
        (
            "Тоқаев пен Бердімұхамедовтың келіссөзінде Ауғанстан арқылы Оңтүстік Азияға темір жол тарту перспективасы талқыланды.",
            "supported",
        ),
        # Percentages in words; a second amount that only bounds the first.
        (
            "Batalov told the assembly that the share of intra-regional trade still does not exceed ten per cent of the total turnover.",
            "supported",
        ),
        (
            "Экспорт Казахстана в Узбекистан за январь-август 2025 года вырос на двадцать шесть целых семь десятых процента",
            "supported",
        ),
        (
            "Kazakhstan's turnover with Azerbaijan stood at $425 million in 2025, well short of half a billion.",
            "supported",
        ),
        (
            "Kazakhstan's turnover with Azerbaijan stood at $425 million in 2025, well above half a billion.",
            "contradicted",
        ),
    ],
)
def test_days_in_words_things_to_come_meetings_unknown_names_and_percentages_in_words(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "причём ... на прошлый год": a part of the figure before it, with a period of its own.
        (
            "Казахстан вложил в экономики государств ОТГ порядка пяти миллиардов долларов, причём больше 1,3 млрд пришлось на прошлый год.",
            "supported",
        ),
        (
            "Казахстан вложил в экономики государств ОТГ порядка пяти миллиардов долларов, причём больше 1,7 млрд пришлось на прошлый год.",
            "not_established",
        ),
        # The figure after a multiple's factor is the other side's, with its own qualifier.
        (
            "Kazakhstan put over $1.3bn into OTS economies in 2025, more than five times the roughly $210m of OTS direct investment it drew that year",
            "supported",
        ),
        (
            "Kazakhstan put over $1.3bn into OTS economies in 2025, more than five times the roughly $273m of OTS direct investment it drew that year",
            "contradicted",
        ),
        # An agreement's aim in another measure of trade than the source's.
        ("Kazakhstan proposed a work plan to boost trade with Turkmenistan", "supported"),
        (
            "Kazakhstan proposed a work plan to boost exports to Turkmenistan, and the two sides decided to set up trading houses on a reciprocal basis",
            "not_established",
        ),
    ],
)
def test_a_part_with_its_own_period_a_multiples_other_side_and_an_aims_measure(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_relative_period_of_a_part_counts_from_the_claims_day() -> None:
    text = "Казахстан вложил в экономики государств ОТГ порядка пяти миллиардов долларов, причём больше 1,3 млрд пришлось на прошлый год."
    assert check_text(text, BASE, datetime.date(2027, 3, 1)).verdict == "period_mismatch"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "X times as much with A as with B": B is the one compared with.
        (
            "In 2025 Kazakhstan traded more than four times as much with Kyrgyzstan as with Azerbaijan",
            "supported",
        ),
        (
            "In 2025 Kazakhstan traded more than four times as much with Azerbaijan as with Kyrgyzstan",
            "contradicted",
        ),
        # A fraction of another partner's trade is a multiple.
        (
            "Kazakhstan's trade with Azerbaijan last year was less than a tenth of its trade with Turkey",
            "supported",
        ),
        (
            "Kazakhstan's trade with Azerbaijan last year was less than a fifth of its trade with Kyrgyzstan",
            "contradicted",
        ),
        # Kazakh "саудасынан асып түсті"; Russian "совокупный товарооборот" of two partners.
        (
            "Қазақстанның 2025 жылғы Өзбекстанмен тауар айналымы Түркиямен саудасынан асып түсті",
            "contradicted",
        ),
        ("Қазақстанның 2025 жылғы Түркиямен тауар айналымы Өзбекстанмен саудасынан асып түсті", "supported"),
        (
            "Совокупный товарооборот Казахстана с Турцией и Узбекистаном за 2025 год превысил 9,5 млрд долларов",
            "contradicted",
        ),
        # Two partners compared with no period: the one period both have figures for.
        ("Оборот с Узбекистаном (4,3 млрд) более чем вдвое превышает оборот с Кыргызстаном", "supported"),
        # "14-ю встречу" is an ordinal, and a ministry in a meeting's name is no speaker.
        (
            "Туркестан принял 14-ю встречу министров экономики и торговли Организации тюркских государств",
            "supported",
        ),
    ],
)
def test_multiples_fractions_kazakh_comparatives_sums_and_ordinals_in_cases(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_an_office_is_a_speaker_only_where_the_claim_gives_the_figure_as_theirs() -> None:
    text = "Туркестан принял 14-ю встречу министров экономики и торговли Организации тюркских государств"
    assert [p for p in check_text(text, BASE, DAY).parts if p.name == "participant"] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A stronger act said a few words before a proposal is what the claim says was done.
        (
            "The Turkic Investment Fund has agreed to finance a list of priority projects put forward by Kazakhstan.",
            "not_established",
        ),
        (
            "Kazakhstan and Turkmenistan agreed to look into opening direct commercial flights between their cities.",
            "supported",
        ),
        # The Kazakh accusative is who was invited, not who invited.
        (
            "Герат шекарасындағы құрғақ порт жобасына Түрікменстанды қосылуға Қазақстан шақырды.",
            "contradicted",
        ),
        ("Герат шекарасындағы құрғақ порт жобасына Қазақстанды қосылуға Түрікменстан шақырды.", "supported"),
        # A person's title says who acted, not what they did.
        (
            "Turkmen deputy cabinet chairman Khojamyrat Geldimyradov invited Kazakhstan to join a dry port being built on the border with Herat.",
            "supported",
        ),
        # "көп емес" is at most; "өңір ішіндегі сауда" is the region's own trade.
        ("Өңір ішіндегі сауда жалпы тауар айналымының оннан бірінен көп емес, деді Р. Баталов.", "supported"),
    ],
)
def test_an_act_before_a_proposal_the_accusative_titles_and_kazakh_bounds(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A rise claimed for a whole year the source states for some months of it.
        ("Kazakh exports to Uzbekistan grew over the whole of last year.", "period_mismatch"),
        (
            "Bıltyr Qazaqstan – Türıkmenstan – Iran temır jolymen jük tasymaly jyl qorytyndysynda östı",
            "period_mismatch",
        ),
        ("Экспорт Казахстана в Узбекистан вырос", "supported"),
        # A rise of something no source names.
        (
            "Казакстан Озбекстанга жогары косылган куны бар онимдер экспортын арттырып жатыр",
            "not_established",
        ),
        # Words that always assert what the record must state: a term, a time, who pays.
        (
            "Райымбек Баталов Түркі сауда-өнеркәсіп палатасының президенті болып мерзімсіз тағайындалды.",
            "not_established",
        ),
        ("Жұманғарин мен Гельдимырадов президенттер келіссөзінің қарсаңында кездесті.", "not_established"),
        ("Түркістанда бекітілген Жол картасын Түркі инвестициялық қоры қаржыландырады.", "not_established"),
        (
            "Асан Дарбаев предложил приступить к составлению списка приоритетных проектов, которые мог бы профинансировать Тюркский инвестфонд.",
            "supported",
        ),
        # A place misspelt as people type it, where talks were held.
        ("Токаев пен Бердимухамедов Туркименбашыда келиссоз жургизди", "contradicted"),
        # A dateline is where it happened; a list of capitals is of their countries.
        (
            "Tashkent ✅ OTS roadmap on economy, trade, investment & finance cooperation approved",
            "contradicted",
        ),
        (
            "Turkestan ✅ OTS roadmap on economy, trade, investment & finance cooperation approved",
            "supported",
        ),
        (
            "Экспорт в тюркские страны за январь-октябрь 2025 года вырос, тогда как импорт сократился",
            "supported",
        ),
    ],
)
def test_rises_for_the_year_details_of_what_rose_terms_and_times_and_talks_held(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The Kazakh denial after what it denies, after a comma: what was not the case instead.
        ("Туркименстан палаталар одагынын толык мушеси, байкаушы емес", "supported"),
        ("Түрікменстан палаталар одағының толық мүшесі емес", "contradicted"),
        ("Мажарстан палаталар одағының толық мүшесі, байқаушы емес", "contradicted"),
    ],
)
def test_a_kazakh_denial_after_a_comma_says_what_was_not_the_case(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A place named as where it was not is no venue the claim gives.
        (
            "Turkestan, not Astana, was the venue of the OTS economy and trade ministers' meeting.",
            "supported",
        ),
        (
            "Astana, not Turkestan, was the venue of the OTS economy and trade ministers' meeting.",
            "contradicted",
        ),
        ("Встреча министров ОТГ прошла в Туркестане, а не в Астане", "supported"),
        ("ТМҰ министрлерінің кездесуі Астанада емес, Түркістанда өтті", "supported"),
        ("ТМҰ министрлерінің кездесуі Түркістанда емес, Астанада өтті", "contradicted"),
    ],
)
def test_a_place_named_as_where_it_was_not(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Words that only report who said or wrote it are no detail a record must state.
        (
            "Тюркский инвестиционный фонд назвали одним из ключевых инструментов сотрудничества в ОТГ.",
            "supported",
        ),
        ("Следующее заседание казахстанско-узбекской межправкомиссии проведут в Хиве.", "supported"),
        ("Следующее заседание казахстанско-узбекской межправкомиссии проведут в Ташкенте.", "contradicted"),
        # A word the sources put otherwise: "жиын" is their "кездесу", "замминистра" their "заместитель министра".
        (
            "Туркістандағы жиында ТМҰ-ға мүше елдер арасында сауда саласындағы әріптестік туралы өзара"
            " түсіністік меморандумына қол жеткізілді.",
            "supported",
        ),
        (
            "От Узбекистана на туркестанской встрече был замминистра инвестиций, промышленности и торговли"
            " Хуррам Тешабаев.",
            "supported",
        ),
        # A country's border where the record's is of two others, or is named by a place.
        (
            "Kazakhstan and Turkmenistan discussed building a grain terminal on the Kazakh border",
            "contradicted",
        ),
        (
            "Kazakhstan and Turkmenistan discussed building a grain terminal on the Turkmen-Afghan border",
            "supported",
        ),
        (
            "Гельдимырадов сообщил о начале строительства сухого порта на границе с Казахстаном.",
            "not_established",
        ),
        ("Гельдимырадов құрғақ порт құрылысы Қазақстан шекарасында басталғанын айтты.", "not_established"),
        ("Гельдимырадов сообщил о начале строительства сухого порта на границе с Гератом.", "supported"),
        # Whom the claim cites is not who acted; their name ties it to the meeting they were at.
        (
            "According to Tokayev, it was Kazakhstan that proposed adopting a work plan to raise trade with Turkmenistan.",
            "supported",
        ),
        (
            "According to Tokayev, it was Turkmenistan that proposed adopting a work plan to raise trade with Kazakhstan.",
            "contradicted",
        ),
        (
            "По словам Токаева, Туркменистан предложил принять план работы по увеличению товарооборота.",
            "contradicted",
        ),
        (
            "Тоқаевтың айтуынша, Түрікменстан сауданы арттыру жөніндегі жұмыс жоспарын қабылдауды ұсынды.",
            "contradicted",
        ),
        # Someone who was at the meeting did not, for all that, do what the claim says.
        ("Коммюнике туркестанской встречи от имени ОТГ подписал генсек Омуралиев.", "not_established"),
        ("Asan Darbayev chaired the OTS ministers' meeting in Turkestan.", "not_established"),
    ],
)
def test_reporting_words_borders_and_whom_a_claim_cites(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A decision said in two words apart is of a decision taken, not a document signed.
        (
            "Решение о торговых домах Казахстан и Туркменистан так и не приняли, вопрос только обсуждался.",
            "contradicted",
        ),
        ("Решение о создании торговых домов Казахстан и Туркменистан приняли.", "supported"),
        ("Сауда үйлері туралы шешімді Қазақстан мен Түрікменстан қабылдаған жоқ.", "contradicted"),
        ("Сауда үйлерін құру туралы шешімді Қазақстан мен Түрікменстан қабылдады.", "supported"),
        ("No decision on trading houses was ever taken by Kazakhstan and Turkmenistan.", "contradicted"),
        ("Kazakhstan and Turkmenistan took a decision to set up trading houses.", "supported"),
        # Someone the source does not list said to have led a delegation whose head it names.
        (
            "Deputy PM Serik Zhumangarin led Kazakhstan's delegation at the Turkestan OTS meeting",
            "contradicted",
        ),
        (
            "Казахскую делегацию на встрече министров ОТГ в Туркестане возглавлял Серик Жумангарин.",
            "contradicted",
        ),
        ("Asan Darbayev led Kazakhstan's delegation at the Turkestan OTS meeting", "supported"),
        ("President Tokayev attended the OTS ministers' meeting in Turkestan.", "not_established"),
    ],
)
def test_decisions_in_two_words_and_heads_of_delegations(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "қабылдауды ұсынды" proposes adopting a plan: no chair handed over.
        (
            "Қазақстан Түрікменстанға тауар айналымын арттыру жөніндегі жұмыс жоспарын қабылдауды ұсынды.",
            "supported",
        ),
        # A port named after a country is the port ("Turkmenbashi" is no Turkmenistan).
        (
            "Astana and Ashgabat agreed to make full use of the Caspian ports of Aktau, Kuryk and Turkmenbashi"
            " to step up container shipping.",
            "supported",
        ),
        # Cities a link runs between are no venue, and cities the source does not name are a detail.
        ("Kazakhstan and Turkmenistan agreed to consider direct flights between their cities.", "supported"),
        (
            "Казахстан и Туркменистан договорились рассмотреть открытие прямых авиарейсов между Астаной и Ашхабадом.",
            "not_established",
        ),
        (
            "Қазақстан мен Түрікменстан Астана мен Ашғабат арасында тікелей әуе рейстерін ашуды қарастыруға келісті.",
            "not_established",
        ),
        ("Казахстан и Туркменистан договорились в Ашхабаде рассмотреть прямые авиарейсы.", "contradicted"),
        # "More than" of no figure says more than the source.
        (
            "Turkmen vice premier Geldimyradov told more than start of dry port construction on Herat border"
            " and invited Kazakhstan to join.",
            "not_established",
        ),
    ],
)
def test_handing_ports_named_after_countries_and_cities_a_link_runs_between(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Each clause that says an act is checked against its own record.
        (
            "На 14-й встрече в Туркестане министры экономики и торговли ОТГ утвердили Дорожную карту и заключили"
            " меморандум о партнерстве в сфере торговли.",
            "supported",
        ),
        (
            "На 14-й встрече в Туркестане министры экономики и торговли ОТГ утвердили Дорожную карту и заключили"
            " меморандум о партнерстве в сфере энергетики.",
            "contradicted",
        ),
        (
            "Казахстан и Узбекистан внедряют систему ePhyto и обсуждают совместную логистическую стратегию с транзитом"
            " через Афганистан.",
            "supported",
        ),
        (
            "Казахстан и Узбекистан внедряют систему ePhyto и подписали совместную логистическую стратегию с транзитом"
            " через Афганистан.",
            "not_established",
        ),
        # "14-й" folds to "14 и": still the meeting's number, no count.
        ("На 14-й встрече в Туркестане министры ОТГ утвердили Дорожную карту", "supported"),
    ],
)
def test_each_clause_its_own_record_and_an_ordinal_is_no_count(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


def test_a_compound_claim_is_cut_where_each_side_says_an_act() -> None:
    from otg_cli.compound_statements import clauses

    assert clauses("Казахстан и Узбекистан внедряют систему ePhyto и обсуждают логистическую стратегию.") == [
        "Казахстан и Узбекистан внедряют систему ePhyto",
        "и обсуждают логистическую стратегию.",
    ]
    assert clauses("Казахстан и Туркменистан договорились открыть торговые дома") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A later change of another measure is its own clause.
        (
            "Jan–Oct 2025: Kazakh exports to Turkic states up 16.6% to roughly $7.9bn while imports shrank by about 3%.",
            "supported",
        ),
        (
            "Jan–Oct 2025: Kazakh exports to Turkic states up 16.6% to roughly $7.9bn while imports grew by about 3%.",
            "contradicted",
        ),
    ],
)
def test_a_later_change_of_another_measure(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A partner's second or third place among every member's figures.
        (
            "Last year Uzbekistan came second only to Turkey among Kazakhstan's OTS trade partners.",
            "supported",
        ),
        (
            "In 2025 Turkey came second only to Uzbekistan among Kazakhstan's OTS trade partners.",
            "contradicted",
        ),
        ("В 2025 году Узбекистан занял второе место среди торговых партнёров Казахстана в ОТГ.", "supported"),
        ("In 2025 Azerbaijan ranked third among Kazakhstan's OTS trade partners.", "contradicted"),
        ("Uzbekistan was Kazakhstan's second-largest OTS trade partner in 2025.", "supported"),
        # Two partners each given a place: both must hold.
        (
            "2025 жылы Қазақстанның ТМҰ-дағы ең ірі сауда серіктесі Өзбекстан болды, Түркия екінші орында.",
            "contradicted",
        ),
        (
            "2025 жылы Қазақстанның ТМҰ-дағы ең ірі сауда серіктесі Түркия болды, Өзбекстан екінші орында.",
            "supported",
        ),
        (
            "In 2025 Turkey was Kazakhstan's biggest OTS trade partner and Uzbekistan the second-largest.",
            "supported",
        ),
        (
            "In 2025 Uzbekistan was Kazakhstan's biggest OTS trade partner and Turkey the second-largest.",
            "contradicted",
        ),
        # A span of years counted in Kazakh after the number: "жиырма жыл ішінде".
        (
            "ТМҰ елдері жиырма жыл ішінде Қазақстанға небәрі 210 млн доллар инвестиция салды.",
            "period_mismatch",
        ),
        (
            "ТМҰ елдері 20 жыл ішінде Қазақстанға 6,3 млрд доллардан астам тікелей инвестиция салды.",
            "supported",
        ),
    ],
)
def test_second_and_third_places_and_kazakh_spans_of_years(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # One partner against the sum of others: $4.9 bn against $4.3 bn + $425 m, and + ~$2 bn.
        (
            "С одной Турцией Казахстан в 2025 году наторговал больше, чем с Узбекистаном и Азербайджаном, вместе взятыми.",
            "supported",
        ),
        (
            "Trade with Turkey alone outweighed Kazakhstan's trade with all the other OTS members combined in 2025.",
            "contradicted",
        ),
        # A multiple of an investment's two ways: what comes after the second "as" is compared with.
        (
            "In 2025 Kazakhstan invested more than five times as much in OTS economies as it received from them"
            " in direct investment.",
            "supported",
        ),
        (
            "In 2025 OTS countries invested five times as much in Kazakhstan as Kazakhstan invested in them.",
            "contradicted",
        ),
    ],
)
def test_a_partner_against_others_combined_and_multiples_of_an_investments_two_ways(
    text: str, verdict: str
) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "second only to X": X must be the one above.
        (
            "Last year Uzbekistan came second only to Azerbaijan among Kazakhstan's OTS trade partners.",
            "contradicted",
        ),
        # A clause without a figure that says an act is checked beside the figure.
        (
            "Tokayev said in Astana on 25 November that Kazakhstan and Turkmenistan intend to lift mutual trade to"
            " $1 billion, and that Kazakhstan signed an agreement on a work plan to get there.",
            "not_established",
        ),
        (
            "Tokayev said in Astana on 25 November that Kazakhstan and Turkmenistan intend to lift mutual trade to"
            " $1 billion, and that Kazakhstan proposed a work plan to get there.",
            "supported",
        ),
        ("В проработке у Казахстана и Узбекистана 34 инвестпроекта на 4,4 млрд долларов.", "supported"),
        # A part with a year of its own after a whole counted since a year is of that year.
        (
            "Since 2005 OTS countries have put more than $6.3 billion of direct investment into Kazakhstan, more than"
            " $210 million of it in 2025.",
            "not_established",
        ),
        (
            "Since 2005 OTS countries have put more than $6.3 billion of direct investment into Kazakhstan, roughly"
            " $210 million of it in 2025.",
            "supported",
        ),
    ],
)
def test_places_ahead_acts_beside_figures_and_parts_of_a_whole_since(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A record said of a measure's figure with no number: the figure is there, the record is not.
        ("Mutual trade among OTS countries reached a record high in 2025.", "not_established"),
        ("Товарооборот Казахстана с Узбекистаном в 2025 году достиг рекорда.", "not_established"),
        (
            "Қазақстан мен Өзбекстан арасындағы тауар айналымы 2025 жылы рекордтық деңгейге жетті.",
            "not_established",
        ),
        ("Trade between Kazakhstan and Georgia hit a record in 2025.", "not_found"),
    ],
)
def test_a_record_said_with_no_figure(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict", "as_of"),
    [
        # A month with "next", "last", "this" is of a year counted from the claim's day; the Khiva
        # session's year is not stated.
        (
            "The Kazakh-Uzbek intergovernmental commission will meet in Khiva next October.",
            "not_established",
            DAY,
        ),
        (
            "Хиуадағы комиссия отырысы келесі жылдың қазанында өтеді.",
            "not_established",
            datetime.date(2025, 12, 1),
        ),
        ("Tokayev and Berdimuhamedov held talks in Astana last November.", "supported", DAY),
        ("Tokayev and Berdimuhamedov held talks in Astana last December.", "contradicted", DAY),
        # Another meeting of the series: a later one, or one dated, the base says nothing of.
        (
            "The 13th meeting of OTS ministers of economy and trade was held in Baku in 2024.",
            "not_found",
            DAY,
        ),
        ("Следующая, 15-я встреча министров экономики и торговли ОТГ пройдёт в Баку.", "not_found", DAY),
        ("The 13th meeting of OTS ministers of economy and trade was held in Astana.", "contradicted", DAY),
        ("The 15th meeting of OTS economy and trade ministers took place in Turkestan.", "contradicted", DAY),
        # Days within a session's days, and a range beyond them.
        ("The Khiva commission session is scheduled for 22-23 October.", "supported", DAY),
        ("Заседание межправкомиссии в Хиве пройдёт 23 октября.", "supported", DAY),
        ("The Khiva commission session is scheduled for 23-24 October.", "contradicted", DAY),
        ("Заседание межправкомиссии в Хиве пройдёт 21-22 октября.", "contradicted", DAY),
        (
            "Khiva will host the next Kazakhstan-Uzbekistan intergovernmental commission session on October 22-23.",
            "supported",
            DAY,
        ),
        ("Хиуадағы үкіметаралық комиссия отырысы қазан айына жоспарланған.", "supported", DAY),
    ],
)
def test_relative_months_other_meetings_of_a_series_and_days_of_a_session(
    text: str, verdict: str, as_of: datetime.date
) -> None:
    assert check_text(text, BASE, as_of).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict", "as_of"),
    [
        # "The first time", "впервые", "алғаш рет": a detail the record must state, no meeting's number.
        (
            "2026 is the first time Kazakhstan chairs the union of Turkic chambers of commerce.",
            "not_established",
            DAY,
        ),
        (
            "Казахстан впервые председательствует в Союзе ТПП тюркских государств в 2026 году.",
            "not_established",
            DAY,
        ),
        ("Kazakhstan chairs the union of Turkic chambers of commerce in 2026.", "supported", DAY),
        # A month counted from the claim's day beside a figure is when it was given.
        (
            "Last November Tokayev said trade with Turkmenistan was steadily above half a billion dollars.",
            "supported",
            DAY,
        ),
        (
            "Last November Tokayev said trade with Turkmenistan was steadily above half a billion dollars.",
            "contradicted",
            datetime.date(2027, 3, 1),
        ),
        (
            "Өткен айда Астанада Қазақстан мен Түрікменстан сауда айналымын 1 млрд долларға жеткізуге уағдаласты.",
            "supported",
            datetime.date(2025, 12, 15),
        ),
        (
            "Өткен айда Астанада Қазақстан мен Түрікменстан сауда айналымын 1 млрд долларға жеткізуге уағдаласты.",
            "contradicted",
            datetime.date(2024, 12, 15),
        ),
        (
            "Прошлой осенью Казахстан и Туркменистан решили создать торговые дома на взаимной основе.",
            "supported",
            DAY,
        ),
        (
            "Прошлой осенью Казахстан и Туркменистан решили создать торговые дома на взаимной основе.",
            "contradicted",
            datetime.date(2027, 3, 1),
        ),
    ],
)
def test_first_times_and_months_counted_from_the_claims_day(
    text: str, verdict: str, as_of: datetime.date
) -> None:
    assert check_text(text, BASE, as_of).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # The word for what was held ("переговоры прошли") names the meeting it was.
        ("Переговоры президентов Казахстана и Туркменистана прошли в Ашхабаде.", "contradicted"),
        ("Переговоры президентов Казахстана и Туркменистана прошли в Астане.", "supported"),
    ],
)
def test_the_word_for_what_was_held_names_the_meeting(text: str, verdict: str) -> None:
    assert check_text(text, BASE, DAY).verdict == verdict

"""Claims that add, multiply or compare figures, written to probe `comparisons.py` beyond the
golden sets, in English, Russian and Kazakh, each paraphrased and in true and false versions.

Each verdict was decided from the five articles (facts/sources/*.txt), by the values each stated
figure allows: 2025 turnover with Uzbekistan "4,3 млрд", Turkey "4,9 млрд", Kyrgyzstan "почти 2
млрд" (Russian report) or "2 млрд" (Kazakh one), Azerbaijan "425 млн"; January–August 2025 with
Uzbekistan "$3 млрд, увеличившись на 18,5%", exports "$2,2 млрд, что на 26,7% больше"; with the
Turkic states in January–October 2025 turnover "10 пайыздан астамға өскен", exports "16,6
пайызға ұлғайып", imports "шамамен 3 пайызға қысқарған"; investment in 2025 "около 210 млн" in,
"более 1,3 млрд" out; "34 инвестиционных проекта на сумму $4,4 млрд и 7 торговых контрактов на
$2,6 млрд". A relation is supported only where every value the figures allow satisfies it and
contradicted only where none does; each computed verdict cites every figure it used.
"""

from __future__ import annotations

import datetime

import pytest

from otg_cli.loader import load_fact_base
from otg_cli.settings import bundled_facts_dir
from otg_cli.verify import check_text

BASE = load_fact_base([bundled_facts_dir()])
DAY = datetime.date(2026, 3, 1)

UZ, TR, AZ = "kz-uz-turnover-2025", "kz-tr-turnover-2025", "kz-az-turnover-2025"
KG = ("kz-kg-turnover-2025", "kz-kg-turnover-2025-kk")
UZ8, UZX8 = "kz-uz-turnover-2025-jan-aug", "kz-uz-exports-2025-jan-aug"
TS = ("kz-turkic-states-turnover-2025-jan-oct", "kz-turkic-states-exports-2025-jan-oct")
TSI = "kz-turkic-states-imports-2025-jan-oct"
OUT, IN = "kz-investment-in-ots-2025", "kz-fdi-inflow-from-ots-2025"
LIST = (
    "kz-uz-investment-projects-value",
    "kz-uz-trade-contracts-value",
    "kz-uz-investment-projects-count",
    "kz-uz-trade-contracts-count",
)

#: (claim, the verdict the articles give it, the records it must cite).
PROBES: list[tuple[str, str, tuple[str, ...]]] = [
    # English: sums
    (
        "Together, Turkey and Uzbekistan accounted for over $9bn of Kazakhstan's 2025 trade",
        "supported",
        (TR, UZ),
    ),
    ("Kazakhstan's combined 2025 trade with Turkey and Uzbekistan topped $10bn", "contradicted", (TR, UZ)),
    (
        "Kazakhstan's 2025 trade with Uzbekistan and Kyrgyzstan combined came to about $6.3bn",
        "supported",
        (UZ, *KG),
    ),
    (
        "Kazakhstan's 2025 turnover with Turkey and Azerbaijan combined exceeded $6bn",
        "contradicted",
        (TR, AZ),
    ),
    (
        "Kazakhstan's trade with Turkey and Kyrgyzstan combined exceeded $6.5bn in 2025",
        "supported",
        (TR, *KG),
    ),
    (
        "Taken together, the 34 investment projects and 7 trade contracts with Uzbekistan are worth about $7 billion",
        "supported",
        LIST,
    ),
    (
        "Taken together, the 34 investment projects and 7 trade contracts with Uzbekistan are worth more than $8 billion",
        "contradicted",
        LIST[:2],
    ),
    # English: multiples
    (
        "In 2025 Kazakhstan's trade with Turkey was more than ten times its trade with Azerbaijan",
        "supported",
        (TR, AZ),
    ),
    (
        "Kazakhstan's 2025 trade with Uzbekistan was more than three times its trade with Kyrgyzstan",
        "contradicted",
        (UZ, *KG),
    ),
    (
        "In 2025 Kazakhstan's turnover with Azerbaijan was less than half its turnover with Kyrgyzstan",
        "supported",
        (AZ, *KG),
    ),
    ("Kazakhstan's trade with Turkey in 2025 was twice its trade with Uzbekistan", "contradicted", (TR, UZ)),
    (
        "Kazakhstan's 2025 trade with Turkey was almost three times its trade with Kyrgyzstan",
        "not_established",
        (TR, *KG),
    ),
    # English: growth
    (
        "Kazakhstan's exports to Uzbekistan rose faster than total bilateral trade in January–August 2025",
        "supported",
        (UZ8, UZX8),
    ),
    (
        "In January–August 2025 Kazakh–Uzbek turnover grew faster than Kazakhstan's exports to Uzbekistan",
        "contradicted",
        (UZ8, UZX8),
    ),
    (
        "Kazakhstan's total trade with the Turkic states grew more slowly than its exports to them in January–October 2025",
        "supported",
        (*TS, TSI),
    ),
    (
        "Kazakhstan's exports to the Turkic states fell faster than its trade with them in January–October 2025",
        "contradicted",
        TS,
    ),
    # English: growth as a multiple (26.7% over 18.5% is 1.44)
    (
        "Kazakhstan's exports to Uzbekistan grew twice as fast as turnover in January–August 2025",
        "contradicted",
        (UZ8, UZX8),
    ),
    (
        "Kazakhstan's exports to Uzbekistan grew about one and a half times faster than turnover in January–August 2025",
        "supported",
        (UZ8, UZX8),
    ),
    # English: investment both ways
    (
        "In 2025 Kazakhstan put more into OTS economies than it got from them in direct investment",
        "supported",
        (OUT, IN),
    ),
    (
        "Over 2005–2025 FDI into Kazakhstan from OTS states was larger than Kazakhstan's investment in them",
        "not_established",
        (),
    ),
    # English: a claim's own figures given to the wrong side, and the sides the words name
    (
        "In 2025 Kazakhstan invested more in OTS economies (about $210m) than it received from them in direct investment (over $1.3bn)",
        "contradicted",
        (OUT, IN),
    ),
    (
        "Kazakh exports to Uzbekistan grew faster than bilateral turnover in January–August 2025 (18.5% vs 26.7%)",
        "contradicted",
        (UZ8, UZX8),
    ),
    (
        "In 2025 OTS economies invested more in Kazakhstan (over $1.3bn) than it received from them in direct investment (about $210m)",
        "contradicted",
        (IN,),
    ),
    (
        "In 2025 Kazakhstan received less investment from OTS countries than it invested in them",
        "supported",
        (OUT, IN),
    ),
    ("Kazakh exports to Uzbekistan grew more than turnover in Jan–Aug 2025", "supported", (UZ8, UZX8)),
    ("Turkey's trade with Kazakhstan was 11 times Azerbaijan's in 2025", "supported", (TR, AZ)),
    ("Kazakhstan and Uzbekistan together traded $4.3bn in 2025", "supported", (UZ,)),
    # English: the claim's own figure is the first partner's; a ranking against the one named after it
    (
        "Kazakh–Kyrgyz trade came to about $3 billion in 2025, less than half the Uzbek figure",
        "contradicted",
        KG,
    ),
    (
        "Kazakh–Kyrgyz trade came to almost $2 billion in 2025, less than half the Uzbek figure",
        "conflicting",
        (*KG, UZ),
    ),
    ("Uzbekistan was Kazakhstan's biggest trade partner in 2025, ahead of Turkey", "contradicted", (UZ, TR)),
    # "Biggest" of all of Kazakhstan's partners, most of whom no source gives a figure for.
    (
        "Turkey was Kazakhstan's biggest trade partner in 2025, ahead of Uzbekistan",
        "not_established",
        (UZ, TR),
    ),
    (
        "Turkey was Kazakhstan's biggest trade partner in the OTS in 2025, ahead of Uzbekistan",
        "supported",
        (UZ, TR),
    ),
    # English: a target as a multiple of a level ("$3 млрд" allows 2.5–3.5 bn)
    (
        "Kazakhstan and Uzbekistan have set a goal of $10 billion in mutual trade, more than twice the Jan–Aug 2025 level",
        "supported",
        (UZ8,),
    ),
    (
        "Kazakhstan and Uzbekistan have set a goal of $10 billion in mutual trade, more than five times the Jan–Aug 2025 level",
        "contradicted",
        (UZ8,),
    ),
    (
        "Kazakhstan and Uzbekistan have set a goal of $10 billion in mutual trade, more than three times the Jan–Aug 2025 level",
        "not_established",
        (UZ8,),
    ),
    # Russian: sums
    (
        "Вместе Турция и Узбекистан дали Казахстану в 2025 году свыше 9 млрд долларов товарооборота",
        "supported",
        (TR, UZ),
    ),
    (
        "Суммарный товарооборот Казахстана с Турцией и Узбекистаном в 2025 году превысил 10 млрд долларов",
        "contradicted",
        (TR, UZ),
    ),
    (
        "В сумме товарооборот Казахстана с Узбекистаном и Кыргызстаном в 2025 году составил около 6,3 млрд долларов",
        "supported",
        (UZ, *KG),
    ),
    (
        "Товарооборот Казахстана с Турцией и Азербайджаном в 2025 году в сумме превысил 6 млрд долларов",
        "contradicted",
        (TR, AZ),
    ),
    (
        "В сумме товарооборот Казахстана с Турцией и Кыргызстаном в 2025 году превысил 6,5 млрд долларов",
        "supported",
        (TR, *KG),
    ),
    (
        "34 инвестпроекта и 7 торговых контрактов с Узбекистаном в сумме оцениваются примерно в 7 млрд долларов",
        "supported",
        LIST,
    ),
    (
        "Инвестпроекты и торговые контракты Казахстана с Узбекистаном суммарно превышают 8 млрд долларов",
        "contradicted",
        LIST[:2],
    ),
    # Russian: multiples
    (
        "В 2025 году товарооборот Казахстана с Турцией более чем в 10 раз превысил товарооборот с Азербайджаном",
        "supported",
        (TR, AZ),
    ),
    (
        "Товарооборот Казахстана с Узбекистаном в 2025 году был втрое больше, чем с Кыргызстаном",
        "contradicted",
        (UZ, *KG),
    ),
    (
        "В 2025 году торговля Казахстана с Узбекистаном была более чем в два раза больше, чем с Кыргызстаном",
        "supported",
        (UZ, *KG),
    ),
    (
        "В 2025 году товарооборот Казахстана с Азербайджаном был более чем в десять раз меньше, чем с Турцией",
        "supported",
        (TR, AZ),
    ),
    (
        "Товарооборот Казахстана с Кыргызстаном в 2025 году был вдвое больше, чем с Турцией",
        "contradicted",
        (TR, *KG),
    ),
    # Russian: growth
    (
        "За январь–август 2025 года казахстанский экспорт в Узбекистан рос быстрее товарооборота",
        "supported",
        (UZ8, UZX8),
    ),
    (
        "В январе–августе 2025 года товарооборот Казахстана с Узбекистаном рос быстрее, чем экспорт",
        "contradicted",
        (UZ8, UZX8),
    ),
    (
        "Товарооборот Казахстана с тюркскими странами за январь–октябрь 2025 года рос медленнее экспорта",
        "supported",
        (*TS, TSI),
    ),
    # Russian: investment both ways
    (
        "В 2025 году Казахстан вложил в экономики стран ОТГ больше, чем получил от них прямых инвестиций",
        "supported",
        (OUT, IN),
    ),
    (
        "В 2025 году Казахстан получил от стран ОТГ больше инвестиций, чем вложил в их экономики",
        "contradicted",
        (OUT, IN),
    ),
    (
        "Казахстан и Узбекистан поставили цель довести товарооборот до 10 млрд долларов — более чем вдвое больше, чем за январь–август 2025 года",
        "supported",
        (UZ8,),
    ),
    # Kazakh: sums
    (
        "2025 жылы Қазақстанның Түркиямен және Өзбекстанмен тауар айналымы бірге алғанда 9 млрд доллардан асты",
        "supported",
        (TR, UZ),
    ),
    (
        "Қазақстанның Түркиямен және Өзбекстанмен 2025 жылғы саудасының жиыны 10 млрд доллардан асты",
        "contradicted",
        (TR, UZ),
    ),
    (
        "2025 жылы Қазақстанның Өзбекстанмен және Қырғызстанмен тауар айналымының қосындысы шамамен 6,3 млрд доллар болды",
        "supported",
        (UZ, *KG),
    ),
    (
        "Қазақстанның Түркиямен және Әзірбайжанмен 2025 жылғы тауар айналымы қосқанда 6 млрд доллардан асты",
        "contradicted",
        (TR, AZ),
    ),
    (
        "2025 жылы Қазақстанның Түркиямен және Қырғызстанмен саудасы бірге алғанда 6,5 млрд доллардан асты",
        "supported",
        (TR, *KG),
    ),
    # Kazakh: multiples
    (
        "2025 жылы Қазақстанның Түркиямен саудасы Әзірбайжанмен саудасынан он еседен астам көп болды",
        "supported",
        (TR, AZ),
    ),
    (
        "2025 жылы Қазақстанның Өзбекстанмен тауар айналымы Қырғызстанмен тауар айналымынан екі еседен астам көп болды",
        "supported",
        (UZ, *KG),
    ),
    (
        "2025 жылы Қазақстанның Өзбекстанмен саудасы Қырғызстанмен саудасынан үш есе көп болды",
        "contradicted",
        (UZ, *KG),
    ),
    (
        "2025 жылы Қазақстанның Түркиямен тауар айналымы Өзбекстанмен тауар айналымынан екі есе көп болды",
        "contradicted",
        (TR, UZ),
    ),
    (
        "2025 жылы Қазақстанның Әзірбайжанмен саудасы Қырғызстанмен саудасының жартысынан аз болды",
        "supported",
        (AZ, *KG),
    ),
    (
        "2025 жылы Қазақстанның Қырғызстанмен саудасы Өзбекстанмен саудасынан екі есе аз болды",
        "not_established",
        (UZ, *KG),
    ),
    (
        "Қазақстан мен Өзбекстан тауар айналымын 10 млрд долларға жеткізуді мақсат етті, бұл 2025 жылғы қаңтар-тамыздағы деңгейден бес есе көп",
        "contradicted",
        (UZ8,),
    ),
    # Kazakh: growth
    (
        "2025 жылғы қаңтар-тамызда Қазақстанның Өзбекстанға экспорты тауар айналымына қарағанда жылдамырақ өсті",
        "supported",
        (UZ8, UZX8),
    ),
    (
        "2025 жылғы қаңтар-тамызда Қазақстан мен Өзбекстанның тауар айналымы экспорттан жылдамырақ өсті",
        "contradicted",
        (UZ8, UZX8),
    ),
    (
        "2025 жылғы қаңтар-қазанда Қазақстанның түркі елдеріне экспорты тауар айналымынан жылдамырақ өсті",
        "supported",
        (*TS, TSI),
    ),
    (
        "2025 жылғы қаңтар-тамызда Қазақстанның Өзбекстанға экспорты тауар айналымынан бір жарым есе жылдамырақ өсті",
        "supported",
        (UZ8, UZX8),
    ),
    # Kazakh: investment both ways
    (
        "2025 жылы Қазақстан ТМҰ елдерінен келген инвестицияға қарағанда олардың экономикаларына көбірек инвестиция салды",
        "supported",
        (OUT, IN),
    ),
    (
        "2025 жылы ТМҰ елдерінен Қазақстанға келген инвестиция Қазақстанның олардың экономикаларына салған инвестициясына қарағанда көп болды",
        "contradicted",
        (OUT, IN),
    ),
]


@pytest.mark.parametrize(("text", "verdict", "cite"), PROBES)
def test_arithmetic_the_figures_settle_gets_the_articles_verdict(
    text: str, verdict: str, cite: tuple[str, ...]
) -> None:
    result = check_text(text, BASE, DAY)
    cited = {f.id for f in result.facts}
    assert (result.verdict, set(cite) - cited) == (verdict, set())


def test_the_probes_cover_each_language_true_and_false() -> None:
    by_language: dict[str, list[str]] = {}
    for text, verdict, _ in PROBES:
        kazakh = any(c in text for c in "әғқңөұүһі")
        language = "kk" if kazakh else "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
        by_language.setdefault(language, []).append(verdict)
    assert sorted(by_language) == ["en", "kk", "ru"]
    assert all(len(verdicts) >= 15 for verdicts in by_language.values())
    assert all({"supported", "contradicted"} <= set(verdicts) for verdicts in by_language.values())


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's 2025 trade with Uzbekistan was more than double its trade with Kyrgyzstan",
        "Вместе Турция и Узбекистан дали Казахстану в 2025 году свыше 9 млрд долларов товарооборота",
        "2025 жылғы қаңтар-қазанда Қазақстанның түркі елдеріне экспорты тауар айналымынан жылдамырақ өсті",
    ],
)
def test_a_computed_relation_names_the_figures_it_used(text: str) -> None:
    from otg_cli.views.reasons import english

    result = check_text(text, BASE, DAY)
    said = english(result.explanation, BASE)
    assert all(f.id in said for f in result.facts)

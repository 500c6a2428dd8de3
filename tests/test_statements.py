"""Claims without a figure (statements.py, statement_checks.py) on a fact base of meetings.

The base (tests/fixtures/meetings) is an invented article, not one of the five seeds: a council in
Bishkek with a signed memorandum, an agreement to consider, a proposal by Kyrgyzstan, a transfer
of a chairmanship and a group with an observer. Each claim is checked in English, Russian and
Kazakh, and the test asserts the verdict and the parts that decided it.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run_json
from otg_cli.lexicon import month_of, spell_shares
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.statements import ordinal_of, read_statement, same_stem, stem
from otg_cli.verify import check_text

MEETINGS = Path(__file__).resolve().parent / "fixtures" / "meetings"
DAY = datetime.date(2026, 3, 1)


@pytest.fixture(scope="module")
def meetings() -> FactBase:
    return load_fact_base([MEETINGS])


CLAIMS = [
    # What was done: a claim may say less than its source, never more.
    ("Kazakhstan and Kyrgyzstan signed a memorandum on customs cooperation", "supported", {}),
    ("Казахстан и Кыргызстан подписали меморандум о сотрудничестве в таможенной сфере", "supported", {}),
    (
        "Қазақстан мен Қырғызстан кеден саласындағы ынтымақтастық туралы меморандумға қол қойды",
        "supported",
        {},
    ),
    ("Kazakhstan and Kyrgyzstan agreed on customs cooperation memorandum", "supported", {}),
    (
        "Kazakhstan and Kyrgyzstan failed to sign the customs cooperation memorandum",
        "contradicted",
        {"subject": "contradicted"},
    ),
    ("Kazakhstan and Kyrgyzstan agreed to consider a joint logistics hub", "supported", {}),
    (
        "Kazakhstan and Kyrgyzstan agreed to create a joint logistics hub",
        "not_established",
        {"subject": "not_established"},
    ),
    (
        "Казахстан и Кыргызстан подписали соглашение о создании совместного логистического хаба",
        "not_established",
        {"subject": "not_established"},
    ),
    (
        "Қазақстан мен Қырғызстан бірлескен логистикалық хаб құруға келісті",
        "not_established",
        {"subject": "not_established"},
    ),
    # Who proposed it.
    ("Kyrgyzstan proposed a joint fair of agricultural produce", "supported", {"proposer": "supported"}),
    (
        "Kazakhstan proposed a joint fair of agricultural produce",
        "contradicted",
        {"proposer": "contradicted"},
    ),
    (
        "Казахстан предложил провести совместную ярмарку сельхозпродукции",
        "contradicted",
        {"proposer": "contradicted"},
    ),
    (
        "Қырғызстан ауыл шаруашылығы өнімдерінің бірлескен жәрмеңкесін өткізуді ұсынды",
        "supported",
        {"proposer": "supported"},
    ),
    # Where, when and which meeting.
    (
        "The 5th meeting of the Kazakhstan-Kyrgyzstan intergovernmental council took place in Bishkek",
        "supported",
        {"place": "supported", "ordinal": "supported"},
    ),
    (
        "The 6th meeting of the Kazakhstan-Kyrgyzstan intergovernmental council took place in Bishkek",
        "contradicted",
        {"ordinal": "contradicted"},
    ),
    (
        "Заседание межправительственного совета Казахстана и Кыргызстана прошло в Астане",
        "contradicted",
        {"place": "contradicted"},
    ),
    (
        "Қазақстан мен Қырғызстан үкіметаралық кеңесінің отырысы Бішкекте өтті",
        "supported",
        {"place": "supported"},
    ),
    (
        "Заседание межправительственного совета Казахстана и Кыргызстана прошло 12 июня 2025 года",
        "supported",
        {"date": "supported"},
    ),
    (
        "The Kazakhstan-Kyrgyzstan intergovernmental council met in July 2025",
        "contradicted",
        {"date": "contradicted"},
    ),
    # Who handed over to whom.
    (
        "Chairmanship of the Union of Chambers of Trade passed from Kyrgyzstan to Kazakhstan",
        "supported",
        {"transfer": "supported"},
    ),
    (
        "Председательство в Союзе торговых палат перешло от Казахстана к Кыргызстану",
        "contradicted",
        {"transfer": "contradicted"},
    ),
    # Membership of a group.
    ("Hungary is an observer in the Union of Chambers of Trade", "supported", {"membership": "supported"}),
    (
        "Венгрия является полноправным членом Союза торговых палат",
        "contradicted",
        {"membership": "contradicted"},
    ),
    ("Түрікменстан Сауда палаталары одағына мүше", "supported", {"membership": "supported"}),
]


@pytest.mark.parametrize(("text", "verdict", "parts"), CLAIMS)
def test_a_claim_without_a_figure_is_checked_part_by_part(
    meetings: FactBase, text: str, verdict: str, parts: dict[str, str]
) -> None:
    result = check_text(text, meetings, DAY)
    assert result.statement is not None
    assert (result.verdict, result.explanation) == (verdict, result.explanation)
    assert {p.name: p.verdict for p in result.parts if p.name in parts} == parts
    assert result.records, "every verdict cites the records it was checked against"


def test_a_deputy_minister_is_not_a_minister(meetings: FactBase) -> None:
    claim = "Kazakhstan was represented at the council by the Minister of Economy Yerlan Testov"
    assert check_text(claim, meetings, DAY).verdict == "contradicted"
    claim = "Kazakhstan was represented at the council by the Deputy Minister of Economy Yerlan Testov"
    assert check_text(claim, meetings, DAY).verdict == "supported"


def test_a_claim_about_nothing_in_the_base_is_not_found_or_unreadable(meetings: FactBase) -> None:
    assert (
        check_text("Kazakhstan and Kyrgyzstan launched a space programme", meetings, DAY).verdict
        == "not_found"
    )
    assert check_text("hello world", meetings, DAY).verdict == "unreadable"
    assert check_text("Казахстан", meetings, DAY).verdict == "unreadable"


def test_what_was_understood_is_reported(meetings: FactBase) -> None:
    statement = read_statement("Kyrgyzstan proposed on 12 June 2025 in Bishkek to hold a fair", meetings, DAY)
    assert (statement.action, statement.subject, statement.venues) == ("proposed", "KG", ("Bishkek",))
    assert (statement.year, statement.month, statement.day) == (2025, 6, 12)
    assert read_statement("Kazakhstan signed it last year", meetings, DAY).year == 2025


def test_verify_json_lists_the_records_and_the_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    from otg_cli import settings

    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: MEETINGS)
    document = run_json("verify", "In Bishkek Kyrgyzstan proposed a joint agricultural fair", exit_code=0)
    assert document["verdict"] == "supported"
    assert (document["statement"]["venues"], document["statement"]["subject"]) == (["Bishkek"], "KG")
    assert [p["part"] for p in document["parts"]] == ["subject", "proposer", "place"]
    assert {r["kind"] for r in document["records"]} <= {"agreement", "event", "group"}
    assert all(r["sources"][0]["quote"] for r in document["records"])


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("14th meeting", 14),
        ("14-я встреча", 14),
        ("14-ші кездесуі", 14),
        ("III General Assembly", 3),
        ("ІІІ жалпы отырысы", 3),
        ("IV forum", 4),
        ("no number", None),
    ],
)
def test_ordinals_in_three_languages(text: str, ordinal: int | None) -> None:
    assert ordinal_of(text) == ordinal


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("december", 12),
        ("dec", 12),
        ("decide", None),
        ("ноября", 11),
        ("қарашада", 11),
        ("may", 5),
        ("мая", 5),
    ],
)
def test_months_are_names_not_word_starts(word: str, month: int | None) -> None:
    assert month_of(word) == month


def test_shares_in_words_are_percentages_only_as_whole_words() -> None:
    assert spell_shares("более двух третей товарооборота") == "более 66.6667% товарооборота"
    assert spell_shares("жартысын ғана құрайды") == "50% ғана құрайды"
    assert spell_shares("в первой половине 2025 года") == "в первой половине 2025 года"
    assert spell_shares("третий квартал") == "третий квартал"
    assert (
        spell_shares("the majority of kazakhstan's trade") == "over 50% of kazakhstan's trade"
    )  # whose share it is
    assert (
        spell_shares("Туркия мен Озбекстан тек торттен бирин курайды")
        == "Туркия мен Озбекстан тек 25% курайды"
    )
    assert spell_shares("первая четверть века") == "первая четверть века"


@given(
    st.sampled_from(["торговые дома", "торговых домов", "торговым домам"]),
    st.sampled_from(["торговый дом", "торговых домах"]),
)
def test_inflected_forms_share_their_stems(first: str, second: str) -> None:
    assert all(any(same_stem(stem(a), stem(b)) for b in second.split()) for a in first.split())


def test_claimreview_is_schema_org_json_ld(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from conftest import run
    from otg_cli import settings

    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: MEETINGS)
    claim = "Kazakhstan proposed a joint fair of agricultural produce"
    result = run("verify", claim, "--format", "claimreview", "--as-of", "2026-03-01")
    assert result.exit_code == 3, result.stderr
    review = json.loads(result.stdout)
    assert (review["@context"], review["@type"], review["claimReviewed"]) == (
        "https://schema.org",
        "ClaimReview",
        claim,
    )
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Contradicted",
        "bestRating": 5,
        "worstRating": 1,
        "ratingValue": 1,
    }
    assert review["datePublished"] == "2026-03-01"
    assert review["itemReviewed"]["appearance"] == [
        {
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": "Test Agency"},
            "inLanguage": "ru",
            "datePublished": "2025-06-12",
        }
    ]


def test_claimreview_applies_to_verify_only() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "otg_cli", "turnover", "KZ", "UZ", "--format", "claimreview"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert "claimreview applies to otg verify only" in done.stderr


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("превысили миллиард долларов", "превысили 1 миллиард долларов"),
        ("миллиардтан асты", "1 миллиардтан асты"),
        ("4,3 миллиарда", "4,3 миллиарда"),
        ("более двух миллиардов", "более 2 миллиардов"),
        ("billions of dollars", "billions of dollars"),
    ],
)
def test_a_lone_scale_word_in_the_singular_is_one_of_it(text: str, spelt: str) -> None:
    from otg_cli.lexicon import spell_numbers

    assert spell_numbers(text) == spelt

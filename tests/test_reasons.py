"""Why each part of a claim got its verdict: computed as codes and values, worded last.

The reason of a part is data (`otg_cli.reasons`); the JSON `reason` is its English words in every
language, `reason_codes` its codes, and the human output words it in the run's language, with
amounts as that language's news write them.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import run
from otg_cli import i18n
from otg_cli.loader import load_fact_base
from otg_cli.reasons import Amount, Delta, Figure, reason
from otg_cli.settings import bundled_facts_dir
from otg_cli.verify import check_text
from otg_cli.views.reasons import codes, english, said

BASE = load_fact_base([bundled_facts_dir()])

#: Claims whose parts reach most reasons: a figure ruled out by an amount, a dispute, a target and
#: its deadline, a ranking, a group's member, an agreement's status, a change, a pair each.
CLAIMS = (
    "Kazakhstan-Uzbekistan trade hit $5bn in 2025",
    "Қазақстан мен Қырғызстанның тауар айналымы 2025 жылы 2 млрд долларға жуық болды",
    "Kazakhstan and Uzbekistan aim for $10 billion of trade by 2030",
    "Uzbekistan was Kazakhstan's largest trading partner in 2025",
    "Hungary is a member of the Union of Chambers of Commerce of the Turkic States",
    "Kazakhstan and Turkmenistan agreed to consider opening direct flights",
    "Kazakh-Turkmen trade already exceeds $1bn a year",
    "Kazakhstan-Uzbekistan trade was $4.3 bn in 2025 and Kazakhstan-Turkey trade was $5 bn",
    "Товарооборот Казахстана и Узбекистана в январе-августе 2025 года вырос на 25%",
)

#: English words of reasons that must not be left in Russian or Kazakh output.
ENGLISH = re.compile(
    r"\b(the claim|the source|no source|rules|backs|consistent|states|the base|figure|"
    r"another|period|target is|deadline|observer|member)\b"
)


@pytest.mark.parametrize("text", CLAIMS)
def test_the_json_reason_is_english_and_the_same_in_every_language(text: str) -> None:
    documents = [json.loads(run("verify", text, "--json", "--lang", lang).stdout) for lang in i18n.LANGUAGES]
    parts = [[(p["claimed"], p["reason"], p["reason_codes"]) for p in d["parts"]] for d in documents]
    assert parts[0] == parts[1] == parts[2]
    assert documents[0]["explanation"] == documents[1]["explanation"] == documents[2]["explanation"]
    with i18n.using("en"):
        assert parts[0] == [
            (english(p.claimed, BASE), english(p.reason, BASE), codes(p.reason))
            for p in check_text(text, BASE).parts
        ]


@pytest.mark.parametrize("text", CLAIMS)
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_reason_is_said_in_the_language_of_the_run(text: str, language: str) -> None:
    lines = run("verify", text, "--lang", language).stdout
    parts = lines.split("\n")[1 : lines.count("\n")]
    shown = " ".join(line for line in parts if line.startswith("  "))
    without_quotes = re.sub(r"«[^»]*»", "", shown)
    without_ids = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", "", without_quotes)
    assert ENGLISH.findall(without_ids) == []


def _ruled_out() -> object:
    fact = BASE.facts["kz-uz-turnover-2025"]
    return reason("figure.rules_out_by", figure=Figure(fact), delta=Delta(7e8, "USD", 0.163))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "$4.3 bn (2025, kz-uz-turnover-2025): rules the claim out, by +$700 m, +16%"),
        (
            "ru",
            "$4,3 млрд (2025 год, kz-uz-turnover-2025): опровергает утверждение, расхождение +$700 млн, +16%",
        ),
        (
            "kk",
            "4,3 млрд доллар (2025 жыл, kz-uz-turnover-2025): тұжырымды жоққа шығарады, айырмасы +700 млн доллар, +16%",
        ),
    ],
)
def test_a_ruled_out_figure_says_by_how_much_as_the_language_writes_amounts(
    language: str, words: str
) -> None:
    with i18n.using(language):  # type: ignore[arg-type]
        assert said(_ruled_out(), BASE) == words  # type: ignore[arg-type]


def test_an_almost_figure_reads_as_the_news_write_it() -> None:
    target = reason(
        "target.stated", amount=Amount(2e9, "USD", "almost"), id="x", relation=reason("text", text="…")
    )
    with i18n.using("kk"):
        assert said(target) == "жарияланған мақсат — 2 млрд долларға жуық (x): …"
    with i18n.using("ru"):
        assert said(target) == "заявленная цель — почти $2 млрд (x): …"


def test_reason_codes_name_each_source() -> None:
    result = check_text(
        "Қазақстан мен Қырғызстанның тауар айналымы 2025 жылы 2 млрд долларға жуық болды", BASE
    )
    (amount,) = [p for p in result.parts if p.name == "amount"]
    assert sorted(codes(amount.reason)) == ["figure.backs", "figure.rules_out"]


def test_the_verification_schema_has_the_reason_codes() -> None:
    from otg_cli.schema import json_schema

    schema = json.dumps(json_schema("verification"))
    assert '"reason_codes"' in schema


@pytest.mark.parametrize(
    ("language", "start", "understood"),
    [
        ("en", "found no figure, agreement, event or group to check in 'blah blah';", "indicator not found"),
        (
            "ru",
            "в «blah blah» нет ни цифры, ни соглашения, события или группы для проверки;",
            "показатель не найден",
        ),
        ("kk", "«blah blah» ішінде тексеретін сан да, келісім, оқиға не топ та жоқ;", "көрсеткіш табылмады"),
    ],
)
def test_an_unreadable_claim_says_why_in_the_language_of_the_run(
    language: str, start: str, understood: str
) -> None:
    shown = " ".join(run("verify", "blah blah", "--lang", language).stdout.split())
    assert start in shown and understood in shown
    document = json.loads(run("verify", "blah blah", "--lang", language, "--json").stdout)
    assert document["explanation"].startswith(
        "found no figure, agreement, event or group to check in 'blah blah'"
    )

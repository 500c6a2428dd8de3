"""The golden claims (tests/golden/*.toml) through `otg verify`, scored as FEVER scores.

A verdict counts only when it is the expected one (or one the file lists as also acceptable) and
the result cites every record the claim must cite. The score is printed at the end of the run
(`pytest tests/test_golden.py`); the tests fail when it falls below the floor recorded here, and
on any claim called supported that the sources do not back.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

from otg_cli.models import FactBase
from otg_cli.verify import Verdict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

FOLDER = Path(__file__).resolve().parent / "golden"
#: Each golden set with the share of acceptable verdicts (citing the right records) the reader must
#: keep; raise a floor as the reader improves. claims.toml was written alongside the reader;
#: claims-blind*.toml by fact-checkers who never ran otg nor read its code, after it: the truer
#: measure of claims otg has not seen (on its first run blind2 scored 73%, blind3 74%, blind4 78%
#: with 4 claims falsely supported, blind5 77% with 1, blind6 79% with 2,
#: blind7 85% with 2, blind8 78% with 5, blind9 65% with 1, blind10 82% with 1, blind11 82% with 5,
#: blind12 80% with 5, blind13 73% with none, blind14 88% with 4, blind15 75% with 1, blind16
#: 72% with 2, blind17 75% with 1, blind18 86% with 2, blind19 84% with 2, blind20 90% with none, blind21 89% with 2,
#: blind22 59% with 6, blind23 83% with none, blind24 78% with 1, blind26 80% with 2).
SETS: dict[str, float] = {
    "claims.toml": 0.97,
    "claims-blind.toml": 0.93,
    "claims-blind2.toml": 0.95,
    "claims-blind3.toml": 0.94,
    "claims-blind4.toml": 0.95,
    "claims-blind5.toml": 0.96,
    "claims-blind6.toml": 0.96,
    "claims-blind7.toml": 0.95,
    "claims-blind8.toml": 0.93,
    "claims-blind9.toml": 0.91,
    "claims-blind10.toml": 0.9,
    "claims-blind11.toml": 0.87,
    "claims-blind12.toml": 0.85,
    "claims-blind13.toml": 0.84,
    "claims-blind14.toml": 0.88,
    "claims-blind15.toml": 0.78,
    "claims-blind16.toml": 0.83,
    "claims-blind17.toml": 0.8,
    "claims-blind18.toml": 0.86,
    "claims-blind19.toml": 0.83,
    "claims-blind20.toml": 0.92,
    "claims-blind21.toml": 0.9,
    "claims-blind22.toml": 0.63,
    "claims-blind23.toml": 0.86,
    "claims-blind24.toml": 0.84,
    "claims-blind26.toml": 0.83,
}
CLAIMS: dict[str, list[dict[str, Any]]] = {
    name: tomllib.loads((FOLDER / name).read_text(encoding="utf-8"))["claim"] for name in SETS
}
#: The date claims without an as_of are read on: after every article, fixed so no test reads the clock.
TODAY = datetime.date(2026, 3, 1)

SCORES: dict[str, dict[str, list[bool]]] = {}
FALSE_SUPPORT: dict[str, list[str]] = {}


def judge(claim: dict[str, Any], base: FactBase) -> tuple[str, set[str]]:
    """The verdict otg gives a golden claim, and the ids of the records it cites."""
    from otg_cli.verify import check_text

    result = check_text(claim["text"], base, claim.get("as_of", TODAY))
    cited = {f.id for f in result.facts} | {t.id for t in result.targets} | {r.id for r in result.records}
    return result.verdict, cited


def acceptable(claim: dict[str, Any], verdict: str, cited: set[str]) -> bool:
    return verdict in {claim["verdict"], *claim.get("acceptable", [])} and set(claim["cite"]) <= cited


Verdicts = list[tuple[dict[str, Any], str, set[str]]]


@pytest.fixture(scope="module")
def verdicts(base: FactBase) -> dict[str, Verdicts]:
    found: dict[str, Verdicts] = {}
    for name, claims in CLAIMS.items():
        found[name] = [(claim, *judge(claim, base)) for claim in claims]
        for claim, verdict, cited in found[name]:
            SCORES.setdefault(name, {}).setdefault(claim["lang"], []).append(
                acceptable(claim, verdict, cited)
            )
            if verdict == "supported" and "supported" not in {claim["verdict"], *claim.get("acceptable", [])}:
                FALSE_SUPPORT.setdefault(name, []).append(claim["text"])
    return found


@pytest.mark.parametrize("name", SETS)
def test_a_golden_set_covers_three_languages_and_every_verdict(name: str) -> None:
    claims = CLAIMS[name]
    assert len(claims) >= (150 if name == "claims.toml" else 90)
    assert {c["lang"] for c in claims} == {"en", "ru", "kk"}
    assert {c["verdict"] for c in claims} == set(get_args(Verdict))


@pytest.mark.parametrize("name", SETS)
def test_every_cited_record_exists(base: FactBase, name: str) -> None:
    ids = set(base.record_ids())
    assert [c["text"] for c in CLAIMS[name] if not set(c["cite"]) <= ids] == []


@pytest.mark.parametrize("name", [n for n in SETS if n != "claims.toml"])
def test_a_blind_set_repeats_no_claim_of_an_earlier_set(name: str) -> None:
    earlier = list(SETS)[: list(SETS).index(name)]
    seen = {c["text"] for n in earlier for c in CLAIMS[n]}
    assert [c["text"] for c in CLAIMS[name] if c["text"] in seen] == []


@pytest.mark.parametrize("name", SETS)
def test_accuracy_holds_its_floor(verdicts: dict[str, Verdicts], name: str) -> None:
    right = sum(acceptable(claim, verdict, cited) for claim, verdict, cited in verdicts[name])
    assert right / len(verdicts[name]) >= SETS[name]


@pytest.mark.parametrize("name", SETS)
def test_nothing_is_called_supported_that_the_sources_do_not_back(
    verdicts: dict[str, Verdicts], name: str
) -> None:
    wrong = [
        claim["text"]
        for claim, verdict, _ in verdicts[name]
        if verdict == "supported" and "supported" not in {claim["verdict"], *claim.get("acceptable", [])}
    ]
    assert wrong == []


def report() -> str:
    """One line per language and the total for each set, for the end of the test run."""
    if not SCORES:
        return ""
    lines = ["golden claims (acceptable verdict citing the right records):"]
    for name, by_language in SCORES.items():
        everything = [ok for scores in by_language.values() for ok in scores]
        lines.append(f"  {name}:")
        for language, scores in sorted(by_language.items()):
            lines.append(f"    {language}: {sum(scores)}/{len(scores)} = {sum(scores) / len(scores):.0%}")
        lines.append(
            f"    all: {sum(everything)}/{len(everything)} = {sum(everything) / len(everything):.0%}"
        )
        lines.append(f"    called supported, not backed by the sources: {len(FALSE_SUPPORT.get(name, []))}")
    return "\n".join(lines)

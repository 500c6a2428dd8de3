"""The golden claims (tests/golden/claims.toml) through `otg verify`, scored as FEVER scores.

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

GOLDEN = Path(__file__).resolve().parent / "golden" / "claims.toml"
CLAIMS: list[dict[str, Any]] = tomllib.loads(GOLDEN.read_text(encoding="utf-8"))["claim"]
#: The date claims without an as_of are read on: after every article, fixed so no test reads the clock.
TODAY = datetime.date(2026, 3, 1)
#: The share of acceptable verdicts (citing the right records) the reader must keep; raise it as it improves.
FLOOR = 0.82

SCORES: dict[str, list[bool]] = {}
FALSE_SUPPORT: list[str] = []


def judge(claim: dict[str, Any], base: FactBase) -> tuple[str, set[str]]:
    """The verdict otg gives a golden claim, and the ids of the records it cites."""
    from otg_cli.verify import check_text

    result = check_text(claim["text"], base, claim.get("as_of", TODAY))
    cited = {f.id for f in result.facts} | {t.id for t in result.targets} | {r.id for r in result.records}
    return result.verdict, cited


def acceptable(claim: dict[str, Any], verdict: str, cited: set[str]) -> bool:
    return verdict in {claim["verdict"], *claim.get("acceptable", [])} and set(claim["cite"]) <= cited


@pytest.fixture(scope="module")
def verdicts(base: FactBase) -> list[tuple[dict[str, Any], str, set[str]]]:
    found = [(claim, *judge(claim, base)) for claim in CLAIMS]
    for claim, verdict, cited in found:
        SCORES.setdefault(claim["lang"], []).append(acceptable(claim, verdict, cited))
        if verdict == "supported" and "supported" not in {claim["verdict"], *claim.get("acceptable", [])}:
            FALSE_SUPPORT.append(claim["text"])
    return found


def test_the_golden_set_covers_three_languages_and_every_verdict() -> None:
    assert len(CLAIMS) >= 150
    assert {c["lang"] for c in CLAIMS} == {"en", "ru", "kk"}
    assert {c["verdict"] for c in CLAIMS} == set(get_args(Verdict))


def test_every_cited_record_exists(base: FactBase) -> None:
    ids = set(base.record_ids())
    assert [c["text"] for c in CLAIMS if not set(c["cite"]) <= ids] == []


def test_accuracy_holds_its_floor(verdicts: list[tuple[dict[str, Any], str, set[str]]]) -> None:
    right = sum(acceptable(claim, verdict, cited) for claim, verdict, cited in verdicts)
    assert right / len(verdicts) >= FLOOR


def test_nothing_is_called_supported_that_the_sources_do_not_back(
    verdicts: list[tuple[dict[str, Any], str, set[str]]],
) -> None:
    wrong = [
        claim["text"]
        for claim, verdict, _ in verdicts
        if verdict == "supported" and "supported" not in {claim["verdict"], *claim.get("acceptable", [])}
    ]
    assert wrong == []


def report() -> str:
    """One line per language and the total, for the end of the test run."""
    if not SCORES:
        return ""
    lines = ["golden claims (acceptable verdict citing the right records):"]
    everything = [ok for scores in SCORES.values() for ok in scores]
    for language, scores in sorted(SCORES.items()):
        lines.append(f"  {language}: {sum(scores)}/{len(scores)} = {sum(scores) / len(scores):.0%}")
    lines.append(f"  all: {sum(everything)}/{len(everything)} = {sum(everything) / len(everything):.0%}")
    lines.append(f"  called supported, not backed by the sources: {len(FALSE_SUPPORT)}")
    return "\n".join(lines)

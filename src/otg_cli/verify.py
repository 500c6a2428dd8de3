"""Checking a claim against the fact base: one verdict from a documented vocabulary.

- supported: the base states a figure for the same parties, indicator and period, and the claimed
  value fits it within the source's own precision and qualifier;
- contradicted: the base states a different value for them (the difference is given);
- period_mismatch: the value fits a figure for another period, such as a Jan–Aug figure quoted as
  the year's;
- not_found: the base says nothing about it.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from otg_cli.claims import Claim
from otg_cli.figures import format_amount, interval, overlaps
from otg_cli.meetings import Target
from otg_cli.models import Fact, FactBase, Qualifier

Verdict = Literal["supported", "contradicted", "period_mismatch", "not_found"]

#: Which stored measures a claimed indicator may be compared with.
_MEASURES: dict[str, tuple[str, ...]] = {
    "turnover": ("turnover",),
    "exports": ("exports",),
    "imports": ("imports",),
    "trade_balance": ("trade_balance",),
    "investment": ("investment_inflow", "investment_outflow"),
    "companies": ("companies",),
    "joint_ventures": ("joint_ventures",),
    "trade_share": ("trade_share",),
    "freight": ("freight",),
}


class Result(NamedTuple):
    verdict: Verdict
    claim: Claim
    facts: tuple[Fact, ...]
    targets: tuple[Target, ...]
    explanation: str
    sources_disagree: bool


def _agree(claimed: float, claimed_qualifier: Qualifier, stated: float, qualifier: Qualifier) -> bool:
    """Whether a claimed and a stated figure allow common values (`figures.interval`).

    Strict: ranges that only touch ("2 bn" reaching down to 1.5, "1 bn" up to 1.5) do not agree.
    """
    return overlaps(interval(claimed, claimed_qualifier), interval(stated, qualifier), touching=False)


def _fits(claim: Claim, value: float, qualifier: Qualifier) -> bool:
    assert claim.value is not None
    return _agree(claim.value, claim.qualifier, value, qualifier)


def _same_parties(claim: Claim, parties: tuple[str, ...]) -> bool:
    return bool(claim.parties) and set(claim.parties) <= set(parties)


def _same_period(claim: Claim, fact: Fact) -> bool:
    if claim.period is None:
        return True
    return (fact.period.start, fact.period.end) == (claim.period.start, claim.period.end)


def _describe(fact: Fact) -> str:
    from otg_cli.periods import describe_period

    assert fact.value is not None
    return (
        f"{format_amount(fact.value, fact.unit, fact.qualifier)} ({describe_period(fact.period)}, {fact.id})"
    )


def _difference(claim: Claim, fact: Fact) -> str:
    assert claim.value is not None and fact.value is not None
    delta = claim.value - fact.value
    share = f", {delta / fact.value:+.0%}" if fact.value else ""
    sign = "+" if delta > 0 else "−"
    return f"{sign}{format_amount(abs(delta), fact.unit)}{share}"


def verify(claim: Claim, base: FactBase) -> Result:
    if claim.indicator == "target":
        return _verify_target(claim, base)
    measures = _MEASURES.get(claim.indicator or "", ())
    candidates = [
        f
        for f in base.fact_candidates(claim.parties, measures, None, None)
        if _same_parties(claim, f.parties)
        and (not measures or f.measure in measures)
        and (claim.unit is None or f.unit == claim.unit)
    ]
    if claim.value is None and claim.change_pct is not None:
        return _verify_change(claim, candidates)
    same = [f for f in candidates if f.value is not None and _same_period(claim, f)]
    other = [f for f in candidates if f.value is not None and not _same_period(claim, f)]
    fitting = [f for f in same if f.value is not None and _fits(claim, f.value, f.qualifier)]
    elsewhere = [f for f in other if f.value is not None and _fits(claim, f.value, f.qualifier)]
    disagree = any(f.conflicts_with for f in same + elsewhere)
    if fitting:
        notes = [f"stated as {_describe(f)}" for f in fitting]
        lost = [f for f in fitting if f.qualifier not in (claim.qualifier, "exact")]
        if lost:
            notes.append(f"the source's qualifier is '{lost[0].qualifier}'; quote it with the figure")
        if len(fitting) < len(same):
            notes.append(
                "another source states a different figure: "
                + "; ".join(_describe(f) for f in same if f not in fitting)
            )
        return Result(
            "supported", claim, tuple(same), (), "; ".join(notes), disagree or len(fitting) < len(same)
        )
    if elsewhere:
        explanation = "the value matches a figure for another period: " + "; ".join(
            _describe(f) for f in elsewhere
        )
        return Result("period_mismatch", claim, tuple(elsewhere + same), (), explanation, disagree)
    if same:
        explanation = "; ".join(
            f"the base states {_describe(f)}: the claim differs by {_difference(claim, f)}" for f in same
        )
        return Result("contradicted", claim, tuple(same), (), explanation, disagree)
    return Result(
        "not_found", claim, (), (), "the base has no figure for these parties, indicator and period", False
    )


def _verify_change(claim: Claim, candidates: list[Fact]) -> Result:
    assert claim.change_pct is not None
    dated = [f for f in candidates if f.change_pct is not None]
    same = [f for f in dated if _same_period(claim, f)]
    pools: list[tuple[list[Fact], Verdict]] = [
        (same, "supported"),
        ([f for f in dated if f not in same], "period_mismatch"),
    ]
    for pool, verdict in pools:
        fitting = [
            f for f in pool if f.change_pct is not None and _change_fits(claim.change_pct, claim.qualifier, f)
        ]
        if fitting:
            return Result(
                verdict, claim, tuple(fitting), (), f"change stated as {fitting[0].change_pct:+g}%", False
            )
    if same:
        return Result(
            "contradicted",
            claim,
            tuple(same),
            (),
            f"the base states a change of {same[0].change_pct:+g}%",
            False,
        )
    return Result("not_found", claim, (), (), "the base states no such change", False)


def _change_fits(claimed: float, qualifier: Qualifier, fact: Fact) -> bool:
    assert fact.change_pct is not None
    return _agree(claimed, qualifier, fact.change_pct, fact.change_qualifier)


def _verify_target(claim: Claim, base: FactBase) -> Result:
    targets = [t for t in base.targets.values() if _same_parties(claim, t.parties)]
    if not targets or claim.value is None:
        return Result("not_found", claim, (), (), "the base has no target for these parties", False)
    fitting = [t for t in targets if _fits(claim, t.value, t.qualifier)]
    if fitting:
        deadline = fitting[0].deadline.isoformat() if fitting[0].deadline else "not stated"
        return Result(
            "supported",
            claim,
            (),
            tuple(fitting),
            f"target {format_amount(fitting[0].value, fitting[0].unit)}, deadline {deadline}",
            False,
        )
    explanation = "; ".join(
        f"the stated target is {format_amount(t.value, t.unit)} ({t.id})" for t in targets
    )
    return Result("contradicted", claim, (), tuple(targets), explanation, False)

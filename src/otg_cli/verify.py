"""Checking a claim against the fact base: a verdict per checkable part, and the weakest for the claim.

A claim is split into the parts it asserts (an amount, a change, a target and its deadline); each
part is compared with every record stating the same point: the same parties, measure and period.
The values a stated figure allows and the values the claim asserts are intervals
(`figures.interval`, one precision policy), and for each source:

- the claim is *backed* when every value the source allows lies within what the claim asserts
  (the claim is no stronger and no more precise than the source);
- it is *ruled out* when the two share no value;
- otherwise the source is consistent with the claim but states less than it asserts.

A part is `supported` when a source backs it and none rules it out; `conflicting` when one backs it
and another rules it out; `contradicted` when a source rules it out and none backs it;
`not_established` when the sources are consistent with it but none states as much;
`period_mismatch` when nothing states this period but a figure for another period or basis fits;
`not_found` when the base says nothing about the point. The claim takes its weakest part's verdict
(`WEAKEST_FIRST`); `unreadable` is for a claim otg cannot place at all (see claims.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from otg_cli.claims import Claim
from otg_cli.figures import Interval, contains, format_amount, format_change, interval, overlaps
from otg_cli.models import Fact, FactBase

if TYPE_CHECKING:
    from otg_cli.meetings import Target

Verdict = Literal[
    "supported",
    "not_established",
    "conflicting",
    "contradicted",
    "period_mismatch",
    "not_found",
    "unreadable",
]

#: The order parts are weighed in: a claim is only as good as its weakest part.
WEAKEST_FIRST: tuple[Verdict, ...] = (
    "unreadable",
    "contradicted",
    "conflicting",
    "period_mismatch",
    "not_established",
    "not_found",
    "supported",
)

Relation = Literal["backs", "consistent", "rules_out"]

#: Which stored measures a claimed indicator may be compared with.
_MEASURES: dict[str, tuple[str, ...]] = {
    "turnover": ("turnover",),
    "exports": ("exports",),
    "imports": ("imports",),
    "trade_balance": ("trade_balance",),
    "investment": ("investment_inflow", "investment_outflow"),
    "investment_inflow": ("investment_inflow",),
    "investment_outflow": ("investment_outflow",),
    "companies": ("companies",),
    "joint_ventures": ("joint_ventures",),
    "trade_share": ("trade_share",),
    "freight": ("freight",),
}


class Part(NamedTuple):
    """One checkable part of a claim, its verdict, why, and the records it was compared with."""

    name: Literal["amount", "change", "target", "deadline"]
    claimed: str
    verdict: Verdict
    reason: str
    facts: tuple[Fact, ...]
    targets: tuple[Target, ...]


class Result(NamedTuple):
    verdict: Verdict
    claim: Claim
    facts: tuple[Fact, ...]
    targets: tuple[Target, ...]
    explanation: str
    sources_disagree: bool
    parts: tuple[Part, ...] = ()


def relation(stated: Interval, claimed: Interval) -> Relation:
    """How a source's figure bears on a claimed one (both as the intervals they allow)."""
    if stated.empty or claimed.empty:
        return "rules_out"
    if contains(claimed, stated):
        return "backs"
    # Rounded figures that only touch ("1 bn" reaching up to 1.5, "2 bn" down to 1.5) do not agree.
    return "consistent" if overlaps(stated, claimed, touching=False) else "rules_out"


def weigh(relations: Iterable[Relation]) -> Verdict:
    """The verdict on one point from every source stating it."""
    found = set(relations)
    if "backs" in found:
        return "conflicting" if "rules_out" in found else "supported"
    return "contradicted" if "rules_out" in found else "not_established"


def weakest(verdicts: Iterable[Verdict]) -> Verdict:
    return min(verdicts, key=WEAKEST_FIRST.index, default="not_found")


def _describe(fact: Fact, part: str = "amount") -> str:
    from otg_cli.periods import describe_period

    if part == "change" and fact.change_pct is not None:
        stated = f"change {format_change(fact.change_pct, fact.change_qualifier)}"
    elif fact.value is not None:
        stated = fact.worded or format_amount(fact.value, fact.unit, fact.qualifier)
    else:
        stated = "no figure"
    return f"{stated} ({describe_period(fact.period)}, {fact.id})"


#: The country whose trade otg is about: "trade with Kyrgyzstan" is Kazakhstan's.
HOME = "KZ"


def _parties(claim: Claim, base: FactBase) -> set[str]:
    """The parties a claim is about; a lone partner country is Kazakhstan's partner."""
    named = set(claim.parties)
    if len(named) == 1 and HOME not in named and not named & set(base.groups):
        named.add(HOME)
    return named


def _same_parties(claim: Claim, parties: Sequence[str], base: FactBase) -> bool:
    return bool(claim.parties) and _parties(claim, base) == set(parties)


def _same_period(claim: Claim, fact: Fact) -> bool:
    """Whether a fact states the claim's period on the claim's basis (a flow over that period, or a
    level reached within it); a claim without a period is about any."""
    period = claim.period
    if period is None:
        return True
    if fact.period.basis == "level":
        return fact.period.end is not None and period.start <= fact.period.end <= period.end
    if fact.period.basis != "flow":
        return False
    return (fact.period.start, fact.period.end) == (period.start, period.end)


#: Measures whose first party is the reporting side: "Uzbekistan's exports to Kazakhstan" are not
#: Kazakhstan's exports to Uzbekistan.
DIRECTIONAL = frozenset({"exports", "imports", "trade_balance"})


def _same_direction(claim: Claim, fact: Fact) -> bool:
    if fact.measure not in DIRECTIONAL or len(claim.parties) < 2:
        return True
    return claim.parties[0] == fact.parties[0]


def _candidates(claim: Claim, base: FactBase) -> list[Fact]:
    measures = _MEASURES.get(claim.indicator or "", ())
    return [
        f
        for f in base.fact_candidates(claim.parties, measures, None, None)
        if _same_parties(claim, f.parties, base)
        and (not measures or f.measure in measures)
        and _same_direction(claim, f)
    ]


def _judge(
    name: Literal["amount", "change"],
    claimed: Interval,
    label: str,
    facts: list[tuple[Fact, Interval]],
    claim: Claim,
) -> Part:
    """One part of a claim against the facts that state it, for its period or another."""
    same = [(f, stated) for f, stated in facts if _same_period(claim, f)]
    fitting = [
        f for f, stated in facts if (f, stated) not in same and relation(stated, claimed) != "rules_out"
    ]
    if same:
        relations = {f.id: relation(stated, claimed) for f, stated in same}
        verdict = weigh(relations.values())
        reasons = [_reason(f, name, relations[f.id], claim) for f, _ in same]
        if verdict == "contradicted" and fitting:
            # Ruled out for its own period, but the figure is another period's: say which.
            reasons.append("it fits " + "; ".join(_describe(f, name) for f in fitting))
            evidence = tuple(fitting) + tuple(f for f, _ in same)
            return Part(name, label, "period_mismatch", "; ".join(reasons), evidence, ())
        return Part(name, label, verdict, "; ".join(reasons), tuple(f for f, _ in same), ())
    if fitting:
        reason = "fits a figure for another period or basis: " + "; ".join(
            _describe(f, name) for f in fitting
        )
        return Part(name, label, "period_mismatch", reason, tuple(fitting), ())
    others = tuple(f for f, _ in facts)
    reason = "the base states this for other periods only" if others else "the base states nothing on this"
    return Part(name, label, "not_found", reason, others, ())


def _reason(fact: Fact, name: str, found: Relation, claim: Claim) -> str:
    """What one source says of a part: its figure, how it bears on the claim, and by how much it
    differs when it rules the claim out, or its own qualifier when that must be quoted."""
    text = f"{_describe(fact, name)}: {_WORDS[found]}"
    stated, qualifier = (
        (fact.change_pct, fact.change_qualifier) if name == "change" else (fact.value, fact.qualifier)
    )
    claimed = claim.change_pct if name == "change" else claim.value
    if found == "rules_out" and stated is not None and claimed is not None:
        delta = claimed - stated
        unit = "percent" if name == "change" else fact.unit
        share = f", {delta / stated:+.0%}".replace("-", "−") if stated and name != "change" else ""
        text += f", by {'+' if delta > 0 else '−'}{format_amount(abs(delta), unit)}{share}"
    elif found == "backs" and qualifier not in ("exact", claim.qualifier_of(name)):
        text += f"; the source's qualifier is '{qualifier}': quote it with the figure"
    return text


_WORDS: dict[Relation, str] = {
    "backs": "backs the claim",
    "consistent": "consistent, but states less than the claim",
    "rules_out": "rules the claim out",
}


def _amount(claim: Claim, candidates: list[Fact]) -> Part | None:
    if claim.value is None or claim.unit is None:
        return None
    facts = [
        (f, interval(f.value, f.qualifier))
        for f in candidates
        if f.value is not None and f.unit == claim.unit
    ]
    label = format_amount(claim.value, claim.unit, claim.qualifier)
    claimed = Interval(claim.value, claim.value) if claim.exactly else interval(claim.value, claim.qualifier)
    return _judge("amount", claimed, label, facts, claim)


def _change(claim: Claim, candidates: list[Fact]) -> Part | None:
    if claim.change_pct is None:
        return None
    qualifier = claim.qualifier_of("change")
    facts = [(f, interval(f.change_pct, f.change_qualifier)) for f in candidates if f.change_pct is not None]
    label = format_change(claim.change_pct, qualifier)
    return _judge("change", interval(claim.change_pct, qualifier), label, facts, claim)


def _targets(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    targets = tuple(t for t in base.targets.values() if _same_parties(claim, t.parties, base))
    if not targets or claim.value is None or claim.unit is None:
        return (Part("target", "a target", "not_found", "the base has no target for these parties", (), ()),)
    claimed = interval(claim.value, claim.qualifier)
    relations = {t.id: relation(interval(t.value, t.qualifier), claimed) for t in targets}
    reasons = "; ".join(
        f"the stated target is {format_amount(t.value, t.unit, t.qualifier)} ({t.id}): "
        f"{_WORDS[relations[t.id]]}"
        for t in targets
    )
    label = format_amount(claim.value, claim.unit, claim.qualifier)
    parts = [Part("target", label, weigh(relations.values()), reasons, (), targets)]
    if claim.deadline is not None:
        parts.append(_deadline(claim.deadline, targets))
    return tuple(parts)


def _deadline(year: int, targets: tuple[Target, ...]) -> Part:
    """A deadline the claim gives: backed only by a target that states the same year ("2030" and
    "2030-12-31" alike)."""
    from otg_cli.partial_dates import year as year_of

    stated = [t for t in targets if t.deadline is not None]
    label = f"by {year}"
    if not stated:
        return Part("deadline", label, "not_established", "no source states a deadline", (), targets)
    same = [t for t in stated if year_of(t.deadline) == year]
    verdict: Verdict = "supported" if same else "contradicted"
    reason = "; ".join(f"deadline {t.deadline} ({t.id})" for t in stated)
    return Part("deadline", label, verdict, reason, (), tuple(stated))


def _not_established(parts: tuple[Part, ...], verdict: Verdict, why: str) -> tuple[Part, ...]:
    """The parts, those with `verdict` made not_established, their reason put into `why`."""
    return tuple(
        p._replace(verdict="not_established", reason=why.format(p.reason)) if p.verdict == verdict else p
        for p in parts
    )


def unreadable(text: str, why: str) -> Result:
    """The verdict on a claim otg cannot place: nothing is compared, and `why` says what was missing."""
    claim = Claim(text, (), None, None, None, None, "exact", None)
    return Result("unreadable", claim, (), (), why, False, ())


def verify(claim: Claim, base: FactBase) -> Result:
    """Every part of the claim checked; the claim's verdict is its weakest part's."""
    if claim.indicator == "target":
        parts = _targets(claim, base)
    else:
        candidates = _candidates(claim, base)
        parts = tuple(p for p in (_amount(claim, candidates), _change(claim, candidates)) if p is not None)
    found = [p for p in parts if p.verdict != "not_found"]
    if found and len(found) < len(parts):
        # A part no source states, beside parts that are stated: the claim asserts more than the base.
        parts = _not_established(parts, "not_found", "no source states it ({})")
    if claim.indicator is None:
        # The figure matched, but the claim does not say what it measures: it cannot be backed.
        parts = _not_established(parts, "supported", "the claim does not say what it measures; {}")
    verdict = weakest(p.verdict for p in parts)
    facts = tuple(dict.fromkeys(f for p in parts for f in p.facts))
    targets = tuple(dict.fromkeys(t for p in parts for t in p.targets))
    disagree = any(base.disagreements.get(f.id) for f in facts) or verdict == "conflicting"
    explanation = "; ".join(
        f"{p.name} {p.claimed}: {p.verdict.replace('_', ' ')} ({p.reason})" for p in parts
    )
    return Result(verdict, claim, facts, targets, explanation, disagree, parts)

"""A claim about part of a whole the sources state only as a whole: Turkey's part of an OTS total,
Kazakhstan and Turkmenistan of a route through Iran. Never supported, since no source states the
part; contradicted where the part would be more than the whole; period_mismatch where the claim
gives the whole's own figure for another period.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from otg_cli.claims import Claim
from otg_cli.figure_checks import (
    MEASURES,
    claim_parties,
    described,
    same_direction,
    same_number,
    same_period,
    stated_amounts,
    stated_changes,
)
from otg_cli.figures import Interval
from otg_cli.models import Fact, FactBase
from otg_cli.reasons import Figure, Parties, Reason, reason
from otg_cli.verify import Part


def _members(parties: Sequence[str], base: FactBase) -> set[str]:
    """The countries a set of parties covers, its groups' members included."""
    covered = {p for p in parties if p not in base.groups}
    for party in parties:
        if party in base.groups:
            covered |= {m.country for m in base.groups[party].members}
    return covered


def broader(claim: Claim, base: FactBase) -> list[Fact]:
    """Facts for a whole the claim's parties are part of: Turkey's part of an OTS total, Uzbekistan
    alone of "Turkey and Uzbekistan", Kazakhstan's trade with the OTS of the OTS's mutual trade."""
    measures = MEASURES.get(claim.indicator or "", ())
    if not measures or not any(p not in base.groups for p in claim.parties):
        return []  # a group's own figure ("Turkic states' trade") is no part of a pair's
    named = claim_parties(claim, base)
    covered = _members(tuple(named), base)
    return [
        f
        for f in base.facts.values()
        if f.measure in measures
        and f.sector == claim.sector
        and set(f.parties) != named
        and covered <= _members(f.parties, base)
        and same_direction(claim, f)
    ]


def part_of_whole(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    """The claim against figures for a whole its parties are part of: never supported (no source
    states the part); contradicted where the claimed part is more than the whole; a period
    mismatch where it gives the whole's own figure for another period (a ten months' freight on a
    route through three countries quoted for two of them and a year)."""
    facts = broader(claim, base)
    countries = tuple(p for p in claim.parties if p not in base.groups)
    if not facts and countries != claim.parties:
        # "Turkey alone ... of Kazakhstan's trade with Turkic countries": the group is the context.
        claim = claim._replace(parties=countries)
        facts = broader(claim, base)
    stated = [f for f in facts if same_period(claim, f)]
    if not stated:
        # Only a whole that names its countries (a route through three): a group's figure for
        # another period is another point on two counts.
        return _whole_elsewhere(claim, [f for f in facts if not set(f.parties) & set(base.groups)])
    parts = []
    if claim.value is not None and claim.unit is not None:
        amounts = stated_amounts(stated, claim.unit)
        label = reason("claimed.amount", amount=claim.amount_said())
        parts.append(_whole("amount", label, _asserted(claim, "amount"), amounts, claim, base))
    if claim.change_pct is not None:
        label = reason("claimed.change", change=claim.change_said())
        claimed = _asserted(claim, "change")
        parts.append(_whole("change", label, claimed, stated_changes(stated), claim, base))
    return tuple(p for p in parts if p is not None)


def _whole_elsewhere(claim: Claim, facts: list[Fact]) -> tuple[Part, ...]:
    """The parts of a claim that give the figure of a whole for another period: period_mismatch."""
    labels: list[tuple[Literal["amount", "change"], Reason]] = []
    if claim.value is not None and claim.unit is not None:
        amount = claim.amount_said()
        labels.append(("amount", reason("claimed.amount", amount=amount)))
    if claim.change_pct is not None:
        change = claim.change_said()
        labels.append(("change", reason("claimed.change", change=change)))
    parts = []
    for name, label in labels:
        fitting = tuple(f for f in facts if same_number(f, name, claim))
        if fitting:
            why = reason("whole.other_period", figures=described(fitting, name))
            parts.append(Part(name, label, "period_mismatch", why, fitting, ()))
    return tuple(parts)


def _whole(
    name: Literal["amount", "change"],
    label: Reason,
    claimed: Interval,
    wholes: list[tuple[Fact, Interval]],
    claim: Claim,
    base: FactBase,
) -> Part | None:
    if not wholes:
        return None
    # A part cannot exceed its whole, for amounts that add up (not a share or a growth rate).
    additive = name == "amount" and claim.unit != "percent"
    exceeds = additive and all(claimed.low > stated.high for _, stated in wholes)
    said = tuple(
        reason("whole.figure", figure=Figure(f, name), parties=Parties(f.parties)) for f, _ in wholes
    )
    if exceeds:
        why = reason("whole.exceeded", figures=said)
        return Part(name, label, "contradicted", why, tuple(f for f, _ in wholes), ())
    why = reason("whole.only_whole", figures=said)
    return Part(name, label, "not_established", why, tuple(f for f, _ in wholes), ())


def _asserted(claim: Claim, part: str) -> Interval:
    """What the claim asserts of a part it states, as a whole's figure is weighed against it."""
    found = claim.asserted(part)
    assert found is not None
    return found

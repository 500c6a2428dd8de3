"""A claim that states its parties the other way round: a balance from the other side (B's
balance with A is minus A's with B), or a one-way measure (a list one side offered the other)."""

from __future__ import annotations

from otg_cli.claims import Claim
from otg_cli.figure_checks import MEASURES, ONE_WAY, candidates_of
from otg_cli.models import FactBase
from otg_cli.reasons import Figure, reason
from otg_cli.verify import Part


def mirrored(claim: Claim) -> Claim | None:
    """A balance stated from the other side: B's balance with A is minus A's balance with B."""
    if claim.indicator != "trade_balance" or len(claim.parties) != 2:
        return None
    swapped = {"deficit": "surplus", "surplus": "deficit"}.get(claim.direction or "", claim.direction)
    value = None if claim.value is None else -claim.value
    if claim.value_high is not None and value is not None:
        # A range turned over: −5 to −4 of "4 to 5".
        value, high = -claim.value_high, value
        return claim._replace(parties=claim.parties[::-1], value=value, value_high=high, direction=swapped)
    return claim._replace(parties=claim.parties[::-1], value=value, direction=swapped)


def reversed_parties(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    """A directional claim the sources state the other way round ("Uzbekistan offered Kazakhstan
    a list" where Kazakhstan offered it): contradicted by those facts."""
    if len(claim.parties) != 2 or not set(MEASURES.get(claim.indicator or "", ())) & ONE_WAY:
        return ()
    turned = claim._replace(parties=claim.parties[::-1])
    facts = candidates_of(turned, base)
    if not facts:
        return ()
    said = tuple(reason("figure.direction", figure=Figure(f), way=" → ".join(f.parties)) for f in facts)
    label = reason("claimed.way", way=" → ".join(claim.parties))
    why = reason("sides.other_way", figures=said)
    return (Part("parties", label, "contradicted", why, tuple(facts), ()),)

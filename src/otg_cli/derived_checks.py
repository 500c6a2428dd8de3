"""A claimed figure no source states but that follows from two that do (imports = turnover −
exports for the same parties and period, as `otg derived` computes it): never `supported`, since
no source states it. Consistent with the values the two stated figures leave for it, it is
`not_established`; outside them, `contradicted`; either way the part cites the stated figures it
follows from, and says they are otg's arithmetic."""

from __future__ import annotations

from otg_cli.claims import Claim
from otg_cli.figures import Interval
from otg_cli.models import Fact, FactBase
from otg_cli.reasons import Amount, Reason, Value, reason
from otg_cli.verify import Part, relation

#: The reason codes of such a part (phrases/LANG.toml).
DERIVED_REASONS = frozenset({"figure.derived", "figure.derived_rules_out"})


def derived_amount(
    claim: Claim, label: Reason, claimed: Interval, changes: list[Fact], base: FactBase
) -> Part | None:
    """The amount part of a claim about a derived figure, or None where the base derives none for
    the claim's parties, direction, sector and period. `changes` are the facts that state only
    the figure's change (cited beside the ones it follows from)."""
    from otg_cli.derived import allowed_range, implied_figures
    from otg_cli.figure_checks import HOME, MEASURES, claim_parties, described, same_period

    measures = MEASURES.get(claim.indicator or "", ())
    parties = claim_parties(claim, base)
    if claim.indicator == "exports" and claim.parties[1:2] == (HOME,):
        # A partner's exports to Kazakhstan are, seen from Kazakhstan, its imports from the partner.
        claim, measures = claim._replace(parties=claim.parties[::-1]), ("imports",)
    for found in implied_figures(base):
        facts = tuple(base.facts[i] for i in found.from_facts)
        if (
            found.measure not in measures
            or found.unit != claim.unit
            or set(found.parties) != parties
            or (len(claim.parties) >= 2 and claim.parties[0] != found.parties[0])  # whose imports
            or facts[0].sector != claim.sector
            or not same_period(claim, facts[0])
        ):
            continue
        allows = allowed_range(found, base)
        ruled_out = relation(allows, claimed) == "rules_out"
        said: dict[str, Value] = {
            "figures": described(facts),
            "amount": Amount(found.value, found.unit, found.qualifier),
            "low": Amount(allows.low, found.unit),
            "high": Amount(allows.high, found.unit),
        }
        why = reason("figure.derived_rules_out", **said) if ruled_out else reason("figure.derived", **said)
        evidence = (*facts, *(f for f in changes if f not in facts))
        return Part("amount", label, "contradicted" if ruled_out else "not_established", why, evidence, ())
    return None

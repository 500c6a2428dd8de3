"""A sentence giving one figure for each of several partners, read as one claim per partner.

"Kazakhstan traded $4.9bn with Turkey and $2bn with Kyrgyzstan in 2025" and "товарооборот
Казахстана с Узбекистаном составил 4,3 млрд, с Кыргызстаном — 2 млрд долларов" each state two
points: the n-th partner named goes with the n-th amount. Each point keeps the claim's measure,
period and sector, and is checked on its own; the claim is only as good as its weakest.
"""

from __future__ import annotations

from otg_cli.claim_amounts import amounts
from otg_cli.claims import Claim, qualifier_between, spelt
from otg_cli.figure_checks import HOME
from otg_cli.lexicon import readable
from otg_cli.models import FactBase


def split(claim: Claim, base: FactBase) -> tuple[Claim, ...]:
    """One claim per partner where the claim gives as many amounts as partners (two or more);
    () where it does not (a claim about one pair, or about a group's total)."""
    partners = [p for p in claim.parties if p != HOME and p not in base.groups]
    if len(partners) < 2 or claim.value is None or claim.change_pct is not None or claim.item_count:
        return ()
    if claim.indicator in (None, "target"):
        return ()
    text = spelt(readable(claim.text))
    found = [a for a in amounts(text) if a.unit == claim.unit and a.strong]
    if len(found) != len(partners):
        return ()
    claims = []
    for index, (partner, amount) in enumerate(zip(partners, found, strict=True)):
        start = found[index - 1].at[1] if index else 0
        end = found[index + 1].at[0] if index + 1 < len(found) else len(text)
        parties = tuple(p for p in claim.parties if p not in partners or p == partner)
        qualifier = qualifier_between(text, amount.at, start, end)
        claims.append(claim._replace(parties=parties, value=amount.value, qualifier=qualifier))
    return tuple(claims)

"""Claims that compare or add figures: a ranking ("largest partner"), a comparison ("more than it
received", "twice as much", "faster than") or a sum ("combined", "вместе", "жиыны").

Such a claim asserts a relation between figures, not a figure: however well its own figure fits,
the relation is a point of its own. otg checks the one relation the sources let it check honestly,
a ranking of partners by figures stated for the same indicator and period: a partner whose figure
lies wholly above the claimed first one rules the ranking out. Any other comparison or sum is
arithmetic no source states, so the part is at best `not_established`: otg never calls a
comparison or a sum supported. The words are the lexicon's [comparisons] table (rank, than, sum).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal

from otg_cli.claims import Claim
from otg_cli.figure_checks import HOME, MEASURES, described, same_period, stated_amounts
from otg_cli.models import Fact, FactBase
from otg_cli.reasons import reason
from otg_cli.verify import Part, Result, explained

if TYPE_CHECKING:
    import datetime

Kind = Literal["rank", "than", "sum"]
KINDS: tuple[Kind, ...] = ("rank", "than", "sum")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    from otg_cli.lexicon import word_lists

    return word_lists("comparisons")


def comparison_kind(text: str) -> Kind | None:
    """Whether the claim ranks, compares or adds figures, by the lexicon's words (word starts)."""
    from otg_cli.text import fold, starts_a_word

    folded = fold(text)
    return next((kind for kind in KINDS if starts_a_word(folded, _words().get(kind, ()))), None)


def comparison_part(claim: Claim, base: FactBase) -> Part | None:
    """The part of a claim that ranks, compares or adds figures, or None when it does none."""
    kind = comparison_kind(claim.text)
    if kind is None:
        return None
    ranked = _rank(claim, base) if kind == "rank" else None
    if ranked is not None:
        return ranked
    why = reason(f"comparison.{kind}.uncomputed")
    return Part("detail", reason(f"claimed.{kind}"), "not_established", why, (), ())


def _partner_figures(claim: Claim, base: FactBase) -> dict[str, list[Fact]]:
    """Kazakhstan's figures with each single partner, for the claim's indicator and period."""
    measures = MEASURES.get(claim.indicator or "turnover", ())
    groups = [base.groups[p] for p in claim.parties if p in base.groups]
    members = {m.country for g in groups for m in g.members} if groups else None
    found: dict[str, list[Fact]] = {}
    for fact in base.fact_candidates((HOME,), measures, None, None):
        partners = set(fact.parties) - {HOME}
        if fact.measure not in measures or HOME not in fact.parties or len(partners) != 1:
            continue
        partner = partners.pop()
        if partner in base.groups or (members is not None and partner not in members):
            continue
        if fact.sector is None and fact.value is not None and same_period(claim, fact):
            found.setdefault(partner, []).append(fact)
    return found


def _rank(claim: Claim, base: FactBase) -> Part | None:
    """A partner claimed first against every partner's figure for the same indicator and period."""
    named = [p for p in claim.parties if p != HOME and p not in base.groups]
    if len(named) != 1 or claim.period is None:
        return None
    figures = _partner_figures(claim, base)
    first = figures.get(named[0])
    if not first:
        return None
    units = {f.unit for f in first}
    highest = max(s.high for f in first for _, s in stated_amounts([f], f.unit))
    above = [
        f
        for partner, facts in figures.items()
        if partner != named[0]
        for f, stated in stated_amounts([x for x in facts if x.unit in units], next(iter(units)))
        if stated.low > highest
    ]
    if above:
        why = reason("comparison.larger", figures=described([*above, *first]))
        return Part("detail", reason("claimed.rank"), "contradicted", why, (*above, *first), ())
    every = tuple(f for facts in figures.values() for f in facts)
    why = reason("comparison.none_larger", figures=described(every))
    return Part("detail", reason("claimed.rank"), "not_established", why, every, ())


def compared_without_figure(text: str, base: FactBase, as_of: datetime.date | None) -> Result | None:
    """A claim that ranks, compares or adds figures without giving one ("Uzbekistan was
    Kazakhstan's largest partner in 2025", "put more into OTS economies than it received"):
    the relation against the figures stated for its parties, indicator and period."""
    if comparison_kind(text) is None:
        return None
    from otg_cli.claim_periods import find_period
    from otg_cli.claims import find_indicator
    from otg_cli.countries import find_parties
    from otg_cli.figure_checks import candidates_of

    claim = Claim(
        text,
        find_parties(text, base),
        find_indicator(text),
        find_period(text, as_of),
        None,
        None,
        "exact",
        None,
    )
    part = comparison_part(claim, base)
    if part is None or not claim.parties:
        return None
    if not part.facts:
        facts = tuple(f for f in candidates_of(claim, base) if same_period(claim, f))
        if not facts:
            return None
        part = part._replace(
            facts=facts, reason=reason("comparison.figures", reason=part.reason, figures=described(facts))
        )
    return Result(part.verdict, claim, part.facts, (), explained((part,)), False, (part,))

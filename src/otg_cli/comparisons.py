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
from otg_cli.verify import Part, Result, Verdict, explained

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
    if claim.sector is not None:
        # Figures of the whole trade say nothing of one sector's ("нефтепродуктов").
        return Part(
            "detail",
            reason(f"claimed.{kind}"),
            "not_established",
            reason(f"comparison.{kind}.uncomputed"),
            (),
            (),
        )
    computed = _rank(claim, base) if kind == "rank" else _than(claim, base) if kind == "than" else None
    if computed is not None:
        return computed
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
    if len(named) == 2 and (sides := _compared(claim, base)) is not None and not sides[2]:
        named = [sides[0]]  # "Uzbekistan was the biggest partner, ahead of Turkey": Uzbekistan's rank
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
    if _first_of_every_member(claim, named[0], figures, base):
        why = reason("comparison.first_of_all", figures=described(every))
        return Part("detail", reason("claimed.rank"), "supported", why, every, ())
    why = reason("comparison.none_larger", figures=described(every))
    return Part("detail", reason("claimed.rank"), "not_established", why, every, ())


def _first_of_every_member(claim: Claim, first: str, figures: dict[str, list[Fact]], base: FactBase) -> bool:
    """Whether a partner is first among a group's members the claim names ("the largest partner
    in the OTS"): every other member has a figure for the period and the partner's lowest stated
    value lies above all of theirs. A ranking with no group, or with a member whose figure no
    source states, is no ranking the sources make."""
    groups = [base.groups[p] for p in claim.parties if p in base.groups]
    if len(groups) != 1:
        return False
    members = {m.country for m in groups[0].members if m.role == "member"} - {HOME, first}
    if not members or not members <= figures.keys():
        return False
    unit = figures[first][0].unit
    lowest = _ends(figures[first], unit)[0]
    return all(_ends(figures[m], unit)[1] < lowest for m in members)


def _ends(facts: list[Fact], unit: str) -> tuple[float, float]:
    """The lowest and highest values the facts allow between them (sources that disagree widen it)."""
    ranges = [stated for _, stated in stated_amounts(facts, unit)]
    if not ranges or len(ranges) != len(facts):
        return float("-inf"), float("inf")
    return min(r.low for r in ranges), max(r.high for r in ranges)


def _than(claim: Claim, base: FactBase) -> Part | None:
    """Two partners compared ("trade with Turkey outpaced trade with Uzbekistan", "с Турцией
    больше, чем с Узбекистаном", "Өзбекстанға қарағанда Түркиямен көп") by the figures stated for
    both, for the claim's indicator and period: the comparison holds where every value one
    allows lies on the claimed side of every value the other allows, is ruled out where every
    value lies on the other side, and is not established where they overlap."""
    sides = _compared(claim, base)
    if sides is None or claim.period is None:
        return None
    subject, reference, less = sides
    figures = _partner_figures(claim, base)
    if subject not in figures or reference not in figures:
        return None
    unit = figures[subject][0].unit
    (low, high), (other_low, other_high) = _ends(figures[subject], unit), _ends(figures[reference], unit)
    if less:
        low, high, other_low, other_high = other_low, other_high, low, high
    verdict: Verdict = "not_established"
    if low > other_high or high < other_low:
        verdict = "supported" if low > other_high else "contradicted"
    facts = (*figures[subject], *figures[reference])
    why = reason(f"comparison.than.{verdict}", figures=described(facts))
    return Part("detail", reason("claimed.than"), verdict, why, facts, ())


def _compared(claim: Claim, base: FactBase) -> tuple[str, str, bool] | None:
    """(the partner said to be larger or smaller, the one it is compared with, whether smaller)
    for a claim naming two partners and a comparing word: the one named after the word ("than
    Uzbekistan", "чем с Узбекистаном") or, in Kazakh, just before it ("Өзбекстанға қарағанда")
    is the one compared with. None for a multiple ("twice as"), which no check computes."""
    from otg_cli.countries import named_parties
    from otg_cli.lexicon import claim_readable
    from otg_cli.statements import normalized
    from otg_cli.text import find_words, starts_a_word

    text = normalized(claim_readable(claim.text))
    if starts_a_word(text, _words().get("multiple", ())):
        return None
    spans = [(at, code) for at, code in named_parties(text, base) if code in base.countries and code != HOME]
    partners = list(dict.fromkeys(code for _, code in spans))
    at = next(iter(find_words(text, _words().get("than", ()))), None)
    if len(partners) != 2 or at is None:
        return None
    after = [code for span, code in spans if span.start >= at[0]]
    before = [code for span, code in spans if span.stop <= at[0]]
    reference = after[0] if after else before[-1] if before else None
    if reference is None:
        return None
    subject = next(p for p in partners if p != reference)
    return subject, reference, starts_a_word(text, _words().get("less", ()))


def compared_without_figure(text: str, base: FactBase, as_of: datetime.date | None) -> Result | None:
    """A claim that ranks, compares or adds figures without giving one ("Uzbekistan was
    Kazakhstan's largest partner in 2025", "put more into OTS economies than it received"):
    the relation against the figures stated for its parties, indicator and period."""
    if comparison_kind(text) is None:
        return None
    from otg_cli.claim_periods import find_deadline, find_period
    from otg_cli.claims import find_indicator, find_sector
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
        deadline=find_deadline(text),
        sector=find_sector(text),
    )
    part = comparison_part(claim, base)
    if part is None or not claim.parties:
        return None
    if not part.facts:
        partners = [p for p in claim.parties if p != HOME and p in base.countries]
        pairs = [claim._replace(parties=(HOME, p)) for p in partners] if len(partners) > 1 else [claim]
        found = list(dict.fromkeys(f for pair in pairs for f in candidates_of(pair, base)))
        # With no period of its own, the figures of every period: none of them ranks the partners.
        facts = tuple(f for f in found if same_period(claim, f))
        facts = facts or (tuple(found) if claim.period is None else ())
        if not facts:
            return None
        part = part._replace(
            facts=facts, reason=reason("comparison.figures", reason=part.reason, figures=described(facts))
        )
    from otg_cli.verify import weakest, with_deadline

    parts = with_deadline((part,), claim.deadline)
    verdict = weakest(p.verdict for p in parts)
    return Result(verdict, claim, part.facts, (), explained(parts), False, parts)

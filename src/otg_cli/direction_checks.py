"""Which way a claim says a figure moved without a percentage ("narrowed to $4.8 bn", "экспорт
сократился"), or the sign of a balance it gives no figure for ("ran a deficit"): against the
change, sign or words of the facts for its period.
"""

from __future__ import annotations

from otg_cli.claims import Claim
from otg_cli.figure_checks import described, same_period
from otg_cli.models import Fact, FactBase
from otg_cli.reasons import Figure, Reason, joined, reason
from otg_cli.verify import Part, Relation, weigh


def direction(claim: Claim, candidates: list[Fact], base: FactBase) -> Part | None:
    """Which way the claim says a figure moved, without a percentage ("narrowed", "сократился"):
    against the sign of the change the sources state for its period; never backed where none does."""
    if claim.direction is None:
        return None
    if claim.direction in ("deficit", "surplus"):
        return _sign(claim, candidates)
    label = reason("claimed.rise" if claim.direction == "up" else "claimed.fall")
    moved = {f: _moved(f) for f in candidates if same_period(claim, f)}
    stated = [f for f, way in moved.items() if way is not None]
    if not stated:
        facts = tuple(candidates)
        if not facts:  # nothing at all for these parties and this measure
            return Part("change", label, "not_found", reason("base.nothing"), (), ())
        within = [f for f in facts if _within(claim, f) and _moved(f) is not None]
        if within:
            # "Grew over the whole of last year" where the source states January–October: the
            # part of the year as the year.
            partly = joined([reason("figure", figure=Figure(f, "change")) for f in within])
            return Part("change", label, "period_mismatch", partly, tuple(within), ())
        return Part("change", label, "not_established", reason("direction.unstated"), facts, ())
    relations: list[Relation] = ["backs" if moved[f] == claim.direction else "rules_out" for f in stated]
    if "rules_out" not in relations and _says_more(claim, stated, base):
        # "экспорт товаров с высокой добавленной стоимостью растёт": of goods no source names.
        relations = ["consistent" for _ in relations]
    said: list[Reason] = [
        reason("figure", figure=Figure(f, "change"))
        if f.change_pct is not None
        else reason("quoted", quote=f.citations[0].quote, id=f.id)
        for f in stated
    ]
    return Part("change", label, weigh(relations), joined(said), tuple(stated), ())


def _within(claim: Claim, fact: Fact) -> bool:
    """Whether a fact's period is a part of the claim's (January–October within 2025)."""
    period, stated = claim.period, fact.period
    if period is None or stated.start is None or stated.end is None:
        return False
    inside = period.start <= stated.start and stated.end <= period.end
    return inside and (stated.start, stated.end) != (period.start, period.end)


def _says_more(claim: Claim, facts: list[Fact], base: FactBase) -> bool:
    """Whether a claim of a rise or fall has words no fact it is read against states, nor figure
    words, nor a person's name: a detail of what rose ("высокой добавленной стоимостью")."""
    from otg_cli.comparisons import comparison_kind
    from otg_cli.figure_checks import unplaced_words
    from otg_cli.statements import is_a_person

    if claim.value is not None or comparison_kind(claim.text) is not None:
        return False  # a figure, or a comparison ("grew faster than turnover"), is checked as such
    from otg_cli.countries import find_parties

    def placed(word: str) -> bool:  # a person, a country or group ("Kazakh"), named as such
        return is_a_person(word, base) or bool(find_parties(word, base, misspelt=False))

    return all([w for w in unplaced_words(claim.text, f) if not placed(w)] for f in facts)


def _moved(fact: Fact) -> str | None:
    """Which way a fact says its figure moved: the sign of its change, or where it states none,
    the words of a quote that gives this one figure only ("Сауда балансы 4,8 млрд АҚШ долларына
    дейін жақсарып": up). Not for a deficit, whose "narrowed" is a rise of the balance."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.claims import percent_is, spelt

    if fact.change_pct is not None:
        return None if fact.change_pct == 0 else "up" if fact.change_pct > 0 else "down"
    if fact.value is None or fact.value < 0:
        return None
    quotes = [spelt(c.quote) for c in fact.citations]
    said = {percent_is(q) for q in quotes if len(amounts(q)) == 1} - {None, "share"}
    return said.pop() if len(said) == 1 else None


def _sign(claim: Claim, candidates: list[Fact]) -> Part:
    """A balance the claim calls a deficit or a surplus, against the sign of the stated balance."""
    stated = [f for f in candidates if f.value is not None and f.value != 0 and same_period(claim, f)]
    label = reason(f"claimed.{claim.direction}")
    if not stated:
        return Part("amount", label, "not_found", reason("direction.no_balance"), (), ())
    surplus = claim.direction == "surplus"
    relations: list[Relation] = ["backs" if ((f.value or 0) > 0) == surplus else "rules_out" for f in stated]
    why = reason("figures", figures=described(stated))
    return Part("amount", label, weigh(relations), why, tuple(stated), ())

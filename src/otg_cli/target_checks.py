"""Checking a claimed target ("намерены довести товарооборот до $10 млрд к 2030 году"): its amount
against the targets stated for the same parties, and a deadline only a target stating the same
year backs (a deadline no source gives is not established).
"""

from __future__ import annotations

from otg_cli.claims import Claim, denied
from otg_cli.figure_checks import WORDS, same_parties
from otg_cli.figures import Interval, as_worded
from otg_cli.meetings import Target
from otg_cli.models import FactBase
from otg_cli.reasons import Amount, joined, reason
from otg_cli.verify import Part, Verdict, relation, same_sentence, weigh


def check_target(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    """A claimed target against the targets stated for the same parties, and its deadline."""
    targets = tuple(t for t in base.targets.values() if same_parties(claim, t.parties, base))
    if not targets or claim.value is None or claim.unit is None:
        why = reason("target.none_for_parties")
        return (Part("target", reason("claimed.a_target"), "not_found", why, (), ()),)
    claimed = claim.asserted("amount")
    assert claimed is not None
    relations = {t.id: relation(_aimed_at(t), claimed) for t in targets}
    reasons = joined(
        [
            reason(
                "target.stated",
                amount=Amount(t.value, t.unit, t.qualifier),
                id=t.id,
                relation=WORDS[relations[t.id]],
            )
            for t in targets
        ]
    )
    label = reason("claimed.amount", amount=claim.amount_said())
    verdict = weigh(relations.values())
    if verdict == "supported" and denied(claim.text):
        # "Did not agree to raise trade to $1bn": the sources state that very target.
        verdict, label = "contradicted", reason("claimed.not", claimed=label)
    # The same sentence recorded as an agreement ("намерены довести ... до $10 млрд") is cited too.
    parts = [Part("target", label, verdict, reasons, (), targets, same_sentence(targets, base))]
    if said_met(claim.text):
        parts.append(_met(claim, targets, base))
    if claim.deadline is not None:
        parts.append(_deadline(claim.deadline, targets))
    elif claim.within_years is not None:
        # "within five years": a deadline of the claim's own, which no target states in years.
        label = reason("claimed.within_years", years=claim.within_years)
        why = reason("target.no_deadline")
        parts.append(Part("deadline", label, "not_established", why, (), targets))
    return tuple(parts)


def said_met(text: str) -> bool:
    """Whether a claim says a target has been met ("have already hit their $10bn target"; the
    lexicon's [target_met])."""
    from otg_cli.statements import claim_folded, words_of
    from otg_cli.text import find_words

    return bool(find_words(claim_folded(text), words_of("target_met", "words")))


def _met(claim: Claim, targets: tuple[Target, ...], base: FactBase) -> Part:
    """A target said to be met, against the turnover the sources state for its parties: ruled out
    where no stated figure can reach the target, backed where one must; else no source says so."""
    from otg_cli.comparisons import allowed
    from otg_cli.figure_checks import described

    label = reason("claimed.target_met")
    facts = tuple(
        f
        for f in base.fact_candidates(targets[0].parties, ("turnover",), None, None)
        if f.measure == "turnover" and f.sector is None and same_parties(claim, f.parties, base)
    )
    goal = min(_aimed_at(t).low for t in targets)
    stated = [(f, allowed((f,), base)) for f in facts]
    reached = [f for f, values in stated if values is not None and values.low >= goal]
    short = [f for f, values in stated if values is not None and values.high < goal]
    if reached:
        return Part(
            "status",
            label,
            "supported",
            reason("target.met", figures=described(reached)),
            tuple(reached),
            targets,
        )
    if facts and len(short) == len(facts):
        why = reason("target.not_met", figures=described(short))
        return Part("status", label, "contradicted", why, tuple(short), targets)
    return Part("status", label, "not_established", reason("target.met_unstated"), facts, targets)


def _aimed_at(target: Target) -> Interval:
    """The values a stated target allows: a goal is the very number it names ("довести до $10
    млрд" is $10 bn, which a claimed $13 bn or $0.6 bn rules out), unless its words bound it."""
    return as_worded(target.value, target.qualifier)


def _deadline(year: int, targets: tuple[Target, ...]) -> Part:
    """A deadline the claim gives: backed only by a target that states the same year ("2030" and
    "2030-12-31" alike)."""
    from otg_cli.partial_dates import year as year_of

    stated = [t for t in targets if t.deadline is not None]
    label = reason("claimed.by_year", year=str(year))
    if not stated:
        return Part("deadline", label, "not_established", reason("target.no_deadline"), (), targets)
    same = [t for t in stated if year_of(t.deadline) == year]
    verdict: Verdict = "supported" if same else "contradicted"
    why = joined([reason("target.deadline", deadline=str(t.deadline), id=t.id) for t in stated])
    return Part("deadline", label, verdict, why, (), tuple(stated))

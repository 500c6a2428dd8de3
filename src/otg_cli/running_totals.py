"""A claim over years against a running total whose start no source gives ("казахстанские
инвестиции ... достигли порядка 5 млрд долларов"): such a total covers any span ending when it does."""

from __future__ import annotations

from typing import Literal

from otg_cli.claims import Claim
from otg_cli.figure_checks import described
from otg_cli.figures import Interval
from otg_cli.models import Fact
from otg_cli.reasons import Reason, reason
from otg_cli.verify import Part


def running(facts: list[tuple[Fact, Interval]], claim: Claim) -> list[tuple[Fact, Interval]]:
    """For a claim that calls its figure a running total ("all told", "в общей сложности",
    "жиынтық": the lexicon's [spans] running words), the facts stated as one, where any is."""
    from otg_cli.lexicon import word_lists
    from otg_cli.text import fold, starts_a_word

    if not starts_a_word(fold(claim.text), word_lists("spans").get("running", ())):
        return facts
    return [pair for pair in facts if pair[0].period.basis == "cumulative"] or facts


def unstarted_total(
    name: Literal["amount", "change"],
    claimed: Interval,
    label: Reason,
    facts: list[tuple[Fact, Interval]],
    claim: Claim,
) -> Part | None:
    """A claim over years ("since 2005", "over the past 20 years", "in 2005–2025") against a
    running total whose start no source gives ("достигли порядка 5 млрд"): the total covers any
    span ending when it does, so a claim above it is ruled out, and one within it gives a start
    year no source states: not established."""
    over_years = claim.since is not None or claim.span_years is not None
    if claim.period is not None and not over_years:
        over_years = claim.period.start.year != claim.period.end.year
    ends = None if claim.since is not None or claim.period is None else claim.period.end
    totals = [
        (f, stated)
        for f, stated in facts
        if f.period.basis == "cumulative" and f.period.start is None and f.period.end is not None
        if ends is None or f.period.end == ends
    ]
    if not over_years or not totals:
        return None
    above = [f for f, stated in totals if claimed.low > stated.high]
    said = described([f for f, _ in totals], name)
    if above:
        why = reason("total.exceeded", figures=said)
        return Part(name, label, "contradicted", why, tuple(above), ())
    why = reason("total.no_start", figures=said)
    return Part(name, label, "not_established", why, tuple(f for f, _ in totals), ())

"""A target said as a multiple of today's trade ("Казахстан и Узбекистан намерены удвоить
товарооборот", "plan to double trade"): no source states a multiple, so such a claim is never
`supported`. It is checked against the target stated for its parties and the latest comparable
figure (`query.find_targets`, the figure `otg derived` measures progress from): the ratio the two
leave is otg's arithmetic; a multiple within it is `not_established`, one outside it `contradicted`.
The words are the lexicon's [aimed_multiples] (an aim by themselves: "удвоить") and [multiples]
(only beside a target word: "намерены увеличить в два раза")."""

from __future__ import annotations

import datetime
import math
from functools import cache

from otg_cli.figures import Interval, stated_range
from otg_cli.models import FactBase
from otg_cli.reasons import Amount, Figure, Value, reason
from otg_cli.verify import Part, Result, explained, relation


@cache
def _words(table: str) -> tuple[tuple[str, float], ...]:
    """A table of multiples, folded, longest first."""
    from otg_cli.lexicon import entries
    from otg_cli.text import fold

    pairs = [(fold(word), float(factor)) for word, factor in entries(table)]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def multiple_of(text: str) -> float | None:
    """The multiple a claim sets as an aim, or None where it sets none."""
    from otg_cli.claims import find_indicator
    from otg_cli.text import fold, starts_a_word

    folded = fold(text)
    for table in ("aimed_multiples", "multiples"):
        for word, factor in _words(table):
            if starts_a_word(folded, (word,)):
                aimed = table == "aimed_multiples" or find_indicator(text) == "target"
                return factor if aimed else None
    return None


def _ratio(target: Interval, current: Interval) -> Interval:
    """The multiples of `current` that `target` allows (both positive amounts)."""
    low = 0.0 if math.isinf(current.high) else target.low / current.high
    high = math.inf if current.low <= 0 else target.high / current.low
    return Interval(low, high)


def check_multiple(text: str, base: FactBase, as_of: datetime.date | None) -> Result | None:
    """The verdict on a target said as a multiple, or None where the claim sets none or the base
    has no target with a comparable figure for its parties."""
    from otg_cli.claims import Claim
    from otg_cli.countries import find_parties
    from otg_cli.figure_checks import same_parties
    from otg_cli.lexicon import readable
    from otg_cli.query import find_targets

    said = readable(text)
    factor = multiple_of(said)
    if factor is None:
        return None
    claim = Claim(text, find_parties(said, base), "target", None, None, None, "exact", None)
    found = [
        t
        for t in find_targets(base)
        if t.progress is not None and same_parties(claim, t.target.parties, base)
    ]
    if not found:
        return None
    target, progress = found[0].target, found[0].progress
    assert progress is not None and progress.fact.value is not None
    current = stated_range(progress.fact.value, progress.fact.qualifier)
    allowed = _ratio(stated_range(target.value, target.qualifier), current)
    ruled_out = relation(allowed, Interval(factor, factor)) == "rules_out"
    values: dict[str, Value] = {
        "target": Amount(target.value, target.unit, target.qualifier),
        "id": target.id,
        "figure": Figure(progress.fact),
        "low": round(allowed.low, 2),
        "high": "∞" if math.isinf(allowed.high) else round(allowed.high, 2),
    }
    why = reason("target.multiple_rules_out", **values) if ruled_out else reason("target.multiple", **values)
    label = reason("claimed.multiple", factor=factor)
    part = Part(
        "target", label, "contradicted" if ruled_out else "not_established", why, (progress.fact,), (target,)
    )
    return Result(part.verdict, claim, part.facts, part.targets, explained((part,)), False, (part,))

"""Which figures disagree: those a curator declared, and those otg finds whether or not anyone did.

Two facts state the same point when they give the same measure, in the same unit, for the same
parties (in the same order where the order says who reports: exports, imports, balance,
investment) and the same period on the same basis. They disagree when

- either lists the other in `conflicts_with` (*declared*: one side is enough, so that a user's
  record can point at a bundled one the user cannot edit), or
- they state the same point and no value is allowed by both (*detected*: the intervals of
  `figures.interval` share nothing, so "almost $2 bn" and "over $2 bn" disagree, while "$2 bn",
  which allows 1.5 to 2.5 bn, agrees with either).

`find` is run once when the base is built (`loader`), and its answer is stored with the cache, so
that no query has to look for disagreements.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import NamedTuple

from otg_cli.figures import Interval, interval, overlaps
from otg_cli.models import Fact

#: Measures whose first party is the reporting side: Kazakhstan's exports to Uzbekistan are not
#: Uzbekistan's exports to Kazakhstan (models.Fact.parties).
DIRECTIONAL = frozenset({"exports", "imports", "trade_balance", "investment_inflow", "investment_outflow"})

#: The point a figure states: parties, measure, unit, period basis, start, end.
Point = tuple[tuple[str, ...], str, str, str, datetime.date | None, datetime.date]


class Conflict(NamedTuple):
    """Another fact this one disagrees with, and how that is known (at least one is true)."""

    id: str
    #: Listed in `conflicts_with` by either fact.
    declared: bool
    #: Found by otg: the same point, and no value allowed by both.
    detected: bool


def parties_key(fact: Fact) -> tuple[str, ...]:
    """The parties as they identify a figure: in order where the order says who reports."""
    return fact.parties if fact.measure in DIRECTIONAL else tuple(sorted(fact.parties))


def point(fact: Fact) -> Point | None:
    """What a figure is about, apart from its value; None where the source states no period."""
    period = fact.period
    if period.end is None:
        return None
    return (parties_key(fact), fact.measure, fact.unit, period.basis, period.start, period.end)


def allowed(fact: Fact) -> Interval | None:
    """The values a fact's figure allows, None where it gives only a change."""
    return None if fact.value is None else interval(fact.value, fact.qualifier)


def share_no_value(first: Fact, second: Fact) -> bool:
    """Whether two figures allow no common value (both must state one)."""
    a, b = allowed(first), allowed(second)
    return a is not None and b is not None and not overlaps(a, b)


def _declared(facts: list[Fact]) -> set[frozenset[str]]:
    known = {fact.id for fact in facts}
    return {
        frozenset((fact.id, other))
        for fact in facts
        for other in fact.conflicts_with
        if other in known and other != fact.id
    }


def _detected(facts: list[Fact]) -> set[frozenset[str]]:
    by_point: dict[Point, list[Fact]] = defaultdict(list)
    for fact in facts:
        key = point(fact)
        if key is not None and fact.value is not None:
            by_point[key].append(fact)
    return {
        frozenset((a.id, b.id))
        for same in by_point.values()
        for a, b in combinations(same, 2)
        if share_no_value(a, b)
    }


def find(facts: Iterable[Fact]) -> dict[str, tuple[Conflict, ...]]:
    """Fact id -> the facts it disagrees with, by id; facts that disagree with none are left out."""
    listed = list(facts)
    declared, detected = _declared(listed), _detected(listed)
    found: dict[str, list[Conflict]] = defaultdict(list)
    for pair in declared | detected:
        first, second = sorted(pair)
        how = (pair in declared, pair in detected)
        found[first].append(Conflict(second, *how))
        found[second].append(Conflict(first, *how))
    return {key: tuple(sorted(conflicts)) for key, conflicts in sorted(found.items())}


def ids(conflicts: Iterable[Conflict]) -> list[str]:
    return [conflict.id for conflict in conflicts]

"""Why nothing matched, as data: what was asked and what the base has instead.

The query layer fills these in when a search comes back empty; the views phrase them. Nothing here
writes text for people.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from otg_cli.meetings import Event
    from otg_cli.models import FactBase
    from otg_cli.periods import DateRange


class NoFacts(NamedTuple):
    """No figure for these parties, measures and period; `known` lists the party sets that have some,
    `closest` the ids of the figures nearest to what was asked (`closest_figures`)."""

    parties: tuple[str, ...]
    measures: tuple[str, ...]
    period: str | None
    known: tuple[tuple[str, ...], ...]
    closest: tuple[str, ...] = ()


class NoEvent(NamedTuple):
    """No event matches the text; `events` are all the events in the base."""

    text: str
    events: tuple[Event, ...]


class NoAgreements(NamedTuple):
    event: str | None
    country: str | None


class NoTargets(NamedTuple):
    asked: tuple[str, ...]


class NoRecord(NamedTuple):
    """No record has this id; `close` are the ids that look like it."""

    key: str
    close: tuple[str, ...]


class NoMatch(NamedTuple):
    """Nothing matched a free-text query (search, events) or a computation (derived)."""

    kind: str
    text: str | None = None


Hint = NoFacts | NoEvent | NoAgreements | NoTargets | NoRecord | NoMatch


def no_facts(
    base: FactBase, parties: Collection[str], period: DateRange | None, measures: Collection[str]
) -> NoFacts:
    from otg_cli.query import party_sets_with

    return NoFacts(
        tuple(parties),
        tuple(measures),
        period.text if period else None,
        tuple(party_sets_with(base, measures)),
        closest_figures(base, parties, period, measures),
    )


#: How many figures a no-match hint names at most.
CLOSEST = 4


def _near(party: str, other: str, base: FactBase) -> bool:
    """The same party, or two groups with a member in common (the OTS and "Turkic states")."""
    if party == other:
        return True
    groups = base.groups
    if party in groups and other in groups:
        members = {m.country for m in groups[party].members}
        return any(m.country in members for m in groups[other].members)
    return False


def _related(asked: Collection[str], parties: Collection[str], base: FactBase) -> bool:
    """Figures of a near set of parties: every party of one is near a party of the other (the OTS
    total for Kazakhstan–OTS, Kazakhstan–"Turkic states" for Kazakhstan–OTS)."""
    return all(any(_near(p, a, base) for a in asked) for p in parties) or all(
        any(_near(a, p, base) for p in parties) for a in asked
    )


def closest_figures(
    base: FactBase, parties: Collection[str], period: DateRange | None, measures: Collection[str]
) -> tuple[str, ...]:
    """The figures nearest to a question that has none: the same parties in other periods (latest
    first), then figures of related parties within the period asked (or in any period)."""
    from otg_cli import periods

    if not parties:
        return ()
    wanted = set(parties)
    facts = [f for f in base.facts.values() if not measures or f.measure in measures]
    latest = sorted(facts, key=lambda f: (periods.sort_key(f.period), f.id))
    same = [f for f in latest if set(f.parties) == wanted]
    related = [f for f in latest if set(f.parties) != wanted and _related(wanted, f.parties, base)]
    inside = [f for f in related if periods.within(f.period, period)]
    chosen = [*same, *(inside or ([] if same else related))]
    return tuple(dict.fromkeys(f.id for f in chosen))[:CLOSEST]


def no_record(base: FactBase, key: str) -> NoRecord:
    import difflib

    return NoRecord(key, tuple(difflib.get_close_matches(key, base.record_ids(), n=3)))

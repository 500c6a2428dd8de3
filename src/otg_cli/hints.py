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
    """No figure for these parties, measures and period; `known` lists the party sets that have some."""

    parties: tuple[str, ...]
    measures: tuple[str, ...]
    period: str | None
    known: tuple[tuple[str, ...], ...]


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
    )


def no_record(base: FactBase, key: str) -> NoRecord:
    import difflib

    return NoRecord(key, tuple(difflib.get_close_matches(key, base.record_ids(), n=3)))

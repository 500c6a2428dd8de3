"""What a command says on stderr when nothing matched, phrased from what the command found.

The command layer passes the data (what was asked, what the base has instead); the wording is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from otg_cli.models import Event, FactBase


def no_figures(
    base: FactBase,
    *,
    parties: Sequence[str],
    measures: Sequence[str],
    period: str | None,
    known: Iterable[Sequence[str]],
) -> str:
    """No fact for these parties, measures and period; `known`: the party sets the base has figures for."""
    from otg_cli.i18n import phrase
    from otg_cli.views.labels import party_names

    who = party_names(parties, base) or phrase("all parties")
    what = f"{' or '.join(measures)} " if measures else ""
    within = f" within {period}" if period else ""
    listed = "; ".join(party_names(combo, base) for combo in known)
    return f"no {what}figures for {who}{within}. The fact base has {what}figures for: {listed}"


def no_event(text: str, events: Iterable[Event]) -> str:
    """No event matches `text`; `events`: every event of the base, to choose from."""
    from otg_cli.periods import describe_event_date

    listing = "\n".join(
        f"  {e.id}: {e.name.en}, {e.place.en if e.place else 'place not stated'}, "
        f"{describe_event_date(e.date, e.date_end)}"
        for e in events
    )
    return f"no event matches {text!r}. Events in the fact base:\n{listing}"


def no_agreements(event: str | None, country: str | None) -> str:
    asked = " and ".join(
        part for part in (event and f"event {event!r}", country and f"country {country!r}") if part
    )
    return f"no agreements match {asked}"


def no_events(match: str | None) -> str:
    return f"no event matches {match!r}; run `otg events` for all"


def no_targets(asked: Sequence[str]) -> str:
    return "no targets for " + ", ".join(asked)


def no_derived() -> str:
    return "otg derives no figure for these parties and period"


def no_hits(text: str) -> str:
    return f"nothing matches {text!r}"


def no_record(record_id: str, close: Sequence[str]) -> str:
    """No record has this id; `close`: ids that look like it."""
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return f"no record with id {record_id!r}{hint}"

"""Where a claim with a figure says it was given ("according to the Tashkent meeting report", "на
встрече в Ташкенте"), against the events its sources report: the figure's articles tell of
meetings held in known places, and a venue none of them was held in is not where the figure was
given. A place named as a party ("Astana and Tashkent traded $4.3 bn") is no venue.
"""

import datetime
from typing import TYPE_CHECKING

from otg_cli.models import FactBase
from otg_cli.reasons import Name, Word, reason

if TYPE_CHECKING:
    from otg_cli.meetings import Event, Target
    from otg_cli.models import Fact
    from otg_cli.verify import Part, Verdict


def figure_venues(
    text: str, facts: "tuple[Fact, ...]", targets: "tuple[Target, ...]", base: FactBase
) -> "tuple[Part, ...]":
    """A part for each venue the claim names: supported, citing the meeting, where an event the
    figure's articles report was held there; contradicted where those events were held elsewhere,
    not_established where they say nowhere."""
    from otg_cli.statements import claim_folded, is_venue, mentions
    from otg_cli.verify import Part

    figures: list[Fact | Target] = [*facts, *targets]
    if not figures:
        return ()
    folded = claim_folded(text)
    venues = {m.meaning for m in mentions(folded, "places") if is_venue(folded, m)}
    if not venues:
        return ()
    sources = {c.source for figure in figures for c in figure.citations}
    events = [e for e in base.events.values() if sources & {c.source for c in e.citations}]
    places = {e.place.en: e.place for e in events if e.place is not None}
    parts = []
    for venue in sorted(venues & set(places)):
        # The meeting the figure's article reports there: cited beside the figure.
        held = tuple(e for e in events if e.place is not None and e.place.en == venue)
        why = reason("place.stated", place=(Name(places[venue]),))
        parts.append(
            Part("place", reason("claimed.place", place=Word(venue, "place")), "supported", why, (), (), held)
        )
    for venue in sorted(venues - set(places)):
        verdict: Verdict = "contradicted" if places else "not_established"
        why = reason("place.stated", place=tuple(Name(places[p]) for p in sorted(places)))
        if not places:
            why = reason("place.unstated")
        claimed = reason("claimed.place", place=Word(venue, "place"))
        parts.append(Part("place", claimed, verdict, why, facts, targets, _reported(events)))
    return tuple(parts)


def figure_dates(
    text: str,
    facts: "tuple[Fact, ...]",
    targets: "tuple[Target, ...]",
    base: FactBase,
    as_of: datetime.date | None = None,
) -> "tuple[Part, ...]":
    """The day a claim with a figure says it was given ("после переговоров в Астане 25.11.2025"),
    against the events its sources report: supported, citing the meeting, where one was held that
    day; contradicted where those events were held on another; not_established where they give no
    day. A year alone is the figure's period, not a day it was given; a month counted from the
    claim's day ("last November Tokayev said ...") is when it was given."""
    from otg_cli.reasons import Day
    from otg_cli.statement_checks import date_parts, partial_date
    from otg_cli.statements import claim_folded, counted_month, date_in
    from otg_cli.verify import Part

    figures: list[Fact | Target] = [*facts, *targets]
    folded = claim_folded(text)
    claimed = date_in(folded)
    counted = counted_month(folded, as_of)
    if counted is not None:
        claimed = (*counted, None)  # "last November", "өткен айда": a month counted from the claim's day
    elif not figures or claimed[1] is None or claimed[2] is None:
        return ()
    if not figures:
        return ()
    sources = {c.source for figure in figures for c in figure.citations}
    events = [e for e in base.events.values() if e.date and sources & {c.source for c in e.citations}]
    label = reason("claimed.date", date=Day(partial_date(*claimed)))
    for event in events:
        given = date_parts(event.date or "")
        if all(t is None or m is None or m == t for m, t in zip(claimed, given, strict=True)):
            exact = all(m is None or t is not None for m, t in zip(claimed, given, strict=True))
            verdict: Verdict = "supported" if exact else "not_established"
            why = reason("date.stated", date=Day(event.date or ""))
            return (Part("date", label, verdict, why, (), (), (event,)),)
    if events:
        why = reason("date.stated", date=Day(events[0].date or ""))
        return (Part("date", label, "contradicted", why, facts, targets, tuple(events)),)
    return (Part("date", label, "not_established", reason("date.unstated"), facts, targets, ()),)


def _reported(events: "list[Event]") -> "tuple[Event, ...]":
    return tuple(e for e in events if e.place is not None)

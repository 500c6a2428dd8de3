"""Answering questions from the fact base. Pure functions of the base and the parsed query.

Queries return results that carry everything the views need to show them (a target's progress,
an event's agreements, the records citing a source), so that showing a result never runs a query.
"""

import functools
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, NamedTuple

from otg_cli import periods
from otg_cli.disagreements import point
from otg_cli.figures import Formula, Term
from otg_cli.models import Fact, FactBase, Qualifier, Record, Source
from otg_cli.periods import DateRange
from otg_cli.text import normalize

if TYPE_CHECKING:
    from otg_cli.meetings import Agreement, Event, Target
    from otg_cli.verify import Result as Verification


def _involves(parties: Iterable[str], wanted: Collection[str]) -> bool:
    return set(wanted) <= set(parties)


def known_measures(measures: Collection[str]) -> list[str]:
    """The measures asked for, or OtgError naming the first one the fact files cannot have."""
    from typing import get_args

    from otg_cli.errors import OtgError
    from otg_cli.models import Measure

    accepted = get_args(Measure)
    unknown = [m for m in measures if m not in accepted]
    if unknown:
        from otg_cli.i18n import phrase
        from otg_cli.text import closest

        near = closest(unknown[0], accepted)
        meant = phrase("; did you mean {quoted}?", quoted=near) if near is not None else ""
        raise OtgError(
            phrase(
                "unknown measure {text}; accepted: {accepted}", text=unknown[0], accepted=", ".join(accepted)
            )
            + meant
        )
    return list(measures)


def find_facts(
    base: FactBase,
    parties: Collection[str] = (),
    period: DateRange | None = None,
    measures: Collection[str] = (),
) -> list[Fact]:
    """Facts naming all the given parties, lying inside the period, of the given measures.

    Ordered by parties, then latest first, and for the same end the longer period first, so that
    a year's figure comes before the part-year figure within it.
    """
    start, end = (period.start, period.end) if period else (None, None)
    found = [
        fact
        for fact in base.fact_candidates(parties, measures, start, end)
        if _involves(fact.parties, parties)
        and (not measures or fact.measure in measures)
        and periods.within(fact.period, period)
    ]
    return sorted(found, key=lambda f: (f.measure, f.parties, periods.sort_key(f.period), f.id))


def dollar_figures_by_period(base: FactBase, *, with_value: bool) -> list[dict[str, Fact]]:
    """Dated USD facts grouped by parties and period, one per measure (the first listed).

    Turnover, exports, imports and balance of one group can be checked against each other
    (`otg check`) or combined (`otg derived`). With `with_value`, facts that give only a change
    are left out.
    """
    groups: dict[tuple[object, ...], dict[str, Fact]] = {}
    for fact in base.facts.values():
        if fact.unit != "USD" or fact.period.end is None or (with_value and fact.value is None):
            continue
        key = (fact.parties, fact.period.basis, fact.period.start, fact.period.end)
        groups.setdefault(key, {}).setdefault(fact.measure, fact)
    return list(groups.values())


def party_sets_with(base: FactBase, measures: Collection[str]) -> list[tuple[str, ...]]:
    """The party combinations the base has figures for: the hint when a query matches nothing."""
    return sorted({fact.parties for fact in base.facts.values() if not measures or fact.measure in measures})


class Progress(NamedTuple):
    """How far the latest comparable figure is toward a target. Derived by otg, not stated by a source."""

    fact: Fact
    ratio_pct: float
    qualifier: Qualifier
    formula: Formula


def _progress(fact: Fact, target: "Target") -> Progress:
    assert fact.value is not None
    formula = Formula(
        (Term("", fact.value, fact.unit, fact.qualifier), Term("÷", target.value, target.unit, "exact"))
    )
    return Progress(fact, round(100 * fact.value / target.value, 1), fact.qualifier, formula)


def target_progress(base: FactBase, target: "Target") -> tuple[Progress, ...]:
    """Progress from the latest dated fact with the target's parties, measure and unit, then, where
    the sources disagree on it (`FactBase.disagreements`), from every other figure for the same
    point or declared to disagree with it: progress is never silently computed from one of two
    disagreeing figures. Empty: no comparable figure.

    Part-year figures are not comparable with a yearly target; only full-year flows and levels
    (a turnover that "stably exceeds" a sum) are used.
    """
    candidates = [
        fact
        for fact in base.fact_candidates(target.parties, [target.measure], None, None)
        if set(fact.parties) == set(target.parties)
        and fact.measure == target.measure
        and fact.unit == target.unit
        and fact.value is not None
        and fact.period.end is not None
        and (fact.period.basis == "level" or periods.is_full_year(fact.period))
    ]
    if not candidates:
        return ()
    latest = min(candidates, key=lambda f: periods.sort_key(f.period))
    same = [fact for fact in candidates if point(fact) == point(latest)]
    # Where any figure for this point is disputed, every figure for it is shown, and every figure
    # declared to disagree with the one used.
    disputed = {conflict.id for fact in same for conflict in base.disagreements.get(fact.id, ())}
    if not disputed:
        return (_progress(latest, target),)
    others = [f for f in candidates if f is not latest and (f in same or f.id in disputed)]
    return tuple(_progress(fact, target) for fact in [latest, *others])


class TargetFound(NamedTuple):
    """A target with its progress, computed once here (None: no comparable figure)."""

    target: "Target"
    progress: Progress | None
    #: Progress from each comparable figure that disagrees with the one `progress` is from.
    disputed: tuple[Progress, ...] = ()


def with_progress(base: FactBase, targets: "Iterable[Target]") -> list[TargetFound]:
    found = []
    for target in targets:
        progress = target_progress(base, target)
        found.append(TargetFound(target, progress[0] if progress else None, progress[1:]))
    return found


def find_targets(base: FactBase, parties: Collection[str] = ()) -> list[TargetFound]:
    return with_progress(base, (t for t in base.targets.values() if _involves(t.parties, parties)))


def event_matches(event: "Event", text: str) -> bool:
    """Whether `text` names the event: its id, a name, an alias or its place, in any language."""
    wanted = normalize(text)
    names = [event.id, *event.name.all(), *event.aliases]
    if event.place is not None:
        names.extend(event.place.all())
    return any(wanted in normalize(name) for name in names)


def _events(base: FactBase, text: str | None) -> "list[Event]":
    return [e for e in base.events.values() if text is None or event_matches(e, text)]


class EventFound(NamedTuple):
    """An event with the ids of the agreements reported at it, in the order of the base."""

    event: "Event"
    agreements: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def _agreements_by_event(base: FactBase) -> dict[str, tuple[str, ...]]:
    """Event id -> ids of its agreements, read once per base (`otg export` and `show` ask per event)."""
    found: dict[str, list[str]] = defaultdict(list)
    for agreement in base.agreements.values():
        if agreement.event is not None:
            found[agreement.event].append(agreement.id)
    return {event: tuple(ids) for event, ids in found.items()}


def with_agreements(base: FactBase, events: "Iterable[Event]") -> list[EventFound]:
    by_event = _agreements_by_event(base)
    return [EventFound(e, by_event.get(e.id, ())) for e in events]


def find_events(base: FactBase, text: str | None = None) -> list[EventFound]:
    return with_agreements(base, _events(base, text))


def _party_of(agreement: "Agreement", code: str, base: FactBase) -> bool:
    """A country is party to an agreement directly or as a member of a group that is."""
    for party in agreement.parties:
        if party == code:
            return True
        group = base.groups.get(party)
        if group is not None and any(m.country == code for m in group.members):
            return True
    return False


class AgreementGroup(NamedTuple):
    """Agreements reported at one event; `event` is None for those tied to no event in the sources."""

    event: "Event | None"
    agreements: "tuple[Agreement, ...]"


def find_agreements(
    base: FactBase, event_text: str | None = None, country: str | None = None
) -> list[AgreementGroup]:
    """Agreements grouped by event, in the order the fact base lists events."""
    events = _events(base, event_text)
    selected = [
        a
        for a in base.agreements.values()
        if (country is None or _party_of(a, country, base))
        and (event_text is None or (a.event is not None and a.event in {e.id for e in events}))
    ]
    groups = [AgreementGroup(e, tuple(a for a in selected if a.event == e.id)) for e in events]
    groups.append(AgreementGroup(None, tuple(a for a in selected if a.event is None)))
    return [group for group in groups if group.agreements]


class SourceFound(NamedTuple):
    """A source with the ids of the records citing it, sorted."""

    source: Source
    cited_by: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def _citing(base: FactBase) -> dict[str, tuple[str, ...]]:
    """Source id -> ids of the records citing it, read once per base rather than once per source."""
    citing: dict[str, set[str]] = defaultdict(set)
    for key, record in base.records().items():
        for citation in getattr(record, "citations", ()):
            citing[citation.source].add(key)
    return {source: tuple(sorted(keys)) for source, keys in citing.items()}


def with_citing(base: FactBase, sources: Iterable[Source]) -> list[SourceFound]:
    citing = _citing(base)
    return [SourceFound(s, citing.get(s.id, ())) for s in sources]


def find_sources(base: FactBase) -> list[SourceFound]:
    return with_citing(base, base.sources.values())


#: What a query returns for one record: the record itself where it needs nothing more.
Found = Record | TargetFound | EventFound | SourceFound


def found(base: FactBase, record: Record) -> Found:
    """One record as the queries return it, with what showing it needs (`otg show`, the export)."""
    from otg_cli.meetings import Event, Target

    if isinstance(record, Target):
        return with_progress(base, [record])[0]
    if isinstance(record, Event):
        return with_agreements(base, [record])[0]
    if isinstance(record, Source):
        return with_citing(base, [record])[0]
    return record


class Verified(NamedTuple):
    """A verdict on a claim, with the progress of the targets it was compared with."""

    result: "Verification"
    targets: tuple[TargetFound, ...]


def verified(base: FactBase, result: "Verification") -> Verified:
    return Verified(result, tuple(with_progress(base, result.targets)))

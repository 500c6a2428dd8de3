"""Checking a claim without a figure against the agreements, events and groups of the base.

The claim's words pick the record it is about (`match`): the one sharing the most stems with the
claim, and at least `MIN_SHARED` of them. Each thing the claim asserts of it is then a part with its
own verdict (`verify.Part`):

- *subject*: what was done. A claim may say less than its source ("agreed" for "signed"), never
  more ("signed" for "agreed to consider" is not established); "proposed" needs a proposal;
  denying what the source states ("failed to agree") contradicts it.
- *proposer*: who proposed it, against the record's `proposed_by`.
- *place*, *date*, *ordinal*: where, when and which meeting, against the event.
- *parties*: a country the claim names that the record does not.
- *transfer*: who handed over to whom, for a transfer (parties: the body, the giver, the receiver).
- *membership*: a country's place in a group (member or observer).
- *participant*: a person's role as the source words it (a deputy minister is not a minister).

A part the source says nothing of is `not_established`; nothing matched is `not_found`.
"""

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from otg_cli.models import FactBase, Group, by_id
from otg_cli.reasons import Day, Name, Parties, Reason, Word, reason
from otg_cli.statements import (
    STATUS_ACTION,
    STRENGTH,
    Statement,
    normalized,
    numbers_of,
    ordinal_of,
    people_stems,
    same_stem,
    shared,
    stem,
    stem_starts,
    stems_of,
    words_of,
)
from otg_cli.text import starts_a_word

if TYPE_CHECKING:
    from otg_cli.meetings import Agreement, Event
    from otg_cli.verify import Part, Verdict

    Subject = Agreement | Event | Group

#: How many words of the claim a record must share to be what the claim is about, and which share
#: of the claim's words (each weighed by how rare it is among the records) it must cover.
MIN_SHARED = 2
MIN_COVERAGE = 0.45


class Indexed(NamedTuple):
    """A record a claim without a figure may be about, and the stems of the words naming it."""

    record: "Subject"
    stems: frozenset[str]
    text: str

    @property
    def numbers(self) -> frozenset[float]:
        """The numbers its words give (read for the record a claim is about only)."""
        return frozenset(numbers_of(self.text))

    @property
    def years(self) -> frozenset[int]:
        from otg_cli.claim_periods import YEAR

        return frozenset(int(m[1]) for m in YEAR.finditer(self.text))


def _texts(record: "Subject", base: FactBase) -> list[str]:
    from otg_cli.meetings import Agreement, Event

    if isinstance(record, Agreement):
        # An agreement of a group is named by the group's names too ("the chambers union's chairmanship").
        groups = [name for p in record.parties if p in base.groups for name in base.groups[p].name.all()]
        return [*record.title.all(), *(c.quote for c in record.citations), *groups]
    if isinstance(record, Event):
        texts = [*record.name.all(), *record.aliases, record.kind]
        texts += [p.citation.quote for p in record.participants if p.citation is not None]
        return texts + [name for p in record.participants for name in (*p.name.all(), p.role.en)]
    return [*record.name.all(), *record.aliases]


@lru_cache(maxsize=4)
def _index(base: FactBase) -> dict[str, Indexed]:
    """Every agreement, event and group by id, with what its words say."""
    records: list[Subject] = [*base.agreements.values(), *base.events.values(), *base.groups.values()]
    index = {}
    for record in records:
        text = " ".join(_texts(record, base))
        index[record.id] = Indexed(record, frozenset(stems_of(text)), text)
    return index


@lru_cache(maxsize=4)
def _weights(base: FactBase) -> dict[str, float]:
    """How telling each stem is: the rarer among the records, the more (inverse document frequency)."""
    counts: dict[str, int] = {}
    for indexed in _index(base).values():
        for word in indexed.stems:
            counts[word] = counts.get(word, 0) + 1
    total = len(_index(base))
    return {word: math.log(1 + total / count) for word, count in counts.items()}


def _weight(word: str, weights: dict[str, float], total: int) -> float:
    """A claim word's weight: as the records' word it is, or the most telling when none has it."""
    if word in weights:
        return weights[word]
    near = [w for s, w in weights.items() if same_stem(word, s)]
    return max(near) if near else math.log(1 + total)


def _preference(statement: Statement, record: "Subject") -> int:
    """Which kind of record a claim is more likely about, when two share as many words."""
    from otg_cli.meetings import Event

    if isinstance(record, Group):
        return 2 if statement.role else 0
    if isinstance(record, Event):
        return 1 if statement.held or statement.action in (None, "discussed") else 0
    return 1 if statement.action not in (None, "discussed") else 0


def match(statement: Statement, base: FactBase, *, groups: bool = True) -> Indexed | None:
    """The record the claim is about: the one whose words cover most of the claim's, weighed by
    how rare each is; None when none shares `MIN_SHARED` words and `MIN_COVERAGE` of the weight.
    Without `groups`, an agreement or event only."""
    from otg_cli.meetings import Event
    from otg_cli.people_checks import title_stems
    from otg_cli.speaker_checks import attributed

    weights = _weights(base)
    total = len(_index(base))
    # A meeting lists who was there: a person the claim says did something there ("Darbayev
    # proposed ..."), and their office, tie the claim to what they did, not to the meeting
    # (`people_checks` checks who they are). A claim that they were there is about the meeting.
    acted = statement.action not in (None, "discussed") and not statement.held
    people = people_stems(statement.stems, base) if acted else frozenset()
    # Nor do the words of that person's title say what they did ("Turkmen deputy cabinet chairman
    # Geldimyradov invited ..."): they weigh nothing here.
    titles = shared(statement.stems, title_stems()) if people else frozenset()
    # Whom a claim gives its words as ("According to Tokayev, Kazakhstan proposed ..."): where the
    # meeting an agreement was reached at lists them, their names tie the claim to it.
    speakers = people if people and attributed(statement.text) else frozenset()
    claimed = {word: _weight(word, weights, total) for word in statement.stems - titles}
    # The venue a claim names counts as one more of its most telling words.
    venue = math.log(1 + total) if statement.venues else 0.0
    whole = sum(claimed.values()) or 1.0  # a venue can lift a record, never sink one
    scored: list[tuple[tuple[float, int], Indexed]] = []
    lifted: list[tuple[tuple[float, int], Indexed]] = []
    for indexed in _index(base).values():
        if isinstance(indexed.record, Group) and (not groups or (acted and statement.role is None)):
            continue  # a group named as who acted ("одаққа ... төрағалық етеді") is a party, not the point
        common = shared(statement.stems, indexed.stems) - titles
        if people and isinstance(indexed.record, Event):
            common -= people
        elif speakers and not isinstance(indexed.record, Group):
            common |= _at_its_event(speakers, indexed.record, base) - titles
        if _of_another_group(indexed.record, statement, base):
            common -= shared(statement.group_stems, common)
        there = venue if venue and common and _venue(indexed.record, base) in statement.venues else 0.0
        # The role a claim gives a country ("an observer of the union") is a word the group's
        # list of members shares with it: "одақ" and "observer" reach the union that has one.
        role = _lists_role(indexed.record, statement) and bool(common)
        there += math.log(1 + total) if role else 0.0
        # "Переговоры ... прошли в Ашхабаде": the word for what was held names the meeting too.
        held = _held_words(statement, indexed, weights, total)
        coverage = round((sum(claimed[w] for w in common) + there + sum(held.values())) / whole, 3)
        if len(common) + role + len(held) >= MIN_SHARED:
            scored.append(((coverage, _preference(statement, indexed.record)), indexed))
        elif there and max(claimed[w] for w in common) >= math.log(1 + total / 2):
            # Where no record shares two words: the venue counts as a shared word of a record
            # reached there whose one shared word is as telling as a name ("меморандум" at
            # Turkestan), not a word many records share.
            lifted.append(((coverage, _preference(statement, indexed.record)), indexed))
    # "Жұманғарин мен Гельдимырадов ... кездесті": a claim that people met, and no more, is about a
    # meeting, where one is covered enough, not an agreement that shares a word of it.
    if statement.held and statement.action is None:
        meetings = [(score, i) for score, i in scored if isinstance(i.record, Event)]
        if any(score[0] >= MIN_COVERAGE for score, _ in meetings):
            scored = meetings
    best = max((score for score, _ in scored), default=(0.0, 0))
    if best[0] < MIN_COVERAGE:
        scored = lifted
        best = max((score for score, _ in scored), default=(0.0, 0))
    if best[0] < MIN_COVERAGE:
        return None
    tied = [indexed for score, indexed in scored if score == best]
    return tied[0] if len(tied) == 1 else max(tied, key=lambda i: _closeness(statement, i, base))


def _held_words(
    statement: Statement, indexed: Indexed, weights: dict[str, float], total: int
) -> dict[str, float]:
    """The words of a claim that a meeting took place ("переговоры прошли") that the meeting's own
    words share, with their weights; none for an agreement, or a claim of no meeting held."""
    from otg_cli.meetings import Event

    if not statement.held or not isinstance(indexed.record, Event):
        return {}
    return {w: _weight(w, weights, total) for w in shared(statement.action_stems, indexed.stems)}


def _at_its_event(people: frozenset[str], record: "Subject", base: FactBase) -> set[str]:
    """The words naming people ("Tokayev", "Zhumangarin") that the meeting an agreement was
    reached at lists among those there: they tie the claim to what was agreed there."""
    event = event_of(record, base)
    return shared(people, _index(base)[event.id].stems) if event is not None else set()


def _of_another_group(record: object, statement: Statement, base: FactBase) -> bool:
    """Whether a record is of a group the claim does not name, while the claim names another: the
    chambers' union "of Turkic States" is not what a claim about the Organization of Turkic States
    is about. A record is of the group it is, or names among its parties; an event, of the groups
    its agreements name."""
    named = {p for p in statement.parties if p in base.groups}
    if not named:
        return False
    own = _groups_of(record, base)
    return bool(own) and not own & named


def _groups_of(record: object, base: FactBase) -> frozenset[str]:
    from otg_cli.meetings import Event

    if isinstance(record, Group):
        return frozenset({record.id})
    if isinstance(record, Event):
        return _event_groups(base).get(record.id, frozenset())
    return frozenset(p for p in getattr(record, "parties", ()) if p in base.groups)


@lru_cache(maxsize=4)
def _event_groups(base: FactBase) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for agreement in base.agreements.values():
        if agreement.event is not None:
            found.setdefault(agreement.event, set()).update(p for p in agreement.parties if p in base.groups)
    return {event: frozenset(groups) for event, groups in found.items()}


def _lists_role(record: object, statement: Statement) -> bool:
    """Whether a group lists a country in the role the claim gives one (a member, an observer, or
    either: "одақ құрамында")."""
    if not isinstance(record, Group) or statement.role not in ("member", "observer", "either"):
        return False
    return any(statement.role in ("either", m.role) for m in record.members)


def _closeness(statement: Statement, indexed: Indexed, base: FactBase) -> tuple[bool, int, bool, int, float]:
    """Between records that cover as much of a claim: the one held where the claim says, then the
    one naming more of its countries (the chairmanship "from Azerbaijan to Kazakhstan"), then the
    one whose own words name the claim's year ("2026 жылы ... төрағалық етеді": the chairmanship
    for 2026) and share the words of what it says was done ("төрағалық"), then the one the claim
    covers most of (the union's founding, not its chairmanship, for "the union was set up in 2019")."""
    held_there = _venue(indexed.record, base) in statement.venues
    named = len(set(statement.parties) & _countries_named(indexed.record, base))
    year = statement.year is not None and statement.year in indexed.years
    done = len(shared(statement.action_stems, indexed.stems))
    return held_there, named, year, done, len(shared(statement.stems, indexed.stems)) / len(indexed.stems)


def record_part(
    name: str, claimed: Reason, verdict: "Verdict", why: Reason, record: "Subject", *more: "Subject"
) -> "Part":
    """A part checked against `record`, and `more` records it was read from (the event an
    agreement was reached at, for its place and date)."""
    from otg_cli.verify import Part

    records = by_id((record, *more))
    return Part(name, claimed, verdict, why, (), (), records)  # type: ignore[arg-type]


def event_of(record: "Subject", base: FactBase) -> "Event | None":
    from otg_cli.meetings import Agreement, Event

    if isinstance(record, Event):
        return record
    if isinstance(record, Agreement) and record.event is not None:
        return base.events.get(record.event)
    return None


def _opened(statement: Statement) -> bool:
    """Whether a claim says an agreement's subject was opened ("opened trading houses", "открыли
    торговые дома", by the lexicon's [opened] words): carried out, where an event opened is held."""
    from otg_cli.text import find_words

    return bool(find_words(normalized(statement.text), words_of("opened", "words"), whole=True))


def _completed(statement: Statement) -> bool:
    """Whether a claim says the thing is finished ("construction has been completed", "құрылысы
    толық аяқталды", by the lexicon's [completed] words)."""
    from otg_cli.text import find_words

    return bool(find_words(normalized(statement.text), words_of("completed", "words"), whole=True))


def _subject(statement: Statement, record: "Agreement") -> "Part":
    stated = STATUS_ACTION.get(record.status, "discussed")
    status = Word(record.status.replace("_", " "))
    claimed = statement.action or ("signed" if _opened(statement) else "mentioned")
    said = reason("claimed.action", action=Word(claimed, "claimed"))
    was = reason("subject.status", status=status)
    denied = _denial(statement, record, stated, claimed, said, was)
    if denied is not None:
        return denied
    if record.status == "in_progress" and _completed(statement):
        return record_part("subject", said, "contradicted", was, record)  # "fully completed", still under way
    if claimed in ("mentioned", "discussed"):
        return record_part("subject", said, "supported", was, record)
    if claimed == "proposed":
        verdict: Verdict = "supported" if stated == "proposed" or record.proposed_by else "not_established"
        return record_part("subject", said, verdict, was, record)
    if STRENGTH[claimed] <= STRENGTH[stated]:
        return record_part("subject", said, "supported", was, record)
    return record_part(
        "subject", said, "not_established", reason("subject.status_only", status=status), record
    )


def _denial(
    statement: Statement, record: "Agreement", stated: str, claimed: str, said: Reason, was: Reason
) -> "Part | None":
    """The subject part of a claim that denies what the source says was done, or says less of it:
    "failed to agree", "only agreed to consider", "is to be approved" where it was approved."""
    if statement.negated:
        verdict: Verdict = (
            "contradicted" if STRENGTH[stated] >= STRENGTH.get(claimed, 0) else "not_established"
        )
        return record_part("subject", reason("claimed.not", claimed=said), verdict, was, record)
    if statement.pending and stated == "signed":
        # "Is to be approved next year" where it was approved: the claim denies what was done.
        return record_part("subject", reason("claimed.pending"), "contradicted", was, record)
    if statement.action is not None and statement.only and STRENGTH[claimed] < STRENGTH[stated]:
        # "Only agreed to consider", "лишь обсудили" where it was approved: the claim denies what was done.
        return record_part("subject", reason("claimed.only", claimed=said), "contradicted", was, record)
    return None


def _held(statement: Statement, event: "Event | Group") -> "Part":
    """A claim about an event: that it was held; an agreement signed or reached at it is not the
    event, and no source for the event states it."""
    kind = Word(getattr(event, "kind", "event"), "kind")
    if statement.action not in (None, "discussed") and not statement.held:
        said = reason("subject.reports_not_done", kind=kind)
        claimed = reason("claimed.action", action=Word(statement.action or "", "claimed"))
        return record_part("subject", claimed, "not_established", said, event)
    verdict: Verdict = "contradicted" if statement.negated else "supported"
    return record_part(
        "subject", reason("claimed.held"), verdict, reason("subject.reports", kind=kind), event
    )


def _proposer(statement: Statement, record: "Agreement") -> "Part | None":
    if statement.action != "proposed" or statement.subject is None:
        return None
    claimed = reason("claimed.party", party=Parties((statement.subject,)))
    if record.proposed_by is None:
        return record_part("proposer", claimed, "not_established", reason("proposer.unstated"), record)
    verdict: Verdict = "supported" if record.proposed_by == statement.subject else "contradicted"
    said = reason("proposer.stated", party=Parties((record.proposed_by,)))
    return record_part("proposer", claimed, verdict, said, record)


def _places(statement: Statement, record: "Subject", words: frozenset[str], base: FactBase) -> "list[Part]":
    """Each place the claim says the record's meeting was held at, or (for a meeting itself, where
    the claim gives no venue) each place it names ("session: Samarkand, 22-23 October"). A place
    the record's own words name is what it is about ("the ports of Aktau"), not a venue. Of
    several places, one the meeting was not held at is a detail no source gives ("trading houses
    in Astana and Ashgabat"); where none is the meeting's, the claim is ruled out."""
    from otg_cli.meetings import Event

    unnamed = _unnamed_links(statement, record, words)
    if unnamed:
        return unnamed
    # Where a claim says a meeting was held somewhere ("Түрікменбашы портында кездесті"), the
    # place is where, even one the meeting's own words name as a topic.
    held_at = statement.held and isinstance(record, Event)
    venues = [v for v in statement.venues if held_at or not shared(stems_of(v), words)]
    if not venues and isinstance(record, Event):
        venues = [p for p in statement.places if not shared(stems_of(p), words)]
    if not venues:
        return []
    event = event_of(record, base)
    place = _venue(record, base)
    if place is None or event is None or event.place is None:
        claimed = reason("claimed.place", place=Word(venues[0], "place"))
        return [record_part("place", claimed, "not_established", reason("place.unstated"), record)]
    if _to_come(statement, record):
        # "Сауда үйлері Астанада ашылады": where it will be, which the decision does not say.
        why = reason("place.decided_at", place=Name(event.place))
        return [
            record_part(
                "place",
                reason("claimed.place", place=Word(v, "place")),
                "not_established",
                why,
                record,
                event,
            )
            for v in dict.fromkeys(venues)
        ]
    stated = reason("place.stated", place=Name(event.place))
    parts = []
    for venue in dict.fromkeys(venues):
        verdict: Verdict = "supported" if venue == place else "contradicted"
        if verdict == "contradicted" and place in venues and not isinstance(record, Event):
            verdict = "not_established"
        parts.append(
            record_part(
                "place", reason("claimed.place", place=Word(venue, "place")), verdict, stated, record, event
            )
        )
    return parts


def _unnamed_links(statement: Statement, record: "Subject", words: frozenset[str]) -> "list[Part]":
    """A place the claim names as an end of a link ("flights between Astana and Ashgabat") that
    the record's words do not name in any language: a detail no source gives."""
    from otg_cli.lexicon import entries

    unnamed = [
        place
        for place in statement.links
        if not shared(stems_of(" ".join(str(w) for w, m in entries("places") if m == place)), words)
    ]
    return [
        record_part(
            "place",
            reason("claimed.place", place=Word(p, "place")),
            "not_established",
            reason("place.not_named"),
            record,
        )
        for p in unnamed
    ]


def _to_come(statement: Statement, record: "Subject") -> bool:
    """Whether the claim says an agreement's thing is still to be done ("will open"): its date and
    place are then of what is to come, not of the meeting that decided it."""
    from otg_cli.meetings import Agreement

    return statement.future and isinstance(record, Agreement)


def _venue(record: "Subject", base: FactBase) -> str | None:
    """Where a record's event was held, in English; None where no source says."""
    event = event_of(record, base)
    return event.place.en if event is not None and event.place is not None else None


def _date(statement: Statement, indexed: Indexed, base: FactBase) -> "Part | None":
    record = indexed.record
    claimed = (statement.year, statement.month, statement.day)
    if claimed == (None, None, None):
        return None
    year, _, day = claimed
    # A month alone, no year ("in October"), has no partial date: said as read.
    date: Day | str = Day(partial_date(*claimed)) if year or day else "-".join(f"{n or '?'}" for n in claimed)
    label = reason("claimed.date", date=date)
    if claimed[1:] == (None, None) and statement.year in indexed.years:
        # The year is in the record's own words ("chairmanship for 2026"): what it is about.
        return record_part(
            "date", label, "supported", reason("date.names_year", year=str(statement.year)), record
        )
    stated = getattr(record, "date", None)
    event = event_of(record, base)
    more: tuple[Subject, ...] = ()
    if stated is None and event is not None:
        stated, more = event.date, (event,)
    if stated is None:
        return _unstated_date(statement, label, record, base)
    last = getattr(more[0] if more else record, "date_end", None)
    given = _within_days(date_parts(stated), (day, statement.day_end), last)
    if _to_come(statement, record) and (given[0] is None or year is None or year >= given[0]):
        # "Торговые дома откроют в 2026 году": when it will be done, which the decision does not say.
        why = reason("date.decided_on", date=Day(stated))
        return record_part("date", label, "not_established", why, record, *more)
    verdict, why = _dates_compared(claimed, given, stated)
    return record_part("date", label, verdict, why, record, *more)


def _within_days(
    given: tuple[int | None, ...], days: tuple[int | None, int | None], last: str | None
) -> tuple[int | None, ...]:
    """A record's (year, month, day) as the claimed days within its own read it ("on 23 October",
    "22 и 23 октября" of a session held 22–23 October): the claimed first day; else the record's,
    so that a day or a range beyond its days ("23-24 October") is ruled out."""
    first, end_day = days
    if last is None or first is None or given[2] is None:
        return given
    end = date_parts(last)
    if end[1] != given[1] or end[2] is None:
        return given
    inside = given[2] <= first <= end[2] and (end_day is None or end_day <= end[2])
    return (*given[:2], first) if inside else given


def _dates_compared(
    claimed: tuple[int | None, int | None, int | None], given: tuple[int | None, ...], stated: str
) -> "tuple[Verdict, Reason]":
    """A claimed (year, month, day) against a record's: ruled out by any part that differs, not
    established where it names a part the record does not state."""
    says = reason("date.stated", date=Day(stated))
    pairs = list(zip(claimed, given, strict=True))
    if any(mine is not None and theirs is not None and mine != theirs for mine, theirs in pairs):
        return "contradicted", says
    if any(mine is not None and theirs is None for mine, theirs in pairs):
        return "not_established", reason("date.stated_only", date=Day(stated))
    return "supported", says


def _unstated_date(statement: Statement, label: Reason, record: "Subject", base: FactBase) -> "Part":
    """A date claimed of a record that states none; the year an agreement at the same meeting
    names for itself ("the assembly opened and the 2026 chairmanship passed to Kazakhstan")."""
    year_only = (statement.month, statement.day) == (None, None)
    named = _year_named_at(statement, record, base) if year_only else None
    if named is not None:
        names = reason("date.names_year", year=str(statement.year))
        return record_part("date", label, "supported", names, named)
    return record_part("date", label, "not_established", reason("date.unstated"), record)


def _year_named_at(statement: Statement, record: "Subject", base: FactBase) -> "Subject | None":
    """An agreement reported at the undated event a claim is about whose own words name the
    claim's year and share its words ("2026 жылғы төрағалық"): the year is that agreement's."""
    from otg_cli.meetings import Event

    if not isinstance(record, Event):
        return None
    index = _index(base)
    for agreement in base.agreements.values():
        indexed = index[agreement.id]
        if (
            agreement.event == record.id
            and statement.year in indexed.years
            and len(shared(statement.stems, indexed.stems)) >= MIN_SHARED
        ):
            return agreement
    return None


def partial_date(year: int | None, month: int | None, day: int | None) -> str:
    """A claim's date as `partial_dates` writes one: "2025", "2025-11", "2025-11-25", "--10-22"."""
    if year is None:
        return f"--{month or 0:02d}-{day or 0:02d}"
    return "-".join([str(year), *(f"{n:02d}" for n in (month, day) if n is not None)])


def date_parts(date: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a partial date: "2025", "2025-11-25", "--10-22"."""
    if date.startswith("--"):
        month, day = date[2:].split("-")
        return None, int(month), int(day)
    pieces = [int(p) for p in date.split("-")]
    pieces += [None] * (3 - len(pieces))  # type: ignore[list-item]
    return pieces[0], pieces[1], pieces[2]


def _ordinal(statement: Statement, record: "Subject", base: FactBase) -> "Part | None":
    if statement.ordinal is None:
        return None
    event = event_of(record, base)
    names = event.name.all() if event is not None else ()
    stated = next((n for n in map(ordinal_of, names) if n is not None), None)
    label = reason("claimed.ordinal", ordinal=str(statement.ordinal))
    if stated is None:
        return record_part("ordinal", label, "not_established", reason("number.unstated"), record)
    verdict: Verdict = "supported" if stated == statement.ordinal else "contradicted"
    return record_part("ordinal", label, verdict, reason("ordinal.stated", ordinal=str(stated)), record)


def _covered(record: "Subject", base: FactBase) -> set[str]:
    """The countries a record is about: its own, else its groups' members and its participants."""
    from otg_cli.meetings import Event

    if isinstance(record, Group):
        return {m.country for m in record.members}
    if isinstance(record, Event):
        return {p.country for p in record.participants if p.country} | {record.country or ""}
    countries = {p for p in record.parties if p not in base.groups}
    if countries:
        return countries
    return {m.country for g in record.parties if g in base.groups for m in base.groups[g].members}


def _parties(statement: Statement, indexed: Indexed, base: FactBase) -> "Part | None":
    record = indexed.record
    named = [p for p in statement.parties if p not in base.groups]
    covered = _covered(record, base)
    if all(p in covered for p in named):
        return None  # nothing to look for in the record's words: reading them costs a verify dearly
    covered |= _countries_named(record, base)
    extra = [p for p in named if p not in covered]
    if not named or not extra:
        return None
    countries = tuple(Parties((c,)) for c in sorted(c for c in covered if c and c not in base.groups))
    claimed = reason("claimed.parties", parties=tuple(Parties((c,)) for c in extra))
    from otg_cli.detail_checks import on_a_route

    if _another_pair(statement, record, base) and not on_a_route(statement.text, extra, base):
        why = reason("parties.another_pair", countries=countries)
        return record_part("parties", claimed, "not_found", why, record)
    why = reason("parties.named", countries=countries) if countries else reason("parties.none")
    return record_part("parties", claimed, "contradicted", why, record)


def _deadline(statement: Statement, record: "Subject") -> "Part | None":
    """A year the claim says it is to be done by: no record gives one ("to open trading houses by
    the end of 2026" asserts more than "decided to create trading houses")."""
    if statement.deadline is None:
        return None
    label = reason("claimed.by_year", year=str(statement.deadline))
    return record_part("deadline", label, "not_established", reason("target.no_deadline"), record)


def _another_pair(statement: Statement, record: "Subject", base: FactBase) -> bool:
    """Whether the claim names one of a record's partners and another in place of the other
    (Kazakhstan and Uzbekistan for what Kazakhstan and Turkmenistan discussed): a point of another
    pair, which
    the base does not hold, not one the record rules out. A record of a group's (the chambers
    union's chairmanship) is the one such point there is: a partner put in another's place is
    ruled out."""
    own = [p for p in getattr(record, "parties", ()) if p]
    if not own or any(p in base.groups for p in own):
        return False
    named = set(statement.parties)
    return bool(named & set(own)) and not named.issuperset(own)


def _transfer(statement: Statement, record: "Agreement", base: FactBase) -> "Part | None":
    if record.status != "transferred":
        return None
    countries = [p for p in record.parties if p not in base.groups]
    if len(countries) != 2 or statement.transfer == (None, None):
        return None
    giver, receiver = statement.transfer
    label = reason(
        "claimed.transfer",
        giver=Parties((giver,)) if giver else "?",
        receiver=Parties((receiver,)) if receiver else "?",
    )
    right = (giver in (None, countries[0])) and (receiver in (None, countries[1]))
    verdict: Verdict = "supported" if right else "contradicted"
    said = reason("transfer.stated", giver=Parties((countries[0],)), receiver=Parties((countries[1],)))
    return record_part("transfer", label, verdict, said, record)


def _countries_named(record: "Subject", base: FactBase) -> set[str]:
    """The countries a record's own words name ("Kazakhstan–Turkmenistan–Afghanistan–Pakistan")."""
    from otg_cli.countries import find_parties

    return set(find_parties(" ".join(_texts(record, base)), base, misspelt=False))


def _numbers(statement: Statement, indexed: Indexed) -> "Part | None":
    """A number the claim gives ("for two years", "ten buildings") against the record's words."""
    missing = [n for n in statement.numbers if n not in indexed.numbers]
    if not missing:
        return None
    label = reason("claimed.numbers", numbers=tuple(missing))
    if indexed.numbers:
        stated = reason("number.stated", numbers=tuple(sorted(indexed.numbers)))
        return record_part("number", label, "contradicted", stated, indexed.record)
    return record_part("number", label, "not_established", reason("number.unstated"), indexed.record)


def known_word(word: str, base: FactBase) -> bool:
    """Whether a word is one the base's agreements, events and groups use, in any of its forms."""
    return bool(shared([stem(word)], _record_stems(base)))


@lru_cache(maxsize=4)
def _record_stems(base: FactBase) -> frozenset[str]:
    """Every stem of the base's agreements, events and groups."""
    return frozenset(_weights(base))


def _names_in(text: str) -> list[str]:
    """The words a claim capitalises inside a sentence ("Кандагар", "Samarkand"): names; neither a
    sentence's first word nor an abbreviation in capitals ("ТМҰ")."""
    found = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word, before = match.group(), text[: match.start()].rstrip(" «\"'(")
        first = not before or before[-1] in ".!?:;—-–"
        if word[:1].isupper() and not word.isupper() and len(word) >= 4 and not first:
            found.append(word)
    return found


@lru_cache(maxsize=4)
def _base_names(known: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of every record of the base and of every office's title, and their first four
    letters: what a name must not be to be one no record has."""
    from otg_cli.people_checks import title_stems

    stems = known | title_stems()
    return stems, frozenset(k[:4] for k in stems)


def _unknown_name(statement: Statement, indexed: Indexed, known: frozenset[str]) -> "Part | None":
    """A name the claim gives that no record of the base has in any form: its stem's first four
    letters start no stem of any record, nor does a record's stem start it ("Кандагар" beside the
    dry port on the Herat border); a title's words say who acted (`people_checks.title_stems`)."""

    names = frozenset(stems_of(" ".join(_names_in(statement.text)))) & statement.stems
    stems, starts = _base_names(known)
    # "Азияға" is the "Азии" of the record: a word of the record that starts as it does is its own.
    own = {k[:3] for k in indexed.stems}
    added = sorted(
        w
        for w in names
        if w[:4] not in starts
        and not any(w[:n] in stems for n in range(3, len(w)))
        and w[:3] not in own
        and not any(w.startswith(k) for k in indexed.stems)  # "Азии" is stemmed "аз"
    )
    added += [w for w in _detail_words(statement, indexed) if w not in added]
    if not added:
        return None
    claimed = reason("claimed.words", words=tuple(added))
    return record_part("detail", claimed, "not_established", reason("detail.unstated"), indexed.record)


def _detail_words(statement: Statement, indexed: Indexed) -> list[str]:
    """The stems of the words that always assert something the record must state ("мерзімсіз",
    "накануне", "қаржыландырады", "впервые"): the lexicon's [details], against the record's own
    words only; its own word, or a longer one ("қаржыландырады" is no "қаржы", the finance a
    roadmap is on)."""
    from otg_cli.text import find_words

    folded = normalized(statement.text)
    said = [folded[a:b] for a, b in find_words(folded, words_of("details", "words"))]
    own_starts = stem_starts(indexed.stems) | indexed.stems
    return sorted(w for w in stems_of(" ".join(said)) if w not in own_starts)


def _unstated(statement: Statement, indexed: Indexed, base: FactBase) -> "Part | None":
    """Words of the claim that no record of the base has ("completed the rollout", "бірауыздан
    сайланды"), where the claim names no action otg knows: a detail it adds, no source states."""
    known = _record_stems(base)
    if statement.action is not None or statement.held:
        # What was done is checked as the subject, and the other words name the record; but a
        # name no record has ("Кандагар шекарасындағы құрғақ порт") is a detail no source gives.
        return _unknown_name(statement, indexed, known)
    added = sorted(
        w for w in statement.stems - shared(statement.stems, indexed.stems) if not shared([w], known)
    )
    added += [w for w in _detail_words(statement, indexed) if w not in added]
    if not added:
        return None
    said = reason("claimed.words", words=tuple(added))
    return record_part("detail", said, "not_established", reason("detail.unstated"), indexed.record)


def check(statement: Statement, base: FactBase) -> "tuple[Part, ...]":
    """Every part the claim asserts of the record it is about; () when it is about none."""
    if any(p not in _known(base) for p in statement.parties):
        return ()  # "Kazakhstan and Georgia signed ...": the base says nothing of a country outside it
    indexed = _handed_over(statement, base) or match(statement, base)
    if indexed is None or _another_kind(statement, indexed.record, base):
        return ()
    if isinstance(indexed.record, Group):
        return _group_parts(statement, indexed.record, base)
    return _record_parts(statement, indexed, base)


def _group_parts(statement: Statement, group: Group, base: FactBase) -> "tuple[Part, ...]":
    """A group's members as the claim gives them, and what else it says of the group (when it was
    set up, who handed its chair to whom) against the agreement or event that states it."""
    from otg_cli.group_checks import membership

    parts = membership(statement, group, base)
    # A chair handed from one country to another ("от Азербайджана к Казахстану"); a group in the
    # dative ("одағына мүше") hands nothing over.
    handed = any(side in base.countries for side in statement.transfer)
    said_more = statement.year is not None or handed or statement.ordinal
    other = match(statement, base, groups=False) if said_more or not parts else None
    if other is None and statement.year is not None:
        other = _dated_clause(statement, base)
    if other is not None:
        return (*parts, *(p for p in _record_parts(statement, other, base) if p.name != "parties"))
    if statement.year is not None:
        # A year no record of the group states ("одағы 2018 жылы құрылған"): not what it says.
        label = reason("claimed.date", date=Day(partial_date(statement.year, statement.month, statement.day)))
        parts = (*parts, record_part("date", label, "not_established", reason("date.unstated"), group))
    return parts or (
        record_part(
            "subject",
            reason("claimed.action", action=Word("mentioned", "claimed")),
            "not_established",
            reason("group.nothing_checkable"),
            group,
        ),
    )


def _dated_clause(statement: Statement, base: FactBase) -> Indexed | None:
    """The record the clause of a claim that gives its year is about ("Палаталар одағы 2019 жылы
    құрылған, ал Мажарстан ..."), where the whole claim reaches none."""
    from otg_cli.claims import clause_boundary
    from otg_cli.statements import read_statement

    for clause in clause_boundary().split(normalized(statement.text)):
        if str(statement.year) in clause:
            return match(read_statement(clause, base), base, groups=False)
    return None


def _record_parts(statement: Statement, indexed: Indexed, base: FactBase) -> "tuple[Part, ...]":
    """Every part the claim asserts of an agreement or event."""
    from otg_cli.meetings import Agreement
    from otg_cli.people_checks import people

    record, words = indexed.record, indexed.stems
    parts: list[Part | None] = []
    if isinstance(record, Agreement):
        from otg_cli.detail_checks import border_part, field_part, measure_part, person_part

        parts += [
            _subject(statement, record),
            _proposer(statement, record),
            _transfer(statement, record, base),
            field_part(statement, indexed),
            measure_part(statement, indexed),
            border_part(statement, indexed, base),
            person_part(statement, indexed, base),
        ]
    else:
        parts.append(_held(statement, record))
    parts += _places(statement, record, words, base)
    parts += [
        _date(statement, indexed, base),
        _ordinal(statement, record, base),
        _parties(statement, indexed, base),
        _numbers(statement, indexed),
        _unstated(statement, indexed, base),
    ]
    parts += people(statement, event_of(record, base), base)
    parts.append(_deadline(statement, record))
    found = tuple(p for p in parts if p is not None)
    # Another pair's point: what the record says of its own pair bears on the claim no further.
    other = tuple(p for p in found if p.name == "parties" and p.verdict == "not_found")
    return other or _another_of_series(found, record) or found


def _another_of_series(parts: "tuple[Part, ...]", record: "Subject") -> "tuple[Part, ...]":
    """A meeting of the series the record's is one of, but not it ("the 13th meeting was held in
    Baku in 2024", "the 15th will be in Baku"): its number is another, no place or date the
    claim gives is the record's, and it is a later one or one of another year. The base says
    nothing of that meeting: not_found. "The 13th meeting was held in Astana" rules out the 14th."""
    ordinal = next((p for p in parts if p.name == "ordinal" and p.verdict == "contradicted"), None)
    said = [p for p in parts if p.name in ("place", "date")]
    if ordinal is None or not said or any(p.verdict == "supported" for p in said):
        return ()
    stated = str(dict(ordinal.reason.values).get("ordinal", ""))
    claimed = str(dict(ordinal.claimed.values).get("ordinal", ""))
    later = claimed.isdigit() and stated.isdigit() and int(claimed) > int(stated)
    dated = any(p.name == "date" for p in said)  # none of them supported
    if not (later or dated):
        return ()
    return (
        record_part(
            "ordinal", ordinal.claimed, "not_found", reason("ordinal.another", ordinal=stated), record
        ),
    )


def _known(base: FactBase) -> frozenset[str]:
    """The parties the base says anything of: its countries and groups, the groups' members and
    every party a record names."""
    records: list[Subject] = [*base.agreements.values(), *base.events.values()]
    named = {p for r in records for p in getattr(r, "parties", ())}
    members = {m.country for g in base.groups.values() for m in g.members}
    facts = {p for f in base.facts.values() for p in f.parties}
    return frozenset({*base.countries, *base.groups, *members, *named, *facts})


def _another_kind(statement: Statement, record: "Subject", base: FactBase) -> bool:
    """Whether the claim is about a summit (a meeting of heads of state) and the record it was
    matched to is reached at a meeting of another kind: "OTS heads of state to meet in Baku" is
    about no meeting the base holds, not a ministers' meeting held elsewhere."""
    from otg_cli.statements import claim_folded, mentions

    said = {m.meaning for m in mentions(claim_folded(statement.text), "events")}
    if "summit" not in said:
        return False
    event = event_of(record, base)
    return event is None or not any(kind in event.kind for kind in ("summit", "presidential"))


def _handed_over(statement: Statement, base: FactBase) -> Indexed | None:
    """For a claim that says who handed something over to whom ("перешло от Казахстана к
    Азербайджану"), the one transfer in the base between those two countries, whichever way it
    went and whatever the claim calls the body: a transfer is checked against a transfer."""
    named = {p for p in statement.transfer if p is not None}
    if len(named) != 2:
        return None
    transfers = [a for a in base.agreements.values() if a.status == "transferred"]
    found = [a for a in transfers if {p for p in a.parties if p not in base.groups} == named]
    # "Turkey handed the chair to Kazakhstan": the one transfer to or from either side, whose
    # giver then rules the claim out.
    if not found and starts_a_word(normalized(statement.text), words_of("transfer", "handing")):
        found = [a for a in transfers if named & set(a.parties)]
    return _index(base).get(found[0].id) if len(found) == 1 else None


def records_of(parts: "Iterable[Part]", statement: Statement, base: FactBase) -> "tuple[Subject, ...]":
    """The records the parts were checked against, and the agreements reported at a matched
    event that share the claim's words ("the next commission will meet in Khiva")."""
    from otg_cli.meetings import Event

    found = list(by_id(r for p in parts for r in p.records))
    for event in [r for r in found if isinstance(r, Event)]:
        index = _index(base)
        found += [
            a
            for a in base.agreements.values()
            if a.event == event.id and len(shared(statement.stems, index[a.id].stems)) >= MIN_SHARED
        ]
    return by_id(found)

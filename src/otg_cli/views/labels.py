"""Labels only the table shows, next to the JSON row: localized dates, party names, citation lines.

Each is computed here once per result, in the language of the run. The base is only looked up by
id (a citation's source, a party's name), never scanned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from otg_cli import i18n, periods
from otg_cli.countries import party_line

if TYPE_CHECKING:
    from otg_cli.derived import Derived
    from otg_cli.meetings import Agreement, Event, Target
    from otg_cli.models import Citation, Fact, FactBase, Group, Record, Source
    from otg_cli.periods import DateRange
    from otg_cli.query import EventFound, SourceFound, TargetFound, Verified
    from otg_cli.search import Hit

say = i18n.phrase

#: Text with its style, piece by piece: a cell whose parts are styled differently.
Fragments = tuple[tuple[str, str], ...]
Labels = dict[str, Any]


def published(source: Source) -> str:
    """The publication date as precise as the article states it."""
    return periods.describe_date(source.published) if source.published else say("date not stated")


def measure_word(measure: str) -> str:
    """What a measure is called in the run's language: trade balance, торговое сальдо."""
    return say(measure.replace("_", " "))


def citation_line(citation: Citation, base: FactBase) -> str:
    source = base.sources[citation.source]
    return f"{source.outlet} · {published(source)} · {source.language}"


def citation_lines(citations: Iterable[Citation], base: FactBase) -> str:
    """One line per source cited (a source quoted twice is named once)."""
    return "\n".join(dict.fromkeys(citation_line(c, base) for c in citations))


def quote_lines(citations: Iterable[Citation], base: FactBase) -> list[str]:
    """One unbroken line per quote, so that it can be copied whole."""
    return [f"{citation_line(c, base)}: «{c.quote}»" for c in citations]


def event_date(event: Event, base: FactBase) -> str:
    """The date as stated; where it is not, when the sources reported the event."""
    stated = periods.describe_event_date(event.date, event.date_end)
    if event.date is not None:
        return stated
    # Partial dates sort as text ("2026" before "2026-01-08"): the earliest report, as precise as stated.
    reported = sorted({d for c in event.citations if (d := base.sources[c.source].published)})
    if not reported:
        return stated
    return say("date not stated (reported {day})", day=periods.describe_date(reported[0]))


def short_parties(codes: Iterable[str], base: FactBase) -> str:
    from otg_cli.countries import short_party

    return " – ".join(short_party(code, base) for code in codes)


def group_title(event: Event | None, base: FactBase) -> str:
    """The heading of the agreements reported at one event."""
    if event is None:
        return say("Not tied to an event in the sources")
    place = event.place.get(i18n.current()) if event.place else say("place not stated")
    return f"{event.name.get(i18n.current())} · {place} · {event_date(event, base)}"


def disputes(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """One line per pair of facts whose sources disagree, saying where otg found it unlisted."""
    found: dict[tuple[str, str], bool] = {}
    for row in rows:
        for conflict in row["conflicts"]:
            pair = min(row["id"], conflict["id"]), max(row["id"], conflict["id"])
            found[pair] = conflict["declared"]
    return [
        f"{say('Sources disagree')}: {say('{first} vs {second}', first=first, second=second)} "
        f"(otg show {first})" + ("" if declared else f"; {say('found by otg: the figures share no value')}")
        for (first, second), declared in sorted(found.items())
    ]


def whole_years(item: Fact) -> bool:
    """Whether the figure covers whole calendar years (a chart draws it solid, a table leaves it unmarked)."""
    period = item.period
    if period.basis != "flow" or period.start is None or period.end is None:
        return False
    return periods.is_full_year(period) or (
        (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)
    )


def fact(item: Fact, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    from otg_cli.figures import format_amount

    span = periods.period_kind(item.period)
    whole = whole_years(item)
    # A sector is a code of the fact files, said as each language's news say it ("АПК").
    sector = i18n.phrases(i18n.current()).get(f"sector {item.sector}", item.sector)
    subject = short_parties(item.parties, base) + (f" · {sector}" if item.sector else "")
    return {
        # Who and what part of trade: the partner, or a scope such as a sector.
        "subject": subject,
        # The figure in otg's words (the chart's label), where value_label keeps the source's.
        "amount": None if item.value is None else format_amount(item.value, item.unit, item.qualifier),
        "citation_list": [citation_line(c, base) for c in item.citations],
        # Part years and other periods are marked; a figure of whole years is not.
        "span_note": None
        if whole or row["period"]["span"] == "not_stated" or span in row["period"]["label"]
        else span,
        "whole_years": whole,
        "disagree": say("sources disagree") if row["conflicts_with"] and item.value is not None else None,
        "citations": citation_lines(item.citations, base),
        "quotes": quote_lines(item.citations, base),
    }


def target(found: TargetFound, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    item = found.target
    disputed = [
        f"{say('also')} {p['label']} = {p['formula_label']} "
        f"{say('from')} {p['from_fact']} ({p['period']['label']})"
        for p in row["disputed_progress"]
    ]
    return {
        "parties": short_parties(item.parties, base),
        "measure": measure_word(item.measure),
        "disputed": "\n".join([say("sources disagree"), *disputed]) if disputed else None,
        "deadline": row["deadline_label"],
        "citations": citation_lines(item.citations, base),
        "quotes": quote_lines(item.citations, base),
    }


def agreement(item: Agreement, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    return {
        "status": say(item.status.replace("_", " ")),
        "title": item.title.get(i18n.current()),
        "parties": short_parties(item.parties, base),
        "citations": citation_lines(item.citations, base),
        "quotes": quote_lines(item.citations, base),
    }


def event(found: EventFound, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    item = found.event
    return {
        "name": item.name.get(i18n.current()),
        "place": item.place.get(i18n.current()) if item.place else say("not stated"),
        "date": event_date(item, base),
        "agreement_count": str(len(found.agreements)),
        "citation": citation_lines(item.citations[:1], base),
    }


def derived(item: Derived, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    return {"parties": short_parties(item.parties, base)}


def source(found: SourceFound, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    item = found.source
    return {
        "published": published(item),
        "title": item.title or f"({say('no headline')}) {item.subject or ''}",
    }


def _highlighted(text: str, query: str) -> Fragments:
    """The text in pieces, the words that matched the query marked."""
    from otg_cli.search import spans

    pieces: list[tuple[str, str]] = []
    done = 0
    for start, end in spans(text, query):
        pieces += [(text[done:start], ""), (text[start:end], "bold reverse")]
        done = end
    pieces.append((text[done:], ""))
    return tuple(p for p in pieces if p[0])


def hit(item: Hit, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    """Where it matched: at most three fields, the matching words highlighted."""
    words = i18n.phrases(i18n.current())
    pieces: list[tuple[str, str]] = []
    for index, (field, text) in enumerate(item.matches[:3]):
        if index:
            pieces.append(("\n", ""))
        pieces.append((f"{words.get(f'field {field}', field)}: ", "dim"))
        pieces.extend(_highlighted(text, query))
    kind = words.get(f"record {item.kind}", item.kind)
    return {"matches": tuple(pieces), "kind": kind, "title": row["title_label"]}


def verification(verified: Verified, row: Mapping[str, Any], base: FactBase, query: str) -> Labels:
    from otg_cli.views.reasons import said

    claim = verified.result.claim
    understood = [f"{say('parties')} " + (party_line(claim.parties, base) or say("none found"))]
    statement = row["statement"]
    if statement is not None:
        understood += _statement(statement, base)
    else:
        indicator = claim.indicator
        understood.append(
            f"{say('indicator')} {say(indicator.replace('_', ' '))}"
            if indicator
            else say("indicator not found")
        )
        understood.append(
            say("period {period}", period=_claimed_period(claim.period))
            if claim.period
            else say("period not stated")
        )
    if claim.value is not None and claim.unit is not None:
        from otg_cli.views.amounts import claimed_amount

        amount = claimed_amount(claim.value, claim.unit, claim.qualifier, claim.value_high)
        understood.append(f"{say('amount')} {amount}")
    elif row["claim"]["value_label"] is not None:
        understood.append(f"{say('amount')} {row['claim']['value_label']}")
    if claim.change_pct is not None:
        from otg_cli.views.amounts import claimed_change

        change = claimed_change(claim.change_pct, claim.qualifier_of("change"), claim.change_high)
        understood.append(f"{say('change')} {change}")
    understood += [f"{say('read')} {c}" for c in claim.corrections]
    records: list[Fact | Target | Agreement | Event | Group] = [
        *verified.result.facts,
        *(t.target for t in verified.targets),
        *verified.result.records,
    ]
    parts = [
        f"  {say(part.name)} {said(part.claimed, base)}: {say(part.verdict.replace('_', ' '))}"
        f" ({said(part.reason, base)})"
        for part in verified.result.parts
    ]
    return {
        "understood": say("Claim understood: ") + " · ".join(understood),
        "explanation": said(verified.result.explanation, base),
        "parts": parts,
        "verdict": say(verified.result.verdict.replace("_", " ")),
        "quoted": [(r.id, quote_lines(r.citations, base)) for r in records],
    }


def _claimed_period(period: DateRange) -> str:
    """The period a claim names, as the tables write one ("январь–август 2025 г.")."""
    from otg_cli.models import Period

    if i18n.current() == "en":
        return period.text
    return periods.describe_period(Period(basis="flow", start=period.start, end=period.end), in_sentence=True)


def _claimed_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """A claim's date as precise as it says: "ноябрь 2025 г.", "20 февраля 2026 г.", "2025"."""
    if not (year or month or day):
        return None
    if year and month and day:
        return periods.describe_date(f"{year}-{month:02d}-{day:02d}")
    if year and month and not day:
        return periods.describe_date(f"{year}-{month:02d}")
    if year and not (month or day):
        return str(year)
    if month and day and not year:
        return periods.describe_date(f"--{month:02d}-{day:02d}")
    return "-".join(f"{n:02d}" if n else "?" for n in (year, month, day))


def _statement(statement: Mapping[str, Any], base: FactBase) -> list[str]:
    """What was understood of a claim without a figure, a phrase for each thing it asserts."""
    from otg_cli.reasons import Word
    from otg_cli.views.reasons import word

    action = say("nothing done")
    if statement["action"]:
        key = f"action {statement['action']}"
        action = statement["action"] if say(key) == key else say(key)
    if statement["negated"]:
        action = say("not {action}", action=action)
    said = [f"{say('action')} {action}"]
    if statement["subject"]:
        said.append(f"{say('by')} {party_line([statement['subject']], base)}")
    if statement["venues"]:
        said.append(f"{say('place')} " + ", ".join(word(Word(v, "place")) for v in statement["venues"]))
    if date := _claimed_date(statement["year"], statement["month"], statement["day"]):
        said.append(f"{say('date')} {date}")
    if statement["ordinal"]:
        said.append(f"{say('no.')} {statement['ordinal']}")
    if statement["role"]:
        said.append(f"{say('role')} {say('role ' + statement['role'])}")
    return said


def unwrap(found: object) -> Record:
    """The record inside what a query returned for it."""
    from otg_cli.query import EventFound, SourceFound, TargetFound

    if isinstance(found, TargetFound):
        return found.target
    if isinstance(found, EventFound):
        return found.event
    if isinstance(found, SourceFound):
        return found.source
    return found  # type: ignore[return-value]


def details(found: object, base: FactBase) -> Labels:
    """What `otg show` prints below the fields: participants, each source with its quote, notes."""
    from otg_cli.meetings import Event

    record = unwrap(found)
    people = []
    if isinstance(record, Event):
        language = i18n.current()
        people = [
            f"  {p.name.get(language)} ({p.country or '—'}): {p.role.get(language)}"
            for p in record.participants
        ]
    sources = [
        (f"  {citation_line(c, base)} [{c.source}]", f"    «{c.quote}»")
        for c in getattr(record, "citations", ())
    ]
    return {"participants": people, "sources": sources}


#: The table labels of each kind that has a table.
LABELS: dict[str, Callable[[Any, Mapping[str, Any], Any, str], Labels]] = {
    "fact": fact,
    "target": target,
    "agreement": agreement,
    "event": event,
    "derived": derived,
    "source": source,
    "hit": hit,
    "verification": verification,
}


def summary(found: object, base: FactBase) -> list[tuple[str, bool]]:
    """What `otg show` says first: the value, the period, what it is and the parties.

    Each part comes with whether it is prose that may wrap between its words (what it is); the
    others (value, period, dates, parties) are shown whole.
    """
    from otg_cli.meetings import Agreement, Event, Target
    from otg_cli.models import Fact, Group, Source

    data = _summary_row(found, base)
    record = unwrap(found)
    parts: list[tuple[str, bool]] = [(str(data.get("id")), False)]
    if isinstance(record, Fact):
        span = periods.period_kind(record.period)
        whole = whole_years(record) or span in data["period"]["label"]
        period = data["period"]["label"] + ("" if whole else f" ({span})")
        value = data["value_label"] or say("value not stated")
        parts = [(value, False), (period, False), (record.described(i18n.current()), True)]
        parts.append((party_line(record.parties, base), False))
    elif isinstance(record, Target):
        value = f"{data['value_label']} {record.measure}"
        parts = [(value, False), (data["deadline_label"], False), (party_line(record.parties, base), False)]
    elif isinstance(record, Agreement):
        shown = agreement(record, data, base, "")
        parts = [(shown["status"], False), (shown["title"], True), (party_line(record.parties, base), False)]
    elif isinstance(record, Event):
        labels = event(found, data, base, "")  # type: ignore[arg-type]
        parts = [(labels["name"], True), (labels["place"], False), (labels["date"], False)]
    elif isinstance(record, Source):
        title = record.title or record.subject or say("no headline")
        parts = [(record.outlet, False), (published(record), False), (title, True)]
    elif isinstance(record, Group):
        members = party_line([m.country for m in record.members], base)
        parts = [(record.name.get(i18n.current()), True), (members, True)]
    return parts


def _summary_row(found: object, base: FactBase) -> Mapping[str, Any]:
    from otg_cli import views

    return views.row(found, base)

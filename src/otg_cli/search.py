"""`otg search`: find facts, agreements, events, people, sources and groups by any of their words.

Matching ignores case, treats ё as е, and folds the Kazakh letters to their nearest Russian ones
(ә→а, ө→о, ү/ұ→у, қ→к, ғ→г, ң→н, һ→х, і→и), so that a user without a Kazakh keyboard finds
"Түркістан" by typing "туркистан". Each word of the query must start a word of the record
(so "туркестан" finds "Туркестане"); results are ranked by where the words matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from otg_cli.models import Agreement, Event, Fact, FactBase, Group, Source, Target, record_kind
from otg_cli.text import fold, words

#: How much a match counts, by where it is.
WEIGHTS = {
    "id": 3,
    "name": 3,
    "title": 3,
    "description": 3,
    "alias": 3,
    "person": 3,
    "quote": 2,
    "role": 2,
    "place": 2,
    "outlet": 2,
    "note": 1,
    "subject": 1,
}


@dataclass(frozen=True, eq=False)
class Hit:
    kind: str
    id: str
    title: str
    score: int
    #: (field, original text) pairs where a query word matched.
    matches: tuple[tuple[str, str], ...]


def _fields(record: object) -> Iterable[tuple[str, str]]:
    if isinstance(record, Fact):
        yield "description", record.description
    if isinstance(record, Agreement):
        yield from (("title", t) for t in record.title.all())
    if isinstance(record, Event | Group):
        yield from (("name", t) for t in record.name.all())
        yield from (("alias", t) for t in record.aliases)
    if isinstance(record, Event) and record.place is not None:
        yield from (("place", t) for t in record.place.all())
    if isinstance(record, Source):
        yield "outlet", record.outlet
        if record.title:
            yield "title", record.title
        if record.subject:
            yield "subject", record.subject
    for citation in getattr(record, "citations", ()):
        yield "quote", citation.quote
    for note in getattr(record, "notes", ()):
        yield "note", note


def _title(record: object) -> str:
    if isinstance(record, Fact):
        return record.description
    if isinstance(record, Agreement):
        return record.title.en
    if isinstance(record, Event | Group):
        return record.name.en
    if isinstance(record, Source):
        return f"{record.outlet}: {record.title or record.subject or ''}"
    if isinstance(record, Target):
        return f"{record.measure} target for {' – '.join(record.parties)}"
    return ""


def _score(query: list[str], fields: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]]]:
    total = 0
    matched: list[tuple[str, str]] = []
    for wanted in query:
        best = 0
        for field, text in fields:
            found = [w for w in words(text) if w.startswith(wanted)]
            if found:
                weight = WEIGHTS.get(field, 1) + (1 if wanted in found else 0)
                best = max(best, weight)
                if (field, text) not in matched:
                    matched.append((field, text))
        if best == 0:
            return 0, []
        total += best
    return total, matched


def search(base: FactBase, text: str, limit: int | None = None) -> list[Hit]:
    query = list(dict.fromkeys(words(text)))
    if not query:
        return []
    hits: list[Hit] = []
    for key, record in base.records().items():
        fields = [("id", key), *_fields(record)]
        score, matched = _score(query, fields)
        if score:
            hits.append(Hit(record_kind(record), key, _title(record), score, tuple(matched)))
        if isinstance(record, Event):
            for person in record.participants:
                person_fields = [*(("person", n) for n in person.name.all()), ("role", person.role)]
                if person.citation is not None:
                    person_fields.append(("quote", person.citation.quote))
                score, matched = _score(query, person_fields)
                if score:
                    title = f"{person.name.en}, {person.role} ({record.name.en})"
                    hits.append(Hit("person", key, title, score, tuple(matched)))
    hits.sort(key=lambda h: (-h.score, h.kind, h.id))
    return hits[:limit] if limit else hits


def spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words start words of `text`, as positions in the original text."""
    folded = fold(text)
    wanted = words(query)
    found = []
    for match in re.finditer(r"\w+", folded):
        if any(match.group().startswith(w) for w in wanted):
            found.append((match.start(), match.end()))
    return found

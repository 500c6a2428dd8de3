"""`otg search`: find facts, agreements, events, people, sources and groups by any of their words.

Matching ignores case, treats ё as е, and folds the Kazakh letters to their nearest Russian ones
(ә→а, ө→о, ү/ұ→у, қ→к, ғ→г, ң→н, һ→х, і→и), so that a user without a Kazakh keyboard finds
"Түркістан" by typing "туркистан". Each word of the query must start a word of the record
(so "туркестан" finds "Туркестане"); results are ranked by where the words matched.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import NamedTuple

from otg_cli.kinds import kind_of
from otg_cli.models import FactBase
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


class Hit(NamedTuple):
    kind: str
    id: str
    title: str
    score: int
    #: (field, original text) pairs where a query word matched.
    matches: tuple[tuple[str, str], ...]


#: What a person named in a record (an event's participants) is found by.
PERSON = (("person", "name.*"), ("role", "role.*"), ("quote", "citation.quote"))


def texts_at(value: object, path: str) -> Iterator[str]:
    """Every non-empty text at a dotted path into a record (see `kinds.Kind.search`): each item
    of a tuple is followed, `*` is every field of a nested record, and a missing value is none."""
    if isinstance(value, tuple):
        for item in value:
            yield from texts_at(item, path)
    elif not path:
        if isinstance(value, str) and value:
            yield value
    elif value is not None:
        head, _, rest = path.partition(".")
        if head == "*":
            for field in dataclasses.fields(value):  # type: ignore[arg-type]
                yield from texts_at(getattr(value, field.name), rest)
        else:
            yield from texts_at(getattr(value, head, None), rest)


def fields_of(record: object, spec: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(weight name, text) for every text a record is searched by."""
    return [(field, text) for field, path in spec for text in texts_at(record, path)]


def title_of(record: object, template: str) -> str:
    """A hit's title: `{path}` is the texts at that path joined by " – ", `{a|b}` the first path
    that has any text."""

    def fill(match: re.Match[str]) -> str:
        for path in match[1].split("|"):
            found = list(texts_at(record, path))
            if found:
                return " – ".join(found)
        return ""

    return re.sub(r"\{([^}]*)\}", fill, template)


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
        kind = kind_of(record)
        score, matched = _score(query, [("id", key), *fields_of(record, kind.search)])
        if score:
            hits.append(Hit(kind.table, key, title_of(record, kind.title), score, tuple(matched)))
        for person in getattr(record, "participants", ()):
            score, matched = _score(query, fields_of(person, PERSON))
            if score:
                title = f"{person.name.en}, {person.role.en} ({title_of(record, kind.title)})"
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

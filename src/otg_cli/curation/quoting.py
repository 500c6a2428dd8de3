"""`otg quote SOURCE TEXT`: find words in an archived article, and give them back as written.

A curator types or pastes a passage; the article may differ in ways a copy does not keep. Both
are compared in a canonical form, character by character, where these do not count:

- whitespace of any kind and amount, soft hyphens and zero-width characters;
- quote marks (« » “ ” „ " ' ‘ ’ ‹ ›), which all read as one;
- dashes and hyphens (- ‐ ‑ ‒ – — ― −), which all read as one;
- a decimal comma or point between digits (1,7 and 1.7), "…" and "...", case, and ё and е.

Each canonical character remembers where it came from, so the passage found is cut from the
article itself: what otg prints is exactly what the article says, ready to paste as a quote. A
passage starts and ends where words do ("10 млрд" is not found inside "110 млрд").

When nothing matches, the closest passage (difflib, over the sentences of the article and each
pair of them) is given with the difference, so that a near miss can be corrected.
"""

from __future__ import annotations

import difflib
import itertools
from typing import NamedTuple

from otg_cli.curation.sentences import split_sentences
from otg_cli.errors import OtgError, Words

_QUOTE_MARKS = frozenset("«»“”„‟\"'‘’‚‛‹›")
_DASHES = frozenset("-‐‑‒–—―−")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

#: How alike (difflib's ratio) a passage must be to be offered as a near miss.
NEAR_MISS = 0.5


class Passage(NamedTuple):
    """Part of an article, exactly as written: `text == article[start:end]`."""

    start: int
    end: int
    text: str


class Found(NamedTuple):
    """What `otg quote` found for one text in one source's article."""

    source: str
    archive: str
    asked: str
    passage: Passage | None
    #: How many times the text occurs (tolerantly); the passage is the first.
    occurrences: int
    #: Whether the text as typed is already in the article character for character.
    verbatim: bool
    closest: Passage | None = None
    #: difflib's ratio between the canonical forms of the text and the closest passage.
    similarity: float | None = None
    #: ndiff of the text (-) against the closest passage (+), with its `?` guide lines.
    diff: tuple[str, ...] = ()


def _fold(text: str, index: int) -> str:
    """The canonical form of the character at `index` ("" when it does not count)."""
    char = text[index]
    if char.isspace() or char in _INVISIBLE:
        return ""
    if char in _QUOTE_MARKS:
        return '"'
    if char in _DASHES:
        return "-"
    if char == "…":
        return "..."
    if char == "," and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
        return "."
    lower = char.lower()
    return ("е" if lower == "ё" else lower) if len(lower) == 1 else char


def canonical(text: str) -> tuple[str, list[int]]:
    """The canonical form of a text, and for each of its characters the index it came from."""
    chars: list[str] = []
    origins: list[int] = []
    for index in range(len(text)):
        folded = _fold(text, index)
        chars.append(folded)
        origins.extend([index] * len(folded))
    return "".join(chars), origins


def _at_word_edges(article: str, start: int, end: int) -> bool:
    """Whether a passage neither starts nor ends inside a word or number."""
    inside_start = start > 0 and article[start].isalnum() and article[start - 1].isalnum()
    inside_end = end < len(article) and article[end - 1].isalnum() and article[end].isalnum()
    return not (inside_start or inside_end)


def _occurrences(article: str, text: str) -> list[Passage]:
    folded, origins = canonical(article)
    wanted, _ = canonical(text)
    if not wanted:
        raise OtgError(Words("nothing to look for in {text}; give words of the article", text=repr(text)))
    found: list[Passage] = []
    at = folded.find(wanted)
    while at >= 0:
        start, end = origins[at], origins[at + len(wanted) - 1] + 1
        if _at_word_edges(article, start, end):
            found.append(Passage(start, end, article[start:end]))
        at = folded.find(wanted, at + 1)
    return found


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _best_window(article: str, start: int, end: int, wanted: str) -> tuple[float, Passage]:
    """The stretch of article[start:end] most like `wanted`, widened to whole words."""
    folded, origins = canonical(article[start:end])
    size = min(len(wanted), len(folded))
    best = (-1.0, 0)
    for offset in range(len(folded) - size + 1):
        score = _ratio(folded[offset : offset + size], wanted)
        if score > best[0]:
            best = (score, offset)
    score, offset = best
    first = start + origins[offset]
    last = start + origins[offset + size - 1] + 1
    while first > start and article[first - 1].isalnum():
        first -= 1
    while last < end and article[last].isalnum():
        last += 1
    return _fitted(article, (first, last), (start, end), wanted)


def _fitted(
    article: str, span: tuple[int, int], bounds: tuple[int, int], wanted: str
) -> tuple[float, Passage]:
    """The passage grown or shrunk by a word at either end while that makes it more like `wanted`."""
    import re

    def score(first: int, last: int) -> float:
        return _ratio(canonical(article[first:last])[0], wanted)

    first, last = span
    best = score(first, last)
    while True:
        inside = list(re.finditer(r"\S+", article[first:last]))
        before = list(re.finditer(r"\S+", article[bounds[0] : first]))
        after = re.search(r"\S+", article[last : bounds[1]])
        options = []
        if len(inside) > 1:
            options += [(first + inside[1].start(), last), (first, first + inside[-2].end())]
        if before:
            options.append((bounds[0] + before[-1].start(), last))
        if after:
            options.append((first, last + after.end()))
        scored = max(((score(a, b), a, b) for a, b in options), default=(best, first, last))
        if scored[0] <= best:
            break
        best, first, last = scored
    while last > first + 1 and article[last - 1] in ",;:":
        last -= 1  # a clause's comma is not part of the passage
    return best, Passage(first, last, article[first:last])


def closest_passage(article: str, text: str) -> tuple[float, Passage] | None:
    """The passage most like `text` (a sentence, two sentences, or part of them), if any is."""
    wanted, _ = canonical(text)
    sentences = split_sentences(article)
    spans = [(s.start, s.end) for s in sentences]
    spans += [(a.start, b.end) for a, b in itertools.pairwise(sentences)]
    if not spans or not wanted:
        return None

    def rough(span: tuple[int, int]) -> float:
        matcher = difflib.SequenceMatcher(
            None, canonical(article[span[0] : span[1]])[0], wanted, autojunk=False
        )
        # How much of `wanted` the span holds, in order: a long sentence holding it all scores 1.
        return sum(block.size for block in matcher.get_matching_blocks()) / len(wanted)

    candidates = sorted(spans, key=rough, reverse=True)[:3]
    score, passage = max((_best_window(article, s, e, wanted) for s, e in candidates), key=lambda x: x[0])
    return (score, passage) if score >= NEAR_MISS else None


def find_quote(source: str, archive: str, article: str, text: str) -> Found:
    """Find `text` in the article of `source` (whose archive is at the displayed path `archive`)."""
    found = _occurrences(article, text)
    if found:
        return Found(source, archive, text, found[0], len(found), text in article)
    near = closest_passage(article, text)
    if near is None:
        return Found(source, archive, text, None, 0, False)
    score, passage = near
    diff = tuple(line.rstrip("\n") for line in difflib.ndiff([text + "\n"], [passage.text + "\n"]))
    return Found(source, archive, text, None, 0, False, passage, round(score, 3), diff)

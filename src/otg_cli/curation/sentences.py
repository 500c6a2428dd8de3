"""An article cut into sentences, each with its place in the text, for `otg draft` and `otg quote`.

A sentence ends at a line break, or at `.`, `!`, `?` or `…` (and any closing quote or bracket after
it) followed by a space and something that does not start in lower case. So "4,3 млрд долларов",
"$4.3 bn", "млрд. долларов" and "т.е. страны" stay whole, while "до $10 млрд. По итогам" is two
sentences: Russian and Kazakh news end a sentence on "млрд." as on any word. A point after an
initial ("Р. Баталов") or an abbreviation ("г. Астана", "т.е.", "им.", "Mr.", "(2005-2025 жж.)")
does not end one; "г." and "ж." after a year ("в 2025 г. Казахстан") do.

Archives that start with a crawler's stamp (" date 2026-02-20 ...") have it left out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: The stamp some archives start with, before the article's own first words.
_STAMP = re.compile(r"\s*date \d{4}-\d{2}-\d{2}(?=\s)")
_END = re.compile(r"[.!?…]+[»\"”’')\]]*(?=\s)")
_TOKEN = re.compile(r"([\w.]+)\Z")
_NUMBER_BEFORE = re.compile(r"\d\s+\S+\Z")

#: Abbreviations that a point follows without ending the sentence (lower case, inner points kept).
_ABBREVIATIONS = frozenset(
    {
        "т.е", "т.к", "т.н", "т.ч", "т.д", "т.п", "т.б", "т.с.с", "г", "гг", "ж", "жж", "им", "ул",
        "пр", "просп", "обл", "проф", "акад", "см", "напр", "тел", "mr", "mrs", "ms", "dr", "st",
        "e.g", "i.e", "vs", "no", "inc", "ltd",
    }
)  # fmt: skip
#: Of those, the ones that end a sentence after a year ("в 2025 г.", "2025 ж."), unless in brackets.
_AFTER_YEARS = frozenset({"г", "ж"})


class Sentence(NamedTuple):
    """A sentence exactly as the article has it, and where: `text == article[start:end]`."""

    start: int
    end: int
    text: str


def _ends_sentence(line: str, end: re.Match[str]) -> bool:
    after = line[end.end() :].lstrip()
    if not after or after[0].islower():
        return not after
    if end.group()[0] != ".":
        return True
    token = _TOKEN.search(line, 0, end.start())
    word = token[1].strip(".").lower() if token else ""
    if len(word) == 1 and word.isalpha() and token and token[1].strip(".").isupper():
        return False  # an initial: "Р. Баталов"
    if word in _AFTER_YEARS and ")" not in end.group():
        return _NUMBER_BEFORE.search(line, 0, end.start()) is not None
    return word not in _ABBREVIATIONS


def _line_sentences(article: str, start: int, end: int) -> list[Sentence]:
    line = article[start:end]
    found: list[Sentence] = []
    begin = 0
    for match in _END.finditer(line):
        if _ends_sentence(line, match):
            found.append(_trimmed(article, start + begin, start + match.end()))
            begin = match.end()
    found.append(_trimmed(article, start + begin, end))
    return [s for s in found if s.text]


def _trimmed(article: str, start: int, end: int) -> Sentence:
    text = article[start:end]
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return Sentence(start + left, start + right, text.strip())


def split_sentences(article: str) -> list[Sentence]:
    """The article's sentences in order, each verbatim with its offsets."""
    stamp = _STAMP.match(article)
    offset = stamp.end() if stamp else 0
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", article[offset:]):
        sentences += _line_sentences(article, offset + line.start(), offset + line.end())
    return sentences

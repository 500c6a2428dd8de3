"""A record's quote, read with the claim reader (`claims.py`) as `otg verify` reads a claim.

Where a claim states one figure, a quote often states several ("34 инвестиционных проекта на сумму
$4,4 млрд и 7 торговых контрактов на $2,6 млрд"), so every figure is read, each with the qualifier
the quote binds to it: the words right before it ("достигли порядка 5 млрд"), then the words since
the figure before, then Kazakh words right after it ("1,3 млрд доллардан астамын"). A figure is
negative when the words around it say so (the lexicon's [change]: "3 пайызға қысқарған" is −3%,
"дефицит 1,2 млрд" is −1.2 bn). The period, the deadline, the parties and the words for an
agreement's status (the lexicon's [statuses]) are read from the whole quote. `quotecheck` compares
the reading with the record.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import NamedTuple

from otg_cli.claim_periods import find_deadline, find_period, find_year_span
from otg_cli.claims import _bound_qualifier, find_figures, find_qualifier
from otg_cli.countries import find_parties
from otg_cli.lexicon import entries, spell_number_words, spell_numbers
from otg_cli.lexicon import readable as latin_to_cyrillic
from otg_cli.models import FactBase, Qualifier, Unit
from otg_cli.periods import DateRange
from otg_cli.text import casefold_claim, fold, starts_a_word

#: How many words before a figure are its own: "стабильно превышает полмиллиарда" binds "over".
NEAR_WORDS = 3
#: A quote is a sentence or two; more figures than this are not read.
_MOST_FIGURES = 40


class Stated(NamedTuple):
    """One figure a quote states: in base units, "percent" for a percentage, with its qualifier."""

    value: float
    unit: Unit
    qualifier: Qualifier
    #: The figure's words as read (casefolded, numbers in words as digits): "1,7 млрд долларов".
    words: str
    #: The figure with the words around it, to show where its qualifier comes from.
    phrase: str
    #: The words make it negative: a percentage a fall ("сократился на 3%"), an amount a deficit.
    negative: bool = False

    @property
    def signed(self) -> float:
        return -abs(self.value) if self.negative else self.value


class Reading(NamedTuple):
    """What one quote states."""

    figures: tuple[Stated, ...]
    period: DateRange | None
    deadline: int | None
    parties: tuple[str, ...]
    #: (status, the words that say it) for every status word of the lexicon in the quote.
    statuses: tuple[tuple[str, str], ...]
    #: The qualifier of the quote as a whole, as `otg verify` reads a claim with one figure.
    qualifier: Qualifier = "exact"


def read_quote(quote: str, base: FactBase, published: datetime.date | None = None) -> Reading:
    """Everything a quote states; relative periods ("текущего года") count from `published`."""
    readable = latin_to_cyrillic(quote)
    text = spell_numbers(casefold_claim(readable))
    return Reading(
        figures=every_figure(spell_number_words(casefold_claim(readable))),
        period=find_year_span(text) or find_period(text, published),
        deadline=find_deadline(text),
        parties=find_parties(readable, base),
        statuses=find_statuses(quote),
        qualifier=find_qualifier(text),
    )


def _spans(text: str) -> list[tuple[float, Unit, tuple[int, int]]]:
    """Every amount and percentage `find_figures` reads, left to right: each found is blanked out
    and the text read again."""
    masked = text
    found: list[tuple[float, Unit, tuple[int, int]]] = []
    for _ in range(_MOST_FIGURES):
        figures = find_figures(masked)
        read: list[tuple[float | None, Unit | None, tuple[int, int] | None]] = [
            (figures.value, figures.unit, figures.value_at),
            (figures.change, "percent", figures.change_at),
        ]
        new = [(value, unit, at) for value, unit, at in read if value is not None and unit and at]
        if not new:
            break
        for value, unit, (start, end) in new:
            found.append((value, unit, (start, end)))
            masked = masked[:start] + " " * (end - start) + masked[end:]
    return sorted(found, key=lambda item: item[2])


def _words_before(text: str, end: int, count: int) -> int:
    """Where the last `count` words before `end` start."""
    words = list(re.finditer(r"\S+", text[:end]))
    return words[-count].start() if len(words) >= count else 0


def _qualifier(text: str, at: tuple[int, int], since: int, until: int) -> Qualifier:
    """The qualifier bound to the figure at `at`, from the words between the figure before it
    (ending at `since`) and the one after it (starting at `until`), the nearest first."""
    window = text[since:until]
    start = at[0] - since
    near = _words_before(window, start, NEAR_WORDS)
    # `_bound_qualifier` with no other figure: words before the figure, else Kazakh ones after it.
    qualifier = _bound_qualifier(window[near:], (start - near, start - near + 1), (0, 0))
    if qualifier == "exact":
        qualifier = _bound_qualifier(window, (start, start + 1), (0, 0))
    return qualifier


def _shown(words: str) -> str:
    """A figure's words without what the amount pattern took after them ("$4,4 млрд и")."""
    words = words.strip().rstrip(".,;:")
    head, _, last = words.rpartition(" ")
    return head if head and len(last) <= 2 and not re.search(r"[\d$%]", last) else words


@cache
def _change_words(name: str) -> tuple[str, ...]:
    """The lexicon's [change] words of one kind ("down", "deficit") in every language, folded."""
    return tuple(fold(word) for key, words in entries("change") if key == name for word in words)


def _says(text: str, name: str) -> bool:
    return starts_a_word(fold(text), _change_words(name))


def every_figure(text: str) -> tuple[Stated, ...]:
    """Every figure of a quote (read as `read_quote` prepares it) with its qualifier."""
    spans = _spans(text)
    figures = []
    for index, (value, unit, at) in enumerate(spans):
        since = spans[index - 1][2][1] if index else 0
        until = spans[index + 1][2][0] if index + 1 < len(spans) else len(text)
        near = max(_words_before(text, at[0], NEAR_WORDS), since)
        after = re.match(r"\s*\S+(?:\s+\S+)?", text[at[1] : until])
        stop = at[1] + (after.end() if after else 0)
        # A fall is said next to its figure; a deficit anywhere since the figure before.
        negative = _says(text[near:stop], "down") if unit == "percent" else _says(text[since:stop], "deficit")
        qualifier = _qualifier(text, at, since, until)
        words = _shown(text[at[0] : at[1]])
        figures.append(Stated(value, unit, qualifier, words, _shown(text[near:stop]), negative))
    return tuple(figures)


@cache
def _status_words() -> tuple[tuple[str, str], ...]:
    """(folded word, status) for every status word of the lexicon, longest first."""
    pairs = [(fold(word), status) for status, words in entries("statuses") for word in words]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def find_statuses(quote: str) -> tuple[tuple[str, str], ...]:
    """(status, words) for each status the quote's words give, a longer phrase first: in
    "условились рассмотреть" the status is agreed_to_consider, not also agreed."""
    folded = fold(quote)
    taken: list[tuple[int, int, str]] = []
    found: list[tuple[str, str]] = []
    for word, status in _status_words():
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            starts_word = at == 0 or not folded[at - 1].isalnum()
            inside = any(a < end and at < b and other != word for a, b, other in taken)
            if starts_word and not inside:
                taken.append((at, end, word))
                stop = end
                while stop < len(quote) and quote[stop].isalnum():
                    stop += 1
                found.append((status, quote[at:stop]))
            at = folded.find(word, at + 1)
    return tuple(dict.fromkeys(found))

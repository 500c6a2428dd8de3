"""Folding text for comparison: the one place that decides which spellings count as the same.

- `normalize`: names a user types (case, spacing, ё, dashes and dots do not matter).
- `fold`: search, letter for letter, so that positions in the folded text are positions in the
  original; the Kazakh letters fold to their nearest Russian ones (ә→а, ө→о, ү/ұ→у, қ→к, ғ→г,
  ң→н, һ→х, і→и), so that "туркистан" finds "Түркістан" on a keyboard without Kazakh letters.
- `collapse_whitespace`: quotes compared with their article, whitespace aside.
"""

from __future__ import annotations

import re

_KAZAKH_TO_RUSSIAN = str.maketrans(
    {
        "ё": "е",
        "ә": "а",
        "ө": "о",
        "ү": "у",
        "ұ": "у",
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "һ": "х",
        "і": "и",
        "’": "'",
    }
)

_SEPARATORS = re.compile(r"[\s._\-–—]+")
_WHITESPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Case, spacing, ё and punctuation do not distinguish one name from another."""
    folded = text.casefold().replace("ё", "е").replace("’", "'")
    return _SEPARATORS.sub(" ", folded).strip()


def fold(text: str) -> str:
    """Lower-case and fold letters one for one (the result has the length of the input)."""
    return "".join(char.lower()[:1] for char in text).translate(_KAZAKH_TO_RUSSIAN)


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return re.findall(r"\w+", fold(text))


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def casefold_claim(text: str) -> str:
    """A claim as the reader matches it: case-folded, ё as е, runs of whitespace as one space."""
    return _WHITESPACE.sub(" ", text.casefold().replace("ё", "е"))

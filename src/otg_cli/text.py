"""Folding text for comparison: the one place that decides which spellings count as the same.

- `normalize`: names a user types (case, spacing, ё, dashes and dots do not matter).
- `fold`: search, letter for letter, so that positions in the folded text are positions in the
  original; the Kazakh letters fold to their nearest Russian ones (ә→а, ө→о, ү/ұ→у, қ→к, ғ→г,
  ң→н, һ→х, і→и), so that "туркистан" finds "Түркістан" on a keyboard without Kazakh letters.
- `collapse_whitespace`: quotes compared with their article, whitespace aside.
- `closest`, `did_you_mean`, `accepted`: the accepted word nearest to one that is not, for messages
  a curator can act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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
        "й": "и",
        "’": "'",
    }
)

# Patterns as text: `re` compiles each the first time a run uses it, and caches it.
_SEPARATORS = r"[\s._\-–—]+"
_WHITESPACE = r"\s+"


def normalize(text: str) -> str:
    """Case, spacing, ё and punctuation do not distinguish one name from another."""
    folded = text.casefold().replace("ё", "е").replace("’", "'")
    return re.sub(_SEPARATORS, " ", folded).strip()


def fold(text: str) -> str:
    """Lower-case and fold letters one for one (the result has the length of the input)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is two ("İ"): keep one for one
        lowered = "".join(char.lower()[:1] for char in text)
    return lowered.translate(_KAZAKH_TO_RUSSIAN)


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return re.findall(r"\w+", fold(text))


def collapse_whitespace(text: str) -> str:
    return re.sub(_WHITESPACE, " ", text).strip()


#: Kazakh in the Latin alphabet (2021) letter for letter in Cyrillic, for reading claims written in it.
_LATIN_KAZAKH = str.maketrans(
    {
        "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
        "ğ": "ғ", "h": "х", "ı": "ы", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
        "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т",
        "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з",
    }
)  # fmt: skip
#: Letters only the Kazakh Latin alphabet uses among the claims otg reads; a q followed by a u is
#: English ("communiqué", "quota"), Kazakh's q never is ("Qazaqstan").
_KAZAKH_LATIN_LETTERS = r"[äğıñöşūü]|q(?!u)"


def from_latin_kazakh(text: str, english: frozenset[str] = frozenset()) -> str:
    """Kazakh written in the Latin alphabet, in Cyrillic ("Qazaqstan" -> "қазақстан"); any other
    text unchanged. Detected by the letters only that alphabet has (ä ğ ı ñ ö ş ū ü q), unless the
    text has one of the `english` words: "trade with Türkiye" is English with a Turkish name."""
    folded = text.casefold()
    if not re.search(_KAZAKH_LATIN_LETTERS, folded):
        return text
    if english and english & set(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", folded)):
        return text
    # "iya" is the Latin spelling of Cyrillic "ия" (Turkiya, Aziya), not і + ы + а; a dotless ı
    # after a vowel is й, as the 2018 alphabet writes it ("aınalym": айналым).
    folded = re.sub(r"(?<=[aeoöuüūäı])ı", "й", folded.replace("iya", "ия").replace("ıa", "ия"))
    return folded.translate(_LATIN_KAZAKH)


def casefold_claim(text: str) -> str:
    """A claim as the reader matches it: case-folded, ё as е, runs of whitespace as one space."""
    return re.sub(_WHITESPACE, " ", text.casefold().replace("ё", "е"))


# --- Did you mean -------------------------------------------------------------------------------

#: How alike a word must be to an accepted one to be suggested (difflib's ratio).
CUTOFF = 0.6


def closest(word: str, choices: Iterable[str], *, cutoff: float = CUTOFF) -> str | None:
    """The choice most like `word`, case aside, or None when none is close. A word of two or three
    letters is close with one letter right ("kz" for "kk")."""
    import difflib

    by_fold = {choice.casefold(): choice for choice in choices}
    if len(word) <= 3:
        cutoff = min(cutoff, 0.5)
    found = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=cutoff)
    return by_fold[found[0]] if found else None


def did_you_mean(word: str, choices: Iterable[str], *, cutoff: float = CUTOFF) -> str:
    """ "; did you mean 'qualifier'?" for a word close to a choice, else ""."""
    from otg_cli.errors import Words

    found = closest(word, choices, cutoff=cutoff)
    return Words("; did you mean {close}?", close=repr(found)) if found is not None else ""


def accepted(word: str, choices: Sequence[str], *, also: Iterable[str] = ()) -> str:
    """ "; did you mean 'turnover'? Accepted: turnover, exports, ..." or "; accepted: ...";
    `also` are words to suggest that are not listed (ids of a file that does not parse)."""
    from otg_cli.errors import Words

    listed = ", ".join(choices) or Words("none is defined")
    suggestion = did_you_mean(word, [*choices, *also])
    if suggestion:
        return Words("{suggestion} Accepted: {listed}", suggestion=suggestion, listed=listed)
    return Words("; accepted: {listed}", listed=listed)


def starts_a_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the words starts a word of the text ("превыс" in "превысил")."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                return True
            at = text.find(word, at + 1)
    return False


#: How alike a word must be to a known one (a country's name, an indicator's word) to be read as
#: a misspelling of it: a letter or two wrong in a long word ("Kazakstan", "Товарооборт").
SPELLING_CUTOFF = 0.85
#: Words shorter than this are never read as misspelt: too many short words are a letter apart.
SPELLING_MIN = 6


def misspelling_of(word: str, known: Iterable[str]) -> str | None:
    """The known word this one is a misspelling of, within a small edit distance, or None: only
    words of the same first letter and about the same length are compared (difflib's ratio)."""
    if len(word) < SPELLING_MIN:
        return None
    import difflib

    near = [k for k in known if k[:1] == word[:1] and len(k) >= SPELLING_MIN and abs(len(k) - len(word)) <= 3]
    close = difflib.get_close_matches(word, near, n=1, cutoff=SPELLING_CUTOFF)
    return close[0] if close else None

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
from functools import lru_cache

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
        # A Turkish name typed without its cedilla ("Ucarmak" for Uçarmak); no Kazakh alphabet has ç.
        "ç": "c",
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


#: Kazakh voices a root's last к, қ or п between vowels, before a suffix that starts with one
#: (одақ -> одағы, ынтымақтастық -> ынтымақтастығы, кітап -> кітабы); folded, қ and ғ are к and г.
_VOICED = {"к": "г", "п": "б"}
_DEVOICED = {"г": "к", "б": "п"}
_FOLDED_VOWELS = frozenset("аеиоуыэюя")


def voiced_forms(word: str) -> tuple[str, ...]:
    """A folded word and, where a vowel and then к or п end it, the same word voiced as a Kazakh
    suffix voices it ("одак", "одаг"), so that a word start finds "одағы" and "одагы" too."""
    last = word[-1:]
    if len(word) < 4 or last not in _VOICED or word[-2] not in _FOLDED_VOWELS:
        return (word,)
    return (word, word[:-1] + _VOICED[last])


def devoiced(stem: str) -> str:
    """A folded stem with each г or б that stands after a vowel and before a vowel or at its end
    written к or п: one spelling of a Kazakh root whether a suffix voiced it or not ("одагын" and
    "одак" as "одакын" and "одак"). The same on both sides of a comparison, so Russian stems,
    which such a letter rarely tells apart, compare as before."""
    if "г" not in stem and "б" not in stem:
        return stem
    letters = list(stem)
    for at in range(1, len(letters)):
        after = letters[at + 1] if at + 1 < len(letters) else ""
        between = letters[at - 1] in _FOLDED_VOWELS and (not after or after in _FOLDED_VOWELS)
        if letters[at] in _DEVOICED and between:
            letters[at] = _DEVOICED[letters[at]]
    return "".join(letters)


def collapse_whitespace(text: str) -> str:
    return re.sub(_WHITESPACE, " ", text).strip()


#: Kazakh in the Latin alphabet (2021) letter for letter in Cyrillic, for reading claims written in it.
_LATIN_KAZAKH = str.maketrans(
    {
        "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
        "ğ": "ғ", "h": "х", "ı": "і", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
        "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т",
        "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з",
        "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у",
    }
)  # fmt: skip
#: Letters only the Kazakh Latin alphabet uses among the claims otg reads; a q followed by a u is
#: English ("communiqué", "quota"), Kazakh's q never is ("Qazaqstan").
_KAZAKH_LATIN_LETTERS = r"[äğıñöşūüáǵńóú]|q(?!u)"


def from_latin_kazakh(text: str, english: frozenset[str] = frozenset(), kazakh: tuple[str, ...] = ()) -> str:
    """Kazakh written in the Latin alphabet, in Cyrillic ("Qazaqstan" -> "қазақстан"); any other
    text unchanged. Detected by the letters only its alphabets have (2021: ä ğ ı ñ ö ş ū ü q;
    2018: á ǵ ń ó ú), or in plain ASCII letters by the `kazakh` word starts ("jyly", "tauar"),
    unless the text has as many of the `english` words as Kazakh ones: "trade with Türkiye" is
    English with a Turkish name, "eksporty 2025 jyldyn on aiynda" Kazakh with its "on" (ten)."""
    folded = text.casefold()
    tokens = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", folded)
    lettered = re.search(_KAZAKH_LATIN_LETTERS, folded) is not None
    kazakh_words = sum(t.startswith(kazakh) for t in tokens) if kazakh else 0
    plain = folded.isascii() and kazakh_words > 0
    if not (lettered or plain):
        return text
    # An English word among more Kazakh ones is Kazakh's: "on aiynda" is "in ten months".
    if english and len(english & set(tokens)) >= max(kazakh_words, 1):
        return text
    # "iya" is the Latin spelling of Cyrillic "ия" (Turkiya, Aziya), not і + ы + а; a dotless ı
    # after a vowel is й ("aınalym": айналым, "Reseı"), elsewhere і ("Türkı", "jettı"), as the 2021
    # alphabet writes it, but after u it is і ("kezdesuı"); an i after a vowel is й too
    # ("ainalym", "paiyz", "baiqaushy"); the digraphs sh, ch and the informal zh are ш, ч, ж.
    for latin, cyrillic in (("iya", "ия"), ("ıia", "ия"), ("iia", "ия"), ("ıa", "ия")):
        folded = folded.replace(latin, cyrillic)
    folded = re.sub(r"(?<=[aeoöäıáó])[ıi]", "й", folded)
    folded = re.sub(r"(?<=[uüūú])ı", "і", folded)  # "kezdesuı": кездесуі
    # Russian loanwords keep their э: "ekonomika", "eksport".
    folded = re.sub(r"(?<![^\W\d_])e(?=k(?:onom|sp|st))", "э", folded)
    for latin, cyrillic in (("sh", "ш"), ("ch", "ч"), ("zh", "ж")):
        folded = folded.replace(latin, cyrillic)
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


def find_words(text: str, words: Iterable[str], *, whole: bool = False) -> list[tuple[int, int]]:
    """Where the words stand in the text, left to right: each at the start of a word (with `whole`,
    also at its end), the longest at each place, none overlapping. What `re` finds with
    `(?<!\\w)(?:longest|...|shortest)(?!\\w)`, looked up by longest match instead: compiling a
    lexicon's words into one alternation cost a run more than reading the claim."""
    by_first = _longest_first(words if isinstance(words, tuple) else tuple(words))
    found: list[tuple[int, int]] = []
    at, size = 0, len(text)
    while at < size:
        starts = at == 0 or not _word_char(text[at - 1])
        end = _longest_at(text, at, by_first.get(text[at], ()), whole) if starts else None
        if end is None:
            at += 1
        else:
            found.append((at, end))
            at = end
    return found


def _longest_at(text: str, at: int, candidates: tuple[str, ...], whole: bool) -> int | None:
    """Where the first (longest) of the candidates that stands at `at` ends, or None."""
    for word in candidates:
        end = at + len(word)
        if text.startswith(word, at) and not (whole and _word_char(text[end : end + 1])):
            return end
    return None


def blank_words(text: str, words: Iterable[str], *, whole: bool = False) -> str:
    """The text with each of the words `find_words` finds in it replaced by a space."""
    for start, end in reversed(find_words(text, words, whole=whole)):
        text = f"{text[:start]} {text[end:]}"
    return text


def _word_char(char: str) -> bool:
    """Whether a character (or "" past the end: no) is one `re` counts as a word's (`\\w`)."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=256)
def _longest_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        if word:
            by_first.setdefault(word[0], []).append(word)
    return {first: tuple(found) for first, found in by_first.items()}


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

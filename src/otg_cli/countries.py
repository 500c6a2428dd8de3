"""Turning what a user types (KZ, KAZ, Kazakhstan, Казахстан, Қазақстан, OTS, ТМҰ) into party codes.

The fact base's own names and aliases are tried first, so the common case never imports pycountry;
ISO 3166 codes and the English, Russian and Kazakh ISO names come from pycountry after that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache

from otg_cli.errors import OtgError
from otg_cli.models import Country, FactBase, Group
from otg_cli.text import fold, normalize

PARTY_FORMS = (
    "an ISO 3166-1 code (KZ, KAZ), a country name in English, Russian or Kazakh "
    "(Uzbekistan, Узбекистан, Өзбекстан), or a group (OTS, ОТГ, ТМҰ, 'Turkic states')"
)


def party_names(base: FactBase, *, with_codes: bool) -> Iterator[tuple[str, str]]:
    """(name, code) for every name and alias the fact base gives a country or group, in order;
    with `with_codes`, each code or group id also names itself, just before its names."""
    named: list[tuple[str, Country | Group]] = [*base.countries.items(), *base.groups.items()]
    for code, record in named:
        if with_codes:
            yield code, code
        for name in (*record.name.all(), *record.aliases):
            yield name, code


@lru_cache(maxsize=4)  # a command resolves two or three parties against one base
def _base_index(base: FactBase) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, code in party_names(base, with_codes=True):
        index.setdefault(normalize(name), code)
    return index


def iso_index(base: FactBase | None = None) -> Mapping[str, str]:
    """ISO names and codes to alpha-2 codes: kept with a cached base, else from pycountry."""
    if base is not None and base.iso_names is not None:
        return base.iso_names
    return _iso_index()


@cache
def _iso_index() -> dict[str, str]:
    """Every ISO 3166-1 code and name, in English, Russian and Kazakh, to its alpha-2 code."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("ru", "kk")
    ]
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.alpha_2, country.alpha_3]
        names += [getattr(country, attr, None) or "" for attr in ("name", "common_name", "official_name")]
        names += [t.gettext(name) for t in translations for name in names[2:] if name]
        for name in names:
            if name:
                index.setdefault(normalize(name), code)
    return index


def resolve_party(text: str, base: FactBase) -> str:
    """The party code (alpha-2 or group id) for what a user typed, or OtgError saying what is accepted."""
    key = normalize(text)
    if not key:
        from otg_cli.i18n import phrase

        raise OtgError(phrase("empty country or group; accepted: {accepted}", accepted=phrase(PARTY_FORMS)))
    found = _base_index(base).get(key) or iso_index(base).get(key)
    if found is None:
        from otg_cli.i18n import phrase

        raise OtgError(
            phrase(
                "unknown country or group {text}; accepted: {accepted}",
                text=text,
                accepted=phrase(PARTY_FORMS),
            )
            + _meant(key, base)
        )
    return found


def _meant(key: str, base: FactBase) -> str:
    """ "; did you mean Kazakhstan (KZ)?" for a name typed with a letter or two wrong: the parties
    of the base first, then every ISO name."""
    from otg_cli.text import closest

    for index in (_base_index(base), iso_index(base)):
        near = closest(key, index) if len(key) > 3 else None
        if near is not None:
            code = index[near]
            name = party_name(code, base)
            from otg_cli.i18n import phrase

            return phrase("; did you mean {close}?", close=f"{name} ({code})" if name != code else code)
    return ""


def party_name(code: str, base: FactBase, language: str | None = None) -> str:
    """How to show a party in the current language: the fact base's name (as the sources spell
    it), else the ISO name from pycountry, else the code itself."""
    from otg_cli import i18n

    language = language or i18n.current()
    if code in base.groups:
        return base.groups[code].name.get(language)
    if code in base.countries:
        return base.countries[code].name.get(language)
    return i18n.country_name(code) or code


def party_line(codes: Iterable[str], base: FactBase) -> str:
    """Parties as a line of names in the current language: "Kazakhstan – Uzbekistan"."""
    return " – ".join(party_name(code, base) for code in codes)


def short_party(code: str, base: FactBase) -> str:
    """Compact label for tables: the ISO code for a country, the first alias or name for a group."""
    if code in base.groups:
        group = base.groups[code]
        if group.aliases and len(group.aliases[0]) <= 6:
            return group.aliases[0]
        from otg_cli import i18n

        return group.name.get(i18n.current())
    return code


# Finding the parties a sentence names (the claim reader): inflected, typed without Kazakh
# letters, as adjectives and capitals, or misspelt by a letter or two.

#: ISO country names that are ordinary words in a Russian or Kazakh sentence.
_COMMON_WORDS = frozenset({"того", "перу", "куба", "мали", "чад", "оман", "грузия"})


def _key(text: str) -> str:
    """Text as names are matched: case, spacing, ё and the Kazakh letters do not count
    ("Казакстан" typed without Kazakh letters is "Қазақстан")."""
    return normalize(fold(text))


#: Letters of Kazakh and not of Russian: a name with one is Kazakh, and Kazakh inflects by suffixes.
_KAZAKH_LETTERS = frozenset("әіңғүұқөһ")


def _stem(name: str) -> str:
    """Drop a final Russian vowel so that inflections match: Турция -> турци (Турцией, Турции).
    A Kazakh name keeps it: Түркия is not the start of Түркі (Turkic) or Түркістан."""
    folded = _key(name)
    if len(folded) > 4 and folded[-1] in "аяыиеоьй" and not _KAZAKH_LETTERS & set(name.lower()):
        folded = folded[:-1]
        if folded[-1] in "и" and len(folded) > 4:
            folded = folded[:-1] + "и"
    return folded


@lru_cache(maxsize=256)
def _names_at(base: FactBase, start: str) -> tuple[tuple[str, str], ...]:
    """The names of three first letters, longest first (so "южная корея" wins over "корея").

    A dictionary rather than a regular expression: compiling one pattern for some 1,300 names
    cost every `otg verify` a tenth of a second."""
    return tuple(sorted(_party_names(base, start), key=lambda pair: len(pair[0]), reverse=True))


#: What may follow a name in an inflected form: Узбекистан|ом, Өзбекстан|мен, Turkey|'s.
_ENDING = r"[\w'’]{0,7}"


def _word_stem(word: str) -> str:
    """The part of a word that its inflections keep: тюркские -> тюркск, страны -> стра."""
    if len(word) > 5:
        return word[:-2]
    return word[:-1] if len(word) > 3 else word


def _name_end(folded: str, position: int, stem: str) -> int | None:
    """Where a name starting at `position` ends, or None when it is not there. A name of several
    words matches with each word inflected ("тюркскими странами" for "тюркские страны")."""
    if folded.startswith(stem, position):
        return position + len(stem)
    parts = stem.split(" ")
    if len(parts) < 2:
        return None
    end = position
    matched = 0
    for part, word in zip(parts, re.compile(r"\w+").finditer(folded, position), strict=False):
        expected = end + (0 if end == position else 1)  # words one space apart
        if word.start() != expected or not word.group().startswith(_word_stem(part)):
            return None
        end = word.end()
        matched += 1
    return end if matched == len(parts) else None


def _named(folded: str, base: FactBase) -> list[tuple[range, str]]:
    """Every name at the start of a word of the folded text, with its code, left to right."""
    found: list[tuple[range, str]] = []
    end = 0
    for word in re.finditer(r"\w{3,}", folded):  # a name's stem has three letters or more
        if word.start() < end:
            continue
        for stem, code in _names_at(base, word.group()[:3]):
            if _a_longer_place(folded, word.start(), stem):
                break  # "Turkmenbashi", "Түрікменбашы": a port, not Turkmenistan
            stop = _name_end(folded, word.start(), stem)
            ending = None if stop is None else re.compile(_ENDING).match(folded, stop)
            # A name ends its word within an inflection: "кеңістігіндегі" (space) is not Kenya.
            if ending is not None and not folded[ending.end() : ending.end() + 1].isalnum():
                end = ending.end()
                found.append((range(word.start(), end), code))
                break
    return found


def _a_longer_place(folded: str, at: int, name: str) -> bool:
    """Whether a place of the lexicon's [places] longer than the name starts there: the longest
    match wins, so a port named after a country is the port."""
    return any(
        len(place) > len(name) and folded.startswith(place, at) for place in _place_names(folded[at : at + 2])
    )


@lru_cache(maxsize=64)
def _place_names(start: str) -> tuple[str, ...]:
    from otg_cli.lexicon import entries

    return tuple(p for p in (_key(str(word)) for word, _ in entries("places")) if p.startswith(start))


_CYRILLIC = frozenset(map(chr, range(0x400, 0x500)))


def _start(name: str) -> str:
    """The first three letters of a name as it is matched (`_key`), without folding the whole name."""
    head = name[:3]
    if len(head) == 3 and head.isalnum() and (head.isascii() or _CYRILLIC.issuperset(head)):
        # Latin and Cyrillic letters and digits, one for one and neither separators nor spaces:
        # `normalize` only case-folds them.
        return fold(head).casefold()
    return _key(name)[:3]


@lru_cache(maxsize=4)
def _names_by_start(base: FactBase) -> dict[str, list[tuple[str, str, bool]]]:
    """Every name a sentence may give a party by, with its code and whether it is stemmed, by its
    first three letters: a sentence's words need only the names they start like, so that a
    claim stems a few dozen names, not some 1,300, and an English one no Russian name."""
    from otg_cli.lexicon import entries

    by_start: dict[str, list[tuple[str, str, bool]]] = {}
    for name, code in party_names(base, with_codes=False):
        by_start.setdefault(_start(name), []).append((name, code, True))
    for name, code in iso_index(base).items():
        # Names, not codes ("kz" would match inside words), and none that is also a common word.
        if len(name) >= 5 and name not in _COMMON_WORDS:
            by_start.setdefault(_start(name), []).append((name, code, True))
    # Adjectives and capitals standing for a country, as the lexicon lists them (word starts).
    for word, code in entries("countries"):
        by_start.setdefault(_start(word), []).append((word, code, False))
    return by_start


@lru_cache(maxsize=512)  # the names of one start, stemmed once per base, not once per sentence
def _party_names(base: FactBase, start: str) -> tuple[tuple[str, str], ...]:
    """(stem, code) of the names that start with `start`; the first name of a stem wins."""
    pairs: dict[str, str] = {}
    for name, code, stemmed in _names_by_start(base).get(start, ()):
        pairs.setdefault(_stem(name) if stemmed else _key(name), code)
    return tuple((stem, code) for stem, code in pairs.items() if len(stem) >= 3)


def _misspelt(folded: str, taken: list[range], base: FactBase) -> list[tuple[range, str]]:
    """Country names typed with a letter or two wrong ("Kazakstan", "Uzbekstan"): long words no
    name matched, within a small edit distance of one (`text.misspelling_of`)."""
    from otg_cli.text import SPELLING_MIN, misspelling_of

    found = []
    for word in re.finditer(rf"\w{{{SPELLING_MIN},}}", folded):
        if any(word.start() in span for span in taken) or word.group().startswith(_places()):
            continue  # a place is no misspelt country: Turkestan is not Turkmenistan
        stems = _long_stems(base, word.group()[0])
        close = misspelling_of(word.group(), stems)
        if close:
            found.append((range(word.start(), word.end()), stems[close]))
    return found


@lru_cache(maxsize=256)
def _long_stems(base: FactBase, initial: str) -> dict[str, str]:
    """The names of one first letter long enough to be misspelt (`misspelling_of` compares a word
    with those of its own first letter only), so that a word is not compared with some 1,300."""
    from otg_cli.text import SPELLING_MIN

    starts = [start for start in _names_by_start(base) if start[:1] == initial]
    return {
        stem: code
        for start in starts
        for stem, code in _party_names(base, start)
        if len(stem) >= SPELLING_MIN
    }


@cache
def _places() -> tuple[str, ...]:
    """The places the lexicon names ("turkestan", "түркістан"), folded as names are matched."""
    from otg_cli.lexicon import entries

    return tuple({_key(word) for word, _ in entries("places") if len(word) >= 4})


def named_parties(text: str, base: FactBase, *, misspelt: bool = True) -> list[tuple[range, str]]:
    """Where the text names a country or group, and its code, left to right. `text` must be
    folded as `_key` folds it (lower case, Kazakh letters folded) so that the places hold.
    Without `misspelt`, names spelt as the base and ISO spell them only (a curated quote)."""
    named = _spelt_names(text, base)
    found = [*named, *_misspellings(text, base)] if misspelt else list(named)
    return sorted(found, key=lambda pair: pair[0].start)


@lru_cache(maxsize=16)  # a claim's parties and its corrections come from one reading
def _spelt_names(text: str, base: FactBase) -> tuple[tuple[range, str], ...]:
    """The names a folded text gives as the base and ISO spell them, each with its code."""
    return tuple(_named(text, base))


@lru_cache(maxsize=16)
def _misspellings(text: str, base: FactBase) -> tuple[tuple[range, str], ...]:
    """The names a folded text misspells, each with its code (looked for only where asked)."""
    taken = [span for span, _ in _spelt_names(text, base)]
    return tuple(_misspelt(text, taken, base))


def corrections(text: str, base: FactBase) -> tuple[str, ...]:
    """The country names a sentence misspells, each as it was read: "kazakstan → Kazakhstan"."""
    folded = _key(text)
    found = _misspellings(folded, base)
    return tuple(f"{folded[span.start : span.stop]} → {party_name(code, base, 'en')}" for span, code in found)


def find_parties(text: str, base: FactBase, *, misspelt: bool = True) -> tuple[str, ...]:
    """The countries and groups a sentence names, in the order it names them."""
    return tuple(dict.fromkeys(code for _, code in named_parties(_key(text), base, misspelt=misspelt)))

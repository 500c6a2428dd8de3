"""Details a claim gives of an agreement that its record's own words settle: the field it is in
("партнёрство в сфере инвестиций" for a memorandum on trade) and the border it is on (the
"казахстанско-туркменской границе" for a terminal on the Turkmen–Afghan one). Words of the
lexicon's [fields] and [borders] tables; each part is checked only where the claim says it.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from otg_cli.models import FactBase
from otg_cli.reasons import Parties, Reason, Word, reason
from otg_cli.statements import normalized, words_of

if TYPE_CHECKING:
    from otg_cli.statement_checks import Indexed
    from otg_cli.statements import Statement
    from otg_cli.verify import Part


def _fields(text: str) -> set[str]:
    """The fields of cooperation the text names, by the lexicon's [fields] word starts."""
    from otg_cli.lexicon import word_lists
    from otg_cli.text import starts_a_word

    folded = normalized(text)
    return {
        field
        for field, words in word_lists("fields").items()
        if field != "agreement" and starts_a_word(folded, words)
    }


def field_part(statement: Statement, indexed: Indexed) -> Part | None:
    """The field a claim puts an agreement in, against the fields its record's words name: none
    of them, where the record names one, rules the claim out: the source says what was agreed."""
    from otg_cli.statement_checks import record_part

    claimed = _fields(_after_agreement(statement.text))
    stated = _fields(indexed.text)
    if not claimed or not stated or claimed & stated:
        return None
    said = reason("claimed.words", words=tuple(Word(f, "field") for f in sorted(claimed)))
    why = reason("field.stated", fields=tuple(Word(f, "field") for f in sorted(stated)))
    return record_part("field", said, "contradicted", why, indexed.record)


#: The measures of trade a claim may put an agreement's aim in ("a work plan to boost exports").
_TRADE_MEASURES = frozenset({"turnover", "exports", "imports"})


def measure_part(statement: Statement, indexed: Indexed) -> Part | None:
    """The measure of trade a claim says an agreement is about, where its record names another:
    "a work plan to boost exports" for the plan "по увеличению товарооборота" says more than the
    source (exports are a part of turnover), so it is not established."""
    from otg_cli.comparisons import measures_named
    from otg_cli.statement_checks import record_part

    claimed = {m for *_, m in measures_named(normalized(statement.text))} & _TRADE_MEASURES
    stated = {m for *_, m in measures_named(normalized(indexed.text))} & _TRADE_MEASURES
    if not claimed or not stated or claimed & stated:
        return None
    said = reason("claimed.words", words=tuple(Word(m) for m in sorted(claimed)))
    why = reason("measure.stated", measures=tuple(Word(m) for m in sorted(stated)))
    return record_part("detail", said, "not_established", why, indexed.record)


def _after_agreement(text: str) -> str:
    """The words of a claim from its first word for an agreement on ("меморандум о партнерстве в
    сфере инвестиций"): what the agreement is about, not what it is said to serve."""
    folded = normalized(text)
    starts = [folded.find(w) for w in words_of("fields", "agreement") if w in folded]
    return folded[min(starts) :] if starts else folded


def _border(text: str, base: FactBase) -> frozenset[str] | None:
    """The two countries of the border a text names ("казахстанско-туркменской границе",
    "Turkmen-Afghan border", "Түрікменстан – Ауғанстан шекарасында"), or None."""
    from otg_cli.countries import find_parties
    from otg_cli.text import fold

    folded = fold(text)  # the dash between the two names kept
    for word in words_of("borders", "words"):
        for found in re.finditer(rf"((?:\w+\s*[-–—]\s*)+\w+)\s+{re.escape(word)}", folded):
            named = frozenset(p for p in find_parties(found[1], base, misspelt=False) if p in base.countries)
            if len(named) == 2:
                return named
    return None


def border_part(statement: Statement, indexed: Indexed, base: FactBase) -> Part | None:
    """The border a claim puts something on, against the border its record's words name: a
    country the record's border is not of rules the claim out ("Қазақстан шекарасында" where the
    source says "туркменско-афганской границе"); where the record names its border by a place
    ("на границе с Гератом"), a country's border is a detail no source gives."""
    from otg_cli.statement_checks import record_part

    claimed, stated = _border(statement.text, base), _border(indexed.text, base)
    if claimed is not None and stated is not None:
        if claimed == stated:
            return None
        said = reason("claimed.border", parties=Parties(tuple(sorted(claimed))))
        return record_part("place", said, "contradicted", _stated_border(stated), indexed.record)
    claimed_side, _ = _border_sides(statement.text, base)
    if claimed is not None or not claimed_side:
        return None
    said = reason("claimed.border", parties=Parties(tuple(sorted(claimed_side))))
    countries, places = _border_sides(indexed.text, base)
    sides = stated or countries
    if sides and not claimed_side <= sides:
        return record_part("place", said, "contradicted", _stated_border(sides), indexed.record)
    if not sides and places:
        return record_part("place", said, "not_established", reason("border.by_place"), indexed.record)
    return None


def _stated_border(countries: frozenset[str]) -> Reason:
    return reason("border.stated", parties=Parties(tuple(sorted(countries))))


def _border_sides(text: str, base: FactBase) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and the other names beside a word for a border: the word before it and the
    two after ("Қазақстан шекарасында", "on the Kazakh border", "на границе с Гератом", "border
    with Herat"). A name is a capitalised word that names no country."""
    from otg_cli.countries import find_parties

    countries: set[str] = set()
    places: set[str] = set()
    borders = "|".join(re.escape(w) for w in words_of("borders", "words"))
    words = list(re.finditer(r"[^\W\d_]+", text))
    for at, word in enumerate(words):
        if not re.match(rf"(?:{borders})", normalized(word.group())):
            continue
        for near in (*words[max(at - 1, 0) : at], *words[at + 1 : at + 3]):
            named = [p for p in find_parties(near.group(), base, misspelt=False) if p in base.countries]
            countries.update(named)
            if not named and near.group()[:1].isupper() and not near.group().isupper():
                places.add(near.group())
    return frozenset(countries), frozenset(places)


def on_a_route(text: str, countries: list[str], base: FactBase) -> bool:
    """Whether the text names one of the countries as a stop of a route ("Казахстан – Узбекистан
    – Афганистан – Пакистан", three or more names joined by dashes) or as where a road runs to
    ("до границы Узбекистана", "Өзбекстан шекарасына"): then it says which route a record's is,
    and a country the record does not name rules the claim out."""
    from otg_cli.countries import find_parties
    from otg_cli.text import fold

    folded = fold(text)
    chains = re.finditer(r"(?:\w+\s*[-–—]\s*){2,}\w+", folded)
    named = {p for chain in chains for p in find_parties(chain.group(), base, misspelt=False)}
    borders = "|".join(re.escape(w) for w in words_of("borders", "words"))
    for found in re.finditer(rf"((?:\w+\W+){{0,1}}\w+)\s+(?:{borders})\w*|(?:{borders})\w*\s+(\w+)", folded):
        named |= set(find_parties(found.group(1) or found.group(2) or "", base, misspelt=False))
    return any(c in named for c in countries)


def person_part(statement: Statement, indexed: Indexed, base: FactBase) -> Part | None:
    """The person a claim names in an agreement that its record's words give to someone else
    ("Тимур Құлыбаев тағайындалды" where the source appointed Raimbek Batalov): a name and surname
    the base does not know, in a claim about a record that names a person of its event, who is not
    named. "the source names ..." says whom it does."""
    from otg_cli.reasons import Name
    from otg_cli.speaker_checks import is_named_by
    from otg_cli.statement_checks import event_of

    event = event_of(indexed.record, base)
    if event is None:
        return None
    theirs = [p for p in event.participants if is_named_by(indexed.stems, p)]
    if not theirs or any(is_named_by(statement.stems, p) for p in theirs):
        return None
    stranger = _unknown_name(statement.text, base)
    if stranger is None:
        return None
    from otg_cli.statement_checks import record_part

    said = reason("claimed.words", words=(stranger,))
    why = reason("person.quoted_other", names=tuple(Name(p.name) for p in theirs))
    return record_part("participant", said, "contradicted", why, indexed.record, event)


def _unknown_name(text: str, base: FactBase) -> str | None:
    """Two capitalised words in a row that neither the lexicon, the base's records nor its
    countries and places know: a person's name and surname ("Тимур Құлыбаев")."""
    from otg_cli.countries import find_parties
    from otg_cli.figure_checks import is_figure_word
    from otg_cli.statement_checks import known_word
    from otg_cli.statements import is_a_person
    from otg_cli.text import fold

    words = re.findall(r"[^\W\d_][\w-]*", text)
    for first, second in itertools.pairwise(words):
        pair = (first, second)
        if not all(w[:1].isupper() and len(w) >= 3 for w in pair):
            continue
        if any(is_figure_word(fold(w)) or known_word(fold(w), base) or is_a_person(w, base) for w in pair):
            continue
        if find_parties(f"{first} {second}", base, misspelt=False):
            continue
        return f"{first} {second}"
    return None

"""Who a claim with a figure says gave it ("Zhumangarin announced the $1bn target"), against the
article the figure is quoted from. Imported by every check of a figure, so it reads a claim's
words for a surname the base knows before it stems any, and an article only for a person named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from otg_cli.models import FactBase
from otg_cli.reasons import Name, Reason, Word, reason
from otg_cli.statements import same_stem, stem, stems_of

if TYPE_CHECKING:
    from otg_cli.meetings import Participant, Target
    from otg_cli.models import Citation, Fact
    from otg_cli.statement_checks import Subject
    from otg_cli.verify import Part, Verdict


def figure_people(
    text: str,
    facts: tuple[Fact, ...],
    targets: tuple[Target, ...],
    records: tuple[Subject, ...],
    base: FactBase,
) -> tuple[Part, ...]:
    """A person a claim with a figure names ("Zhumangarin announced the $1bn target"), against
    the quotes the figure was read from, each with the paragraphs of its article that lead to it
    (who speaks is often named a paragraph before their words): a person named there backs
    nothing more, one not named is a detail no source gives, and where the quote's own paragraph
    names another person the base knows, the source gives it as theirs. Those present at an event
    the figure was given at are not who gave it: a report's lead ("По итогам 2025 года ...") is
    the outlet's."""
    from otg_cli.lexicon import claim_readable
    from otg_cli.verify import Part

    known = _participants(base)
    readable = claim_readable(text)
    if not _may_name(readable, known.values()):
        return _by_office(readable, facts, targets, records, base)
    stems = frozenset(stems_of(readable))
    named = [person for person in known.values() if is_named_by(stems, person)]
    figures: list[Fact | Target] = [*facts, *targets]
    citations = [c for figure in figures for c in figure.citations]
    if not named or not citations:
        return ()
    said = frozenset(stems_of(" ".join(_context(c, base, CONTEXT_PARAGRAPHS) for c in citations)))
    own = frozenset(stems_of(" ".join(_context(c, base, 0) for c in citations)))
    others = tuple(
        Name(person.name) for person in known.values() if person not in named and is_named_by(own, person)
    )
    parts = []
    for person in named:
        if is_named_by(said, person):
            office = _wrong_office(readable, person)
            if office is not None:
                claimed = reason("claimed.person", name=Name(person.name))
                why = reason("person.role_wrong", role=Name(person.role), wrong=office)
                parts.append(Part("participant", claimed, "contradicted", why, facts, targets, records))
            continue
        verdict: Verdict = "contradicted" if others else "not_established"
        why = reason("person.quoted_other", names=others) if others else reason("person.unquoted")
        claimed = reason("claimed.person", name=Name(person.name))
        parts.append(Part("participant", claimed, verdict, why, facts, targets, records))
    return tuple(parts)


def _participants(base: FactBase) -> dict[str, Participant]:
    """Everyone an event of the base lists, once each, by their English name."""
    return {person.name.en: person for event in base.events.values() for person in event.participants}


def _by_office(
    readable: str,
    facts: tuple[Fact, ...],
    targets: tuple[Target, ...],
    records: tuple[Subject, ...],
    base: FactBase,
) -> tuple[Part, ...]:
    """A figure a claim gives as an office's, naming no one ("По словам министра иностранных дел,
    ..."), against those the quotes' paragraphs name: ruled out where they name only holders of
    other ministries, not established where they name no one; () where the claim names no
    ministry's office (`people_checks.portfolios`) or one of those named holds it."""
    from otg_cli.people_checks import portfolios, role_text, stated_portfolios
    from otg_cli.verify import Part

    claimed = portfolios(readable) if attributed(readable) else set()
    figures: list[Fact | Target] = [*facts, *targets]
    citations = [c for figure in figures for c in figure.citations]
    if not claimed or not citations:
        return ()
    said = frozenset(stems_of(" ".join(_context(c, base, CONTEXT_PARAGRAPHS) for c in citations)))
    speakers = [person for person in _participants(base).values() if is_named_by(said, person)]
    holders = [person for person in speakers if claimed & stated_portfolios(role_text(person))]
    label = reason("claimed.office", offices=tuple(Word(o, "office") for o in sorted(claimed)))
    if holders:
        # "министр торговли" for the vice minister: the claim makes a deputy the minister.
        deputies = [person for person in holders if _made_minister(readable, person)]
        if len(deputies) < len(holders):
            return ()
        role = deputies[0].role
        why = reason("person.role_wrong", role=Name(role), wrong=reason("person.deputy"))
        return (Part("participant", label, "contradicted", why, facts, targets, records),)
    if speakers:
        why = reason("person.quoted_other", names=tuple(Name(p.name) for p in speakers))
        return (Part("participant", label, "contradicted", why, facts, targets, records),)
    return (
        Part(
            "participant", label, "not_established", reason("person.office_unquoted"), facts, targets, records
        ),
    )


#: The paragraphs before a quote's own that may name who speaks in it: a report of a speech names
#: the speaker once and gives three paragraphs of what they said ("Токаев рассказал, что ...").
CONTEXT_PARAGRAPHS = 3


def speakers_pair(text: str, base: FactBase) -> tuple[str, str, str] | None:
    """The two countries of the meetings a person the claim names took part in, and the person:
    "the two countries" in "екі ел арасындағы тауар айналымы ..., деді Тоқаев" are those of the
    meeting Tokayev spoke at. None where no one is named or their meetings had other countries."""
    stems = _stems_naming_people(text, base)
    if stems is None:
        return None
    countries: set[str] = set()
    speakers: set[str] = set()
    for event in base.events.values():
        named = [p for p in event.participants if is_named_by(stems, p)]
        if named:
            countries |= {p.country for p in event.participants if p.country}
            speakers |= {p.name.en for p in named}
    if len(countries) != 2 or len(speakers) != 1:
        return None
    first, second = sorted(countries, key=lambda c: c != "KZ")
    return first, second, speakers.pop()


def countries_of_people(text: str, base: FactBase) -> tuple[str, ...]:
    """The two countries of two people of different countries the claim names, Kazakhstan first
    ("Tokayev and Berdimuhamedov agreed to ..."); none where it names people of one country, or
    of more than two."""
    stems = _stems_naming_people(text, base)
    if stems is None:
        return ()
    people = [p for event in base.events.values() for p in event.participants]
    countries = {p.country for p in people if p.country and is_named_by(stems, p)}
    if len(countries) != 2:
        return ()
    return tuple(sorted(countries, key=lambda c: (c != "KZ", c)))


def _stems_naming_people(text: str, base: FactBase) -> frozenset[str] | None:
    """The stems of a claim that may name someone the sources name (`is_named_by` reads them);
    None where no word starts as a surname does, so that no claim is stemmed for nothing."""
    from otg_cli.lexicon import claim_readable

    readable = claim_readable(text)
    people = [p for event in base.events.values() for p in event.participants]
    return frozenset(stems_of(readable)) if _may_name(readable, people) else None


def _may_name(text: str, people: Iterable[Participant]) -> bool:
    """Whether a word of the text starts as a surname of one of the people does (unstemmed)."""
    from otg_cli.text import fold

    starts = {fold(name.split()[-1])[:4] for person in people for name in person.name.all() if name.split()}
    return any(word[:4] in starts for word in re.findall(r"\w{4,}", fold(text)))


def _context(citation: Citation, base: FactBase, before: int) -> str:
    """The quote, with its paragraph of the archived article and the `before` paragraphs that lead
    to it; the quote alone where the article cannot be read or does not hold it."""
    path = base.archive_paths.get(citation.source)
    paragraphs = _paragraphs(str(path)) if path is not None else ()
    at = next((i for i, paragraph in enumerate(paragraphs) if citation.quote in paragraph), None)
    if at is None:
        return citation.quote
    return "\n".join(paragraphs[max(0, at - before) : at + 1])


@lru_cache(maxsize=8)
def _paragraphs(path: str) -> tuple[str, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(line for line in text.splitlines() if line.strip())


def surnames(person: Participant) -> set[str]:
    """The stems of a person's surname in every language the sources give their name in."""
    return {stem(name.split()[-1]) for name in person.name.all() if name.split()}


def is_named_by(stems: frozenset[str], person: Participant) -> bool:
    return any(same_stem(s, w) for s in surnames(person) for w in stems if len(s) >= 4)


def surname_at(text: str, person: Participant) -> tuple[int, int] | None:
    """Where a normalized text names the person's surname, in any of its forms."""
    names = surnames(person)
    for word in re.finditer(r"\w+", text):
        if any(len(s) >= 4 and same_stem(s, stem(word.group())) for s in names):
            return word.start(), word.end()
    return None


def attributed(text: str) -> bool:
    """Whether a claim gives its figure as someone's: a word of the lexicon's [attribution] ("по
    словам", "said", "деді"), or a headline's "Trade minister: ..." (a colon within its first words)."""
    from otg_cli.statements import normalized, words_of
    from otg_cli.text import find_words

    folded = normalized(text)
    return bool(find_words(folded, words_of("attribution", "words"))) or ":" in folded[:60]


def _made_minister(text: str, person: Participant) -> bool:
    """Whether a claim's title calls a deputy the minister: it says "minister" with no rank
    ("министр торговли") where the source's words for the person give a deputy's."""
    from otg_cli.people_checks import role_text
    from otg_cli.statements import normalized, words_of

    folded = normalized(text)
    deputy = tuple(normalized(w) for w in words_of("ranks", "deputy"))
    minister = re.search(r"(?<!\w)(?:зам)?(?:minister|министр)", folded)
    ranked = any(w in folded.split() for w in deputy) or "зам" in folded
    return bool(minister) and not ranked and any(w in normalized(role_text(person)) for w in deputy)


def _wrong_office(text: str, person: Participant) -> Reason | None:
    """What the claim's words before a person's name say of their office that the source's do not:
    a minister for a deputy ("министр торговли и интеграции Айдар Абилдабеков" for the vice
    minister), or another ministry (`people_checks.wrong_portfolio`)."""
    from otg_cli.people_checks import wrong_portfolio
    from otg_cli.statements import normalized

    folded = normalized(text)
    at = surname_at(folded, person)
    if at is None:
        return None
    title = " ".join(folded[: at[0]].split()[-8:])  # the words a title takes before a name
    if _made_minister(title, person):
        return reason("person.deputy")
    return wrong_portfolio(title, person)

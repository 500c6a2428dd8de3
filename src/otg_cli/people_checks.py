"""A person a claim without a figure names at an event: the rank, office and country it gives
them against the source's ("a deputy minister is no minister").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otg_cli.lexicon import entries
from otg_cli.models import FactBase
from otg_cli.statement_checks import record_part
from otg_cli.statements import Statement, same_stem, shared, stem, stems_of, words_of

if TYPE_CHECKING:
    from otg_cli.meetings import Event, Participant
    from otg_cli.verify import Part, Verdict


def people(statement: Statement, event: Event | None, base: FactBase) -> tuple[Part, ...]:
    """A person the claim names at the event: the rank, office and country the claim gives them
    against the source's (a deputy minister is no minister, the OTS's secretary general no fund's
    president, Turkey's deputy minister no head of Azerbaijan's delegation)."""
    if event is None:
        return ()
    from otg_cli.figure_checks import HOME

    named = [person for person in event.participants if _is_named(statement, person)]
    # Kazakhstan is often the claim's unnamed home, and a partner may be where goods go: only a
    # foreign guest is checked against the one other country a claim names.
    countries = {p for p in statement.parties if p not in base.groups} - {HOME}
    parts = []
    for person in named:
        role_words = frozenset(
            stems_of(" ".join([person.role, person.citation.quote if person.citation else ""]))
        )
        wrong = _wrong_office(statement, role_words, event, alone=len(named) == 1)
        if wrong is None and len(named) == 1 and countries and person.country not in (None, HOME, *countries):
            wrong = f"of {person.country}, not {', '.join(sorted(countries))}"
        verdict: Verdict = "contradicted" if wrong else "supported"
        reason = f"the source says: {person.role}" + (f" ({wrong})" if wrong else "")
        parts.append(record_part("participant", person.name.en, verdict, reason, event))
    return tuple(parts)


def _wrong_office(
    statement: Statement, role_words: frozenset[str], event: Event, *, alone: bool
) -> str | None:
    """What the claim says of a person's office that the source's words for it do not: a rank
    left out ("minister" for a deputy) or, where the claim names this person alone, another office
    ("president" for a secretary general; an office the event's name has, "встреча министров", is
    the meeting's, not the person's)."""
    offices = _offices(statement.stems)
    if (
        offices
        and shared(role_words, _words("ranks", "deputy"))
        and not shared(statement.stems, _words("ranks", "deputy"))
    ):
        return "a deputy"
    other = _offices(statement.stems - stems_of(" ".join(event.name.all()))) - _offices(role_words)
    return f"not {', '.join(sorted(other))}" if alone and other and _offices(role_words) else None


def _offices(words: frozenset[str] | set[str]) -> set[str]:
    return {office for office, _ in entries("offices") if shared(words, _words("offices", office))}


def _is_named(statement: Statement, person: Participant) -> bool:
    surnames = {stem(name.split()[-1]) for name in person.name.all() if name.split()}
    return any(same_stem(s, w) for s in surnames for w in statement.stems if len(s) >= 4)


def _words(table: str, key: str) -> set[str]:
    return {stem(w) for w in words_of(table, key)}

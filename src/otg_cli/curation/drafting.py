"""`otg draft SOURCE`: records proposed from the sentences of an archived article.

Each sentence that states a figure (an amount, a change in percent, a count), a target, an
agreement or an event gets a record, filled in by the claim reader (`claims.py`: `amounts`,
`qualifier_between`, `find_period`, `find_indicator`; `countries.find_parties`): the quote is the
sentence verbatim, and value, unit, qualifier, change, period and parties are what the reader
understood. What it cannot know (a description, a title, a measure it is unsure of) is left
empty, so that the record fails `otg check` until someone writes it. Every proposal also carries
a `placeholder` line (`models.PLACEHOLDER`): the loader refuses it until it is confirmed against
its quote and the line deleted. A draft is text for a person; it is never written into a base.

A sentence with several figures gets a record for each ("с Узбекистаном – 4,3 млрд долларов,
Турцией – 4,9 млрд долларов"): the parties and measure named just before a figure are its own,
those of the sentence fill in the rest, and a percent is the change of the amount nearest to it.
Relative periods ("текущего года") count from the article's publication date, when it has one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple, get_args

from otg_cli import claims
from otg_cli.claim_amounts import Amount, amounts
from otg_cli.claim_periods import find_deadline, find_period
from otg_cli.countries import find_parties
from otg_cli.curation.sentences import split_sentences
from otg_cli.i18n import phrase
from otg_cli.lexicon import entries, spell_numbers
from otg_cli.lexicon import readable as latin_to_cyrillic
from otg_cli.models import FactBase, Measure
from otg_cli.periods import DateRange
from otg_cli.text import casefold_claim, fold

#: What each proposal's `placeholder` line says must be done before it counts.
CONFIRM = {
    "fact": "proposed by otg draft; confirm value, period and parties against the quote",
    "target": "proposed by otg draft; confirm value, measure and parties against the quote",
    "agreement": "proposed by otg draft; confirm status and parties against the quote, and write its title",
    "event": "proposed by otg draft; name the event, and give place and date only as the quote states them",
}

_MEASURES = frozenset(get_args(Measure))

#: The kind of agreement each status is (models.AgreementKind).
_AGREEMENT_KINDS = {
    "signed": "document",
    "approved": "document",
    "concluded": "document",
    "proposed": "proposal",
    "offered": "proposal",
    "presented": "proposal",
    "intended": "intention",
    "planned": "plan",
    "in_progress": "plan",
    "under_discussion": "plan",
}


class Proposal(NamedTuple):
    """One proposed record: its table, the sentence it comes from (1-based), its fields in the
    order they are written, what the reader understood, and what is left for the curator."""

    table: str
    sentence: int
    fields: dict[str, Any]
    read: str
    todo: tuple[str, ...] = ()


class Draft(NamedTuple):
    source: str
    archive: str
    sentences: int
    proposals: tuple[Proposal, ...]


class _Sentence(NamedTuple):
    """A sentence as the reader reads it."""

    number: int
    text: str
    spaced: str
    parties: tuple[str, ...]
    period: DateRange | None


@cache
def _words(table: str) -> tuple[tuple[str, str], ...]:
    """The lexicon's words for agreements or events, folded, with what each means."""
    return tuple((fold(word), str(meaning)) for word, meaning in entries(table))


def _first_word(text: str, table: str) -> str | None:
    folded = fold(text)
    for word, meaning in _words(table):
        if re.search(rf"(?<!\w){re.escape(word)}", folded):
            return meaning
    return None


def _is_figure(amount: Amount, spaced: str) -> bool:
    """Bare counts only when whole and not a day of a month ("22–23 октября", "17.20")."""
    if amount.unit != "count" or amount.strong:
        return True
    return float(amount.value).is_integer() and not claims.names_a_day(spaced, amount.at)


def _with_changes(found: list[Amount]) -> list[tuple[Amount | None, Amount | None]]:
    """(amount, its change) pairs: each percent goes to the nearer of the amounts beside it that
    has no change yet; a percent with none is a record of its own."""
    pairs: dict[int, list[Amount | None]] = {i: [a, None] for i, a in enumerate(found) if a.unit is not None}
    alone: list[tuple[Amount | None, Amount | None]] = []
    for index, change in enumerate(found):
        if change.unit is not None:
            continue
        beside = [i for i in (index - 1, index + 1) if i in pairs and pairs[i][1] is None]
        if not beside:
            alone.append((None, change))
            continue
        nearest = min(beside, key=lambda i: abs(found[i].at[0] - change.at[0]))
        pairs[nearest][1] = change
    return [(a, c) for a, c in pairs.values()] + alone


#: Where a clause ends: its words ("на 26,7% больше, чем ...") are not the next figure's.
_CLAUSE = re.compile(r"[,;:]\s|\s[-–—]\s")


def _bounds(found: list[Amount], amount: Amount, text: str, *, clause: bool = True) -> tuple[int, int]:
    """Where the words of a figure may stand: after the figure before it and up to the next one;
    with `clause`, only in its own clause."""
    index = found.index(amount)
    start = found[index - 1].at[1] if index > 0 else 0
    end = found[index + 1].at[0] if index + 1 < len(found) else len(text)
    if not clause:
        return start, end
    cuts = [m.end() for m in _CLAUSE.finditer(text, start, amount.at[0])]
    after = _CLAUSE.search(text, amount.at[1], end)
    return (cuts[-1] if cuts else start), (after.start() if after else end)


def _parties(sentence: _Sentence, before: str, base: FactBase) -> tuple[str, ...]:
    """The parties named just before a figure, after the sentence's first where only one is."""
    local = find_parties(before, base)
    if not local:
        return sentence.parties
    if len(local) == 1 and sentence.parties and sentence.parties[0] not in local:
        return (sentence.parties[0], *local)
    return local


def _measure(around: tuple[str, ...], sentence: _Sentence) -> str:
    """The measure named nearest the figure (`around`, nearest first), else by the sentence."""
    for text in (*around, sentence.spaced):
        found = claims.find_indicator(text, target=False)
        if found is not None:
            return found if found in _MEASURES else ""
    return ""


def _period(period: DateRange | None) -> dict[str, datetime.date]:
    return {} if period is None else {"start": period.start, "end": period.end}


def _number(value: float) -> float:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def _citation(source: str, sentence: _Sentence) -> list[dict[str, str]]:
    return [{"source": source, "quote": sentence.text}]


def _figure_fields(
    sentence: _Sentence, found: list[Amount], pair: tuple[Amount | None, Amount | None]
) -> dict[str, Any]:
    """value, unit, qualifier, change_pct and change_qualifier of one figure, as read."""
    amount, change = pair
    spaced = sentence.spaced
    fields: dict[str, Any] = {}
    if amount is not None:
        start, end = _bounds(found, amount, spaced)
        fields.update(
            value=_number(amount.value),
            unit=amount.unit,
            qualifier=claims.qualifier_between(spaced, amount.at, start, end),
        )
    if change is not None:
        start, end = _bounds(found, change, spaced)
        fields.update(
            change_pct=_number(change.value),
            change_qualifier=claims.qualifier_between(spaced, change.at, start, end),
        )
    return fields


def _read(measure: str, parties: tuple[str, ...], period: DateRange | None, figures: dict[str, Any]) -> str:
    from otg_cli.figures import format_amount, format_change

    parts = [measure or phrase("measure not read"), " – ".join(parties) or phrase("no parties named")]
    parts.append(period.text if period is not None else phrase("period not stated in the sentence"))
    if "value" in figures:
        parts.append(format_amount(figures["value"], figures["unit"], figures["qualifier"]))
    if "change_pct" in figures:
        change = format_change(figures["change_pct"], figures["change_qualifier"])
        parts.append(phrase("change {change} (a fall is negative)", change=change))
    return " · ".join(parts)


def _figure(
    source: str,
    sentence: _Sentence,
    found: list[Amount],
    pair: tuple[Amount | None, Amount | None],
    base: FactBase,
) -> Proposal:
    """A fact (or a target, in a sentence that sets one) for one figure of the sentence."""
    anchor = pair[0] or pair[1]
    assert anchor is not None
    start, end = _bounds(found, anchor, sentence.spaced, clause=False)
    before = sentence.spaced[start : anchor.at[0]]
    parties = _parties(sentence, before, base)
    # A count names what it counts after it ("12 тысяч компаний"), an amount before it.
    after = sentence.spaced[anchor.at[0] : end]
    measure = _measure((after, before) if anchor.unit in ("count", "people") else (before,), sentence)
    figures = _figure_fields(sentence, found, pair)
    if claims.find_indicator(sentence.spaced) == "target" and pair[0] is not None:
        figures.pop("change_pct", None), figures.pop("change_qualifier", None)
        fields = {
            "measure": measure,
            "parties": list(parties),
            **figures,
            "citations": _citation(source, sentence),
        }
        todo: tuple[str, ...] = (("measure",) if not measure else ()) + _party_todo(parties)
        deadline = find_deadline(sentence.spaced)
        named = phrase(
            "deadline: the quote names {deadline}; give a day only if it states one", deadline=deadline
        )
        todo += (named,) if deadline else ()
        return Proposal("target", sentence.number, fields, _read(measure, parties, None, figures), todo)
    if "value" not in figures and measure == "trade_share":
        figures = {
            "value": figures.pop("change_pct"),
            "unit": "percent",
            "qualifier": figures.pop("change_qualifier"),
        }
    fields = {
        "measure": measure,
        "parties": list(parties),
        "description": "",
        "period": _period(sentence.period),
        **figures,
        "unit": figures.get("unit", ""),
        "citations": _citation(source, sentence),
    }
    todo = ("description", *(f for f in ("measure", "unit") if not fields[f]), *_party_todo(parties))
    return Proposal("fact", sentence.number, fields, _read(measure, parties, sentence.period, figures), todo)


def _party_todo(parties: Sequence[str]) -> tuple[str, ...]:
    """What to write where the sentence names no party: `otg check` asks where they come from."""
    if parties:
        return ()
    return (
        phrase('parties: none named here; list those the article names around it, and context = ["parties"]'),
    )


def _agreement(source: str, sentence: _Sentence, status: str) -> Proposal:
    fields = {
        "kind": _AGREEMENT_KINDS.get(status, "decision"),
        "title": {"en": ""},
        "status": status,
        "parties": list(sentence.parties),
        "citations": _citation(source, sentence),
    }
    todo = (
        "title",
        phrase("event: the id of the event it was reached at, if the article says"),
        *_party_todo(sentence.parties),
    )
    read = f"{status.replace('_', ' ')} · {' – '.join(sentence.parties) or phrase('no parties named')}"
    return Proposal("agreement", sentence.number, fields, read, todo)


def _event(source: str, sentence: _Sentence, kind: str) -> Proposal:
    fields = {"kind": kind, "name": {"en": ""}, "citations": _citation(source, sentence)}
    todo = ("name", phrase("place and date: only as the quote states them; leave out what it does not"))
    return Proposal(
        "event",
        sentence.number,
        fields,
        f"{kind} · {' – '.join(sentence.parties) or phrase('no parties named')}",
        todo,
    )


def _proposals(source: str, sentence: _Sentence, base: FactBase) -> list[Proposal]:
    found = [a for a in amounts(sentence.spaced) if _is_figure(a, sentence.spaced)]
    proposals = [_figure(source, sentence, found, pair, base) for pair in _with_changes(found)]
    status = _first_word(sentence.spaced, "agreements")
    if status is not None:
        proposals.append(_agreement(source, sentence, status))
    kind = _first_word(sentence.spaced, "events")
    if kind is not None and not proposals:
        proposals.append(_event(source, sentence, kind))
    return proposals


def draft(source: str, archive: str, article: str, base: FactBase, published: datetime.date | None) -> Draft:
    """Proposals for every sentence of the article of `source` that states something to record."""
    proposals: list[Proposal] = []
    sentences = split_sentences(article)
    for number, found in enumerate(sentences, start=1):
        readable = latin_to_cyrillic(found.text)
        spaced = spell_numbers(casefold_claim(readable))
        sentence = _Sentence(
            number, found.text, spaced, find_parties(readable, base), find_period(spaced, published)
        )
        made = _proposals(source, sentence, base)
        for index, proposal in enumerate(made):
            suffix = "" if len(made) == 1 else "abcdefghijklmnopqrstuvwxyz"[index % 26]
            proposal.fields.update(id=f"{source}-s{number}{suffix}")
        proposals += made
    return Draft(source, archive, len(sentences), tuple(proposals))


def _table(proposal: Proposal) -> list[str]:
    """One proposal as TOML: what to check in comments, then the placeholder line and fields."""
    from otg_cli.curation.files import toml_value
    from otg_cli.models import PLACEHOLDER

    todo = phrase(CONFIRM[proposal.table].removeprefix("proposed by otg draft; "))
    lines = [
        "# " + phrase("draft: sentence {number}: {todo}", number=proposal.sentence, todo=todo),
        "# " + phrase("read: {read}", read=proposal.read),
        *("# " + phrase("fill in: {item}", item=item) for item in proposal.todo),
        f"[[{proposal.table}]]",
        f"{PLACEHOLDER} = {toml_value(phrase('proposed by otg draft; {todo}', todo=todo))}",
        f"id = {toml_value(proposal.fields['id'])}",
    ]
    for key, value in proposal.fields.items():
        if key == "citations":
            lines += ["citations = [", *(f"  {toml_value(c)}," for c in value), "]"]
        elif key != "id":
            lines.append(f"{key} = {toml_value(value)}")
    return lines


def render(found: Draft) -> str:
    """The draft as a TOML fact file: a header saying what it is, then one table per proposal."""
    used = len({p.sentence for p in found.proposals})
    import textwrap

    heading = phrase(
        "otg draft {source}: {count} records proposed from {used} of {sentences} sentences of {archive}.",
        source=found.source,
        count=len(found.proposals),
        used=used,
        sentences=found.sentences,
        archive=found.archive,
    )
    what = phrase(
        "Nothing here is a fact yet. Each record has a `placeholder` line, which makes `otg check` fail "
        "and keeps otg from showing it. Confirm every field against its quote (the sentence, verbatim), "
        "fill in what is empty, leave out what the article does not state, give it an id that says what "
        "it is, then delete the `placeholder` line."
    )
    # A `code span` is never broken across lines.
    kept = re.sub(r"`[^`]+`", lambda code: code[0].replace(" ", "\0"), what)
    wrapped = [line.replace("\0", " ") for line in textwrap.wrap(kept, 91, break_on_hyphens=False)]
    lines = [f"# {heading}", "#", *(f"# {line}" for line in wrapped)]
    for proposal in found.proposals:
        lines += ["", *_table(proposal)]
    return "\n".join(lines) + "\n"

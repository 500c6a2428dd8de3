"""`otg check`: every record against its own quotes, read as `otg verify` reads a claim.

A record must not contradict the words it cites. Each field is compared with what each quote states
(`quotereader`): a fact's value and its scale (1.7 for "1,7 млрд долларов" is an error), unit and
qualifier, period, change and its qualifier; a target's value and deadline; an agreement's status.
The value must lie within the values the quote's figure allows as written (`figures.interval`, its
last stated digit), and the qualifier must be the one the quote binds to that figure. Where a
record has several citations, one quote stating the field as the record does is enough.

- a quote that states a field otherwise is an ERROR naming the field, what the record says, what
  the quote says and what to write;
- a field no quote states is a WARNING, unless the record lists it in `context` (it comes from the
  article around the quotes: its date, dateline, headline or the sentence before); a field in
  `context` that a quote does state is a warning too, so that the list stays true;
- a party no quote names is a warning (unless `context` lists "parties"), and so is a country that
  is neither an OTS member nor an observer (unless `outside_ots` lists it: see `parties`).

Nothing here runs on a query: only `otg check` reads quotes this way.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli import i18n
from otg_cli.errors import Problem, Severity, Spoken, Words
from otg_cli.field_errors import toml_number
from otg_cli.figures import format_amount, format_change, interval
from otg_cli.kinds import kind_of
from otg_cli.models import Fact, FactBase, Unit
from otg_cli.parties import is_known, outside_ots
from otg_cli.quotereader import Reading, Stated, read_quote
from otg_cli.text import collapse_whitespace

if TYPE_CHECKING:
    from otg_cli.meetings import Agreement, Target


class Said(NamedTuple):
    """What one quote states of a field: whether it agrees with the record, and if not, what the
    record says, what the quote says and what to write."""

    agrees: bool
    record: str = ""
    quote: str = ""
    fix: str = ""


_AGREES = Said(True)


class _Checked:
    """One record against the readings of its quotes; collects what is wrong with it."""

    def __init__(self, record: Any, base: FactBase, readings: list[Reading]) -> None:
        self.record = record
        self.base = base
        self.readings = readings
        self.problems: list[Problem] = []
        self.where = (base.origins.get(record.id), f"{kind_of(record).table} {record.id}")

    def report(self, field: str, message: str, severity: Severity = "error") -> None:
        file, label = self.where
        self.problems.append(Problem(message, file, label, field, severity=severity))

    def field(self, name: str, said: Iterable[Said | None], *, empty: bool = False) -> None:
        """One field against every quote. `empty`: the record leaves the field unstated, so quotes
        that say nothing of it agree with it."""
        stated = [s for s in said if s is not None]
        in_context = name in self.record.context
        if any(s.agrees for s in stated):
            if in_context:
                message = Words(
                    'context lists "{name}", but a quote states it: take it out of context', name=name
                )
                self.report(name, message, "warning")
        elif stated:
            first = stated[0]
            says = {"record": first.record, "quote": first.quote}
            if first.fix:
                self.report(
                    name,
                    Words(
                        "the record says {record}, the quote says {quote}: write {fix}", **says, fix=first.fix
                    ),
                )
            else:
                self.report(name, Words("the record says {record}, the quote says {quote}", **says))
        elif not in_context and not empty:
            if len(self.readings) > 1:
                unstated = Words(
                    'the quotes do not state the {name}; say where it comes from with context = ["{name}"]',
                    name=name,
                )
            else:
                unstated = Words(
                    'the quote does not state the {name}; say where it comes from with context = ["{name}"]',
                    name=name,
                )
            self.report(name, unstated, "warning")

    def parties(self) -> None:
        named = {party for reading in self.readings for party in reading.parties}
        # An unknown party is the loader's error already.
        unnamed = [
            (i, p) for i, p in enumerate(self.record.parties) if p not in named and is_known(p, self.base)
        ]
        if "parties" in self.record.context:
            if not unnamed:
                self.report(
                    "parties", Words('context lists "parties", but the quotes name them all'), "warning"
                )
            return
        from otg_cli.countries import party_name

        for index, party in unnamed:
            values = {"party": party, "name": Spoken(functools.partial(party_name, party, self.base))}
            if len(self.readings) > 1:
                unnamed_words = Words(
                    "the quotes do not name {party} ({name}) in any language; if the article names it "
                    'around the quote, say so with context = ["parties"]',
                    **values,
                )
            else:
                unnamed_words = Words(
                    "the quote does not name {party} ({name}) in any language; if the article names it "
                    'around the quote, say so with context = ["parties"]',
                    **values,
                )
            self.report(f"parties[{index}]", unnamed_words, "warning")

    def outside(self) -> None:
        meant = set(self.record.outside_ots)
        fields = [(f"parties[{i}]", p) for i, p in enumerate(self.record.parties)]
        proposer = getattr(self.record, "proposed_by", None)
        fields += [("proposed_by", proposer)] if proposer else []
        for field, code in fields:
            why = outside_ots(code, self.base)
            if why is not None and code not in meant:
                self.report(field, why, "warning")
        parties = {code for _, code in fields}
        for code in sorted(meant):
            if code not in parties:
                said = Words("lists {code}, which is not a party of this record", code=code)
                self.report("outside_ots", said, "warning")
            elif outside_ots(code, self.base) is None:
                said = Words("lists {code}, which is an OTS country or a group", code=code)
                self.report("outside_ots", said, "warning")

    def context(self, fields: tuple[str, ...]) -> None:
        """`context` may list only the fields this kind of record has and `otg check` compares."""
        kind = kind_of(self.record).table
        for index, name in enumerate(self.record.context):
            if name not in fields:
                said = Words('lists "{name}", which a {kind} does not have', name=name, kind=kind)
                self.report(f"context[{index}]", said, "warning")


# --- Figures -------------------------------------------------------------------------------------


def _distance(stated: float, recorded: float) -> float:
    """How far apart two figures are, by scale first (1.7 and 1.7 bn are 9 orders apart)."""
    import math

    if stated == 0 or recorded == 0:
        return abs(stated - recorded)
    return abs(math.log10(abs(stated) / abs(recorded))) + (0.0 if (stated > 0) == (recorded > 0) else 0.5)


def _amount(value: float, unit: Unit) -> str:
    """A figure as otg shows it: "$1.7 bn"; "1.7 bn" when the quote states no unit."""
    return format_amount(value, "USD").replace("$", "") if unit == "count" else format_amount(value, unit)


def _value(checked: _Checked, reading: Reading) -> tuple[Said | None, list[Stated]]:
    """A value against one quote's figures of its kind (percentages for a percentage), and the
    figures that state it."""
    record = checked.record
    signed = getattr(record, "measure", "") == "trade_balance"
    figures = [f for f in reading.figures if (f.unit == "percent") == (record.unit == "percent")]
    if not figures:
        return None, []
    matched = [f for f in figures if record.value in interval(f.signed if signed else f.value, "exact")]
    if matched:
        return _AGREES, matched
    nearest = min(
        figures, key=lambda f: (f.unit not in (record.unit, "count"), _distance(f.value, record.value))
    )
    stated = nearest.signed if signed else nearest.value
    return Said(
        False,
        f"{toml_number(record.value)} {record.unit}",
        Words(
            "{words} ({amount})", words=nearest.words, amount=Spoken(lambda: _amount(stated, nearest.unit))
        ),
        toml_number(stated),
    ), []


def _unit(record: Any, figures: Sequence[Stated]) -> Said | None:
    units = {f.unit for f in figures}
    if record.unit in units:
        return _AGREES
    other = next((f for f in figures if f.unit != "count"), None)  # a bare number states no unit
    if other is None:
        return None
    found = Words("{words} ({amount})", words=other.words, amount=other.unit)
    return Said(False, record.unit, found, f'unit = "{other.unit}"')


def _qualifier(recorded: str, figures: Sequence[Stated], field: str = "qualifier") -> Said:
    if any(f.qualifier == recorded for f in figures):
        return _AGREES
    first = figures[0]
    return Said(False, recorded, f"«{first.phrase}» ({first.qualifier})", f'{field} = "{first.qualifier}"')


def _check_amount(checked: _Checked) -> None:
    """value, unit and qualifier: the unit and qualifier only of a figure that states the value."""
    record = checked.record
    if record.value is None:
        return
    if getattr(record, "worded", None):
        # The figure is words ("more than two-thirds"), stored as a number: only its qualifier is read.
        said = [
            Said(
                r.qualifier == record.qualifier, record.qualifier, r.qualifier, f'qualifier = "{r.qualifier}"'
            )
            for r in checked.readings
        ]
        checked.field("qualifier", said)
        return
    found = [_value(checked, reading) for reading in checked.readings]
    checked.field("value", [said for said, _ in found])
    matched = [figure for _, figures in found for figure in figures]
    if matched:
        checked.field("unit", [_unit(record, matched)])
        checked.field("qualifier", [_qualifier(record.qualifier, matched)])


def _check_change(checked: _Checked, fact: Fact) -> None:
    if fact.change_pct is None:
        return
    said: list[Said | None] = []
    matched: list[Stated] = []
    for reading in checked.readings:
        percents = [f for f in reading.figures if f.unit == "percent"]
        found = [f for f in percents if fact.change_pct in interval(f.signed, "exact")]
        matched += found
        if found or not percents:
            said.append(_AGREES if found else None)
            continue
        nearest = min(percents, key=lambda f: abs(f.signed - fact.change_pct))  # type: ignore[operator]
        said.append(
            Said(
                False,
                toml_number(fact.change_pct),
                Words(
                    "{words} ({amount})",
                    words=nearest.words,
                    amount=Spoken(functools.partial(format_change, nearest.signed)),
                ),
                f"change_pct = {toml_number(nearest.signed)}",
            )
        )
    checked.field("change_pct", said)
    if matched:
        checked.field("change_qualifier", [_qualifier(fact.change_qualifier, matched, "change_qualifier")])


# --- Periods, deadlines, statuses ------------------------------------------------------------------


def _period(fact: Fact, reading: Reading) -> Said | None:
    from otg_cli.periods import describe_period

    stated, period = reading.period, fact.period
    if stated is None:
        return None
    days = Words("{start} to {end}", start=stated.start, end=stated.end)
    says = (
        stated.text
        if stated.text == str(stated.start.year)
        else Words("{words} ({days})", words=stated.text, days=days)
    )
    fix = f"period = {{ start = {stated.start}, end = {stated.end} }}"
    if period.end is None:
        return Said(False, Words("no period"), says, fix)
    if period.basis == "flow" or period.start is not None:
        agrees = (period.start, period.end) == (stated.start, stated.end)
        basis = "" if period.basis == "flow" else f'basis = "{period.basis}", '
        described = Spoken(lambda: describe_period(period, in_sentence=True))
        return Said(agrees, described, says, fix.replace("{ ", "{ " + basis, 1))
    # A level, or a running total to `end`: the day it is as of must fall within what the quote says.
    return Said(
        stated.start <= period.end <= stated.end,
        Spoken(lambda: describe_period(period, in_sentence=True)),
        says,
    )


def _deadline(target: Target, reading: Reading) -> Said | None:
    if reading.deadline is None:
        return None
    from otg_cli.partial_dates import year

    fix = f'deadline = "{reading.deadline}"'  # as precise as the quote: a year, never a made-up day
    if target.deadline is None:
        return Said(False, Words("no deadline"), Words("by {year}", year=reading.deadline), fix)
    stated = year(target.deadline)
    return Said(
        stated == reading.deadline, str(target.deadline), Words("by {year}", year=reading.deadline), fix
    )


def _status(agreement: Agreement, reading: Reading) -> Said | None:
    if not reading.statuses:
        return None
    if agreement.status in {status for status, _ in reading.statuses}:
        return _AGREES
    status, words = reading.statuses[0]
    return Said(False, agreement.status, f"«{words}» ({status})", f'status = "{status}"')


def _check_fact(checked: _Checked, fact: Fact) -> None:
    _check_amount(checked)
    empty = fact.period.end is None
    checked.field("period", [_period(fact, r) for r in checked.readings], empty=empty)
    _check_change(checked, fact)


def _check_target(checked: _Checked, target: Target) -> None:
    _check_amount(checked)
    deadlines = [_deadline(target, r) for r in checked.readings]
    checked.field("deadline", deadlines, empty=target.deadline is None)


def _check_agreement(checked: _Checked, agreement: Agreement) -> None:
    checked.field("status", [_status(agreement, r) for r in checked.readings])


_AMOUNT_FIELDS = ("value", "unit", "qualifier")


def _checks() -> list[tuple[type, Callable[[_Checked, Any], None], tuple[str, ...]]]:
    """Each kind checked, how, and the fields its `context` may list."""
    from otg_cli.meetings import Agreement, Target

    fact_fields = (*_AMOUNT_FIELDS, "period", "change_pct", "change_qualifier", "parties")
    return [
        (Fact, _check_fact, fact_fields),
        (Target, _check_target, (*_AMOUNT_FIELDS, "deadline", "parties")),
        (Agreement, _check_agreement, ("status", "parties")),
    ]


def check_against_quotes(base: FactBase, articles: Mapping[str, str | None]) -> list[Problem]:
    """Every fact, target and agreement against its own quotes (see the module's docstring).

    Only quotes found in their `articles` (collapsed as `check.article_texts` does) are read: a
    quote that is not verbatim is an error of its own, and a record is not judged by it.
    """
    readings: dict[tuple[str, str], Reading] = {}

    def verbatim(source: str, quote: str) -> bool:
        article = articles.get(source)
        return source in base.sources and article is not None and collapse_whitespace(quote) in article

    def read(source: str, quote: str) -> Reading:
        if (source, quote) not in readings:
            readings[(source, quote)] = read_quote(quote, base, _as_of(base.sources[source].published))
        return readings[(source, quote)]

    with i18n.using("en"):  # messages of `otg check` are English, as every other problem's
        return _check_all(base, verbatim, read)


def _check_all(
    base: FactBase, verbatim: Callable[[str, str], bool], read: Callable[[str, str], Reading]
) -> list[Problem]:
    problems: list[Problem] = []
    for kind, check, fields in _checks():
        records: Iterable[Any] = base.table(kind).values()
        for record in records:
            cited = [read(c.source, c.quote) for c in record.citations if verbatim(c.source, c.quote)]
            if not cited:
                continue  # no quote to read: the loader or the verbatim check says why
            checked = _Checked(record, base, cited)
            checked.context(fields)
            check(checked, record)
            checked.parties()
            checked.outside()
            problems += checked.problems
    return problems


def _as_of(published: str | None) -> datetime.date | None:
    """The day relative periods in a quote count from: the article's date, as precise as it is
    (only its year counts for "текущего года")."""
    from otg_cli.partial_dates import full_date, year

    if published is None:
        return None
    day = full_date(published)
    stated = year(published)
    return day or (datetime.date(stated, 1, 1) if stated is not None else None)

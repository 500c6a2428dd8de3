"""How a list shows each kind: its columns, each made of styled parts of a view.

A column names a header (a phrase, shown in the language of the run), the parts of its cell
(dotted paths into the view, `labels.NAME` for a label only the table shows), and how it may be
laid out (`render.layout`, after gh's table printer): `keep` is never cut, dropped or broken
(values, periods, outlets and dates, ids, the subject), `cut` is optional text that may be cut
at a word with "…" (`ratio` shares the width left between such columns), `below` goes on the dim
second line of the record (its sources, its id). A part whose prefix starts with a newline, and
each line of a multi-line value, is a segment of its own, which is never broken; a cell of
several parts is built in order; the first part's style is the style of the whole cell, and a
part whose value is null is left out, or shows `missing` when given.

Specs are built when a table is printed, so that their texts are in the language of the run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from otg_cli import i18n

say = i18n.phrase

Justify = Literal["left", "right"]
Fit = Literal["keep", "cut", "below"]


class Part(NamedTuple):
    path: str
    style: str = ""
    prefix: str = ""
    suffix: str = ""
    #: Shown, in `missing_style`, when the value is null; None leaves the part out.
    missing: str | None = None
    missing_style: str = ""


class Column(NamedTuple):
    #: A phrase key: shown through i18n.phrase.
    header: str
    parts: tuple[Part, ...]
    style: str = ""
    justify: Justify = "left"
    fit: Fit = "keep"
    ratio: int = 1


class TableSpec(NamedTuple):
    columns: tuple[Column, ...]
    title: str | None = None
    caption: str | None = None


def _one(path: str) -> tuple[Part, ...]:
    return (Part(path),)


def _id() -> Column:
    return Column("ID", _one("id"), style="cyan", fit="below")


def _source(path: str = "labels.citations") -> Column:
    return Column("Source", _one(path), fit="below")


def _cut(header: str, parts: tuple[Part, ...], ratio: int = 1) -> Column:
    return Column(header, parts, fit="cut", ratio=ratio)


def fact_columns() -> tuple[Column, ...]:
    period = (Part("period.label"), Part("labels.span_note", style="yellow", prefix="\n"))
    return (
        Column("Parties", _one("labels.subject")),
        Column("Period", period),
        Column(
            "Value",
            (Part("value_label", style="bold", missing=say("not stated"), missing_style="dim"),),
            justify="right",
        ),
        Column("Change", _one("change_label"), justify="right"),
        _cut("Figure", _one("description_label")),
        Column("", (Part("labels.disagree", style="red"),), fit="below"),
        _id(),
        _source(),
    )


def target_columns() -> tuple[Column, ...]:
    progress = (
        Part("progress.label", style="bold", missing=say("no comparable figure"), missing_style="dim"),
    )
    how = (
        Part("progress.formula_label", style="dim", prefix="= "),
        Part("progress.from_fact", style="dim", prefix="\n" + say("from") + " "),
        Part("progress.period.label", style="dim", prefix=" (", suffix=")"),
        Part("labels.disputed", style="red", prefix="\n"),
    )
    return (
        Column("Parties", _one("labels.parties")),
        Column("Target", (Part("value_label"), Part("labels.measure", prefix=" ")), justify="right"),
        Column("Deadline", _one("labels.deadline")),
        Column("Progress (derived)", progress),
        _id(),
        Column("", how, fit="below"),
        _source(),
    )


def agreement_columns() -> tuple[Column, ...]:
    title = (Part("labels.title"), Part("proposed_by", prefix="(" + say("proposed by") + " ", suffix=")"))
    return (
        Column("Status", _one("labels.status")),
        Column("Parties", _one("labels.parties")),
        _cut("Agreement, document or decision", title),
        _id(),
        _source(),
    )


def event_columns() -> tuple[Column, ...]:
    return (
        Column("Date", _one("labels.date")),
        Column("Place", _one("labels.place")),
        Column("Agreements", _one("labels.agreement_count"), justify="right"),
        _cut("Event", _one("labels.name")),
        _id(),
        _source(path="labels.citation"),
    )


def derived_columns() -> tuple[Column, ...]:
    return (
        Column("Parties", _one("labels.parties")),
        Column("Period", _one("period.label")),
        Column("Derived value", (Part("value_label", style="bold"),), justify="right"),
        _cut("Note", _one("note_label")),
        _id(),
        Column("Formula", _one("formula_label"), fit="below"),
    )


def source_columns() -> tuple[Column, ...]:
    return (
        Column("Outlet", _one("outlet")),
        Column("Published", _one("labels.published")),
        Column("Lang", _one("language")),
        _cut("Title or subject", _one("labels.title")),
        _id(),
    )


def hit_columns() -> tuple[Column, ...]:
    return (
        Column("Kind", _one("labels.kind")),
        _cut("What", _one("labels.title")),
        _cut("Where it matched", _one("labels.matches"), ratio=2),
        _id(),
    )


def table_spec(kind: str, *, title: str = "", quotes: bool = False) -> TableSpec:
    """The table of a list of `kind`; `title` is the command's heading (facts) or query (hits)."""
    if kind == "fact":
        caption = f"{say('LEGEND')}. {say('Quotes and notes: otg show ID')}" + (
            "" if quotes else f", {say('or --quotes')}"
        )
        return TableSpec(fact_columns(), title, caption)
    if kind == "target":
        caption = say("Progress is derived by otg from the latest comparable figure, not stated by a source.")
        return TableSpec(target_columns(), say("Targets"), caption)
    if kind == "derived":
        return TableSpec(
            derived_columns(),
            say("Derived by otg: no source states these figures"),
            say("Each is computed from the facts listed; otg show ID for their quotes."),
        )
    simple = {
        "agreement": (agreement_columns, title),
        "event": (event_columns, say("Events")),
        "source": (source_columns, say("Sources")),
        "hit": (hit_columns, say("Search: {query}", query=title)),
    }
    if kind not in simple:
        raise ValueError(f"no table for {kind}")
    columns, heading = simple[kind]
    return TableSpec(columns(), heading)


#: How `otg verify` shows each verdict.
VERDICT_STYLE = {
    "supported": "bold green",
    "not_established": "bold yellow",
    "conflicting": "bold red",
    "contradicted": "bold red",
    "period_mismatch": "bold yellow",
    "not_found": "bold",
    "unreadable": "bold",
}


def cell_parts(get: Callable[[str], Any], column: Column) -> tuple[str, list[tuple[str, str]]]:
    """The style of a whole cell (its first part's) and its pieces, (text, style) in order."""
    pieces: list[tuple[str, str]] = []
    base = ""
    for index, part in enumerate(column.parts):
        value = get(part.path)
        if value is None:
            if part.missing is not None:
                pieces.append((part.missing, part.missing_style))
                base = part.missing_style if index == 0 else base
            continue
        if index == 0:
            base = part.style
        if isinstance(value, tuple):
            pieces.extend(value)
        else:
            pieces.append((f"{part.prefix}{value}{part.suffix}", part.style))
    return base, pieces

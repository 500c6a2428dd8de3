"""How the Rich table shows each kind: its columns, each made of styled parts of a view.

A column names a header (a phrase, shown in the language of the run), the parts of its cell
(dotted paths into the view, `labels.NAME` for a label only the table shows), and how it may be
cut: `no_wrap` keeps it on one line, `overflow="fold"` breaks long words, `ratio` shares the
width left. A cell of several parts is built in order; the first part's style is the style of
the whole cell (a bold value keeps its "sources disagree" line bold), and a part whose value is
null is left out, or shows `missing` when given.

Specs are built when a table is printed, so that their texts are in the language of the run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from otg_cli import i18n

say = i18n.phrase

Justify = Literal["left", "right"]
Overflow = Literal["fold", "crop", "ellipsis"]


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
    no_wrap: bool = False
    overflow: Overflow = "fold"
    ratio: int | None = None


class TableSpec(NamedTuple):
    columns: tuple[Column, ...]
    title: str | None = None
    caption: str | None = None


def _one(path: str) -> tuple[Part, ...]:
    return (Part(path),)


def _id() -> Column:
    return Column("ID", _one("id"), style="cyan", no_wrap=True)


def _source(ratio: int | None = None, path: str = "labels.citations") -> Column:
    return Column("Source", _one(path), ratio=ratio)


def fact_columns() -> tuple[Column, ...]:
    value = (
        Part("value_label", style="bold", missing=say("not stated"), missing_style="dim"),
        Part("labels.disagree", style="red", prefix="\n"),
    )
    return (
        Column("Figure", _one("description_label"), ratio=2),
        Column("Period", (Part("period.label"), Part("labels.span_note", style="yellow", prefix="\n"))),
        Column("Value", value, justify="right", no_wrap=True),
        Column("Change", _one("change_label"), justify="right", no_wrap=True),
        _source(ratio=1),
        _id(),
    )


def target_columns() -> tuple[Column, ...]:
    progress = (
        Part("progress.label", style="bold", missing=say("no comparable figure"), missing_style="dim"),
        Part("progress.formula_label", style="dim", prefix="\n= "),
        Part("progress.from_fact", style="dim", prefix="\n" + say("from") + " "),
        Part("progress.period.label", style="dim", prefix=" (", suffix=")"),
        Part("labels.disputed", style="red", prefix="\n"),
    )
    return (
        Column("Parties", _one("labels.parties")),
        Column("Target", (Part("value_label"), Part("labels.measure", prefix=" ")), justify="right"),
        Column("Deadline", _one("labels.deadline")),
        Column("Progress (derived)", progress),
        _source(),
        _id(),
    )


def agreement_columns() -> tuple[Column, ...]:
    title = (Part("labels.title"), Part("proposed_by", prefix="\n(" + say("proposed by") + " ", suffix=")"))
    return (
        Column("Status", _one("labels.status")),
        Column("Agreement, document or decision", title, ratio=3),
        Column("Parties", _one("labels.parties")),
        _source(),
        _id(),
    )


def event_columns() -> tuple[Column, ...]:
    return (
        Column("Event", _one("labels.name"), ratio=3),
        Column("Place", _one("labels.place")),
        Column("Date", _one("labels.date")),
        Column("Agreements", _one("labels.agreement_count"), justify="right"),
        _source(path="labels.citation"),
        _id(),
    )


def derived_columns() -> tuple[Column, ...]:
    return (
        Column("Parties", _one("labels.parties")),
        Column("Period", _one("period.label")),
        Column("Derived value", (Part("value_label", style="bold"),), justify="right", no_wrap=True),
        Column("Formula", _one("formula_label"), ratio=2),
        Column("Note", _one("note_label"), ratio=2),
        _id(),
    )


def source_columns() -> tuple[Column, ...]:
    return (
        Column("Outlet", _one("outlet")),
        Column("Published", _one("labels.published")),
        Column("Lang", _one("language")),
        Column("Title or subject", _one("labels.title"), ratio=3),
        _id(),
    )


def hit_columns() -> tuple[Column, ...]:
    return (
        Column("Kind", _one("kind")),
        _id(),
        Column("What", _one("title"), ratio=2),
        Column("Where it matched", _one("labels.matches"), ratio=3),
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

"""Rich tables for people, built from the rows of the views and the column specs of `views.columns`.

Every figure row carries its qualifier, period and citation. Text from the fact base is always
wrapped in `Text`, never parsed as Rich markup, so a quote that happens to contain "[bold]" is
shown as written. Only layouts that are not one table have their own code here: agreements
grouped by event, one record (`otg show`), a verdict (`otg verify`) and the check report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from otg_cli import i18n, views
from otg_cli.render import Listing, OutputOptions
from otg_cli.views import labels
from otg_cli.views.columns import VERDICT_STYLE, TableSpec, cell_parts, table_spec

if TYPE_CHECKING:
    from otg_cli.errors import Problem
    from otg_cli.models import FactBase
    from otg_cli.query import AgreementGroup
    from otg_cli.views import View

say = i18n.phrase


def _console() -> Console:
    return Console(highlight=False, emoji=False, markup=False)


def print_quotes(console: Console, quoted: Iterable[tuple[str, Sequence[str]]]) -> None:
    """Quotes below the table, one unbroken line each, so that they can be copied whole."""
    console.print(Text(say("Quotes"), style="bold"))
    for record_id, lines in quoted:
        console.print(Text(f"  {record_id}", style="cyan"))
        for line in lines:
            console.print(Text(f"    {line}"), soft_wrap=True)


def _quoted(found: Sequence[View]) -> list[tuple[str, Sequence[str]]]:
    return [(view.row["id"], view.labels["quotes"]) for view in found]


def _cell(view: View, column: Any) -> Text:
    style, pieces = cell_parts(view.get, column)
    # The first piece in the style of the cell is its text, not a span: Rich then writes one
    # escape sequence for it, as for any plain cell.
    first = pieces[0][0] if pieces and pieces[0][1] == style else ""
    text = Text(first, style=style)
    for piece, piece_style in pieces[1:] if first else pieces:
        text.append(piece, style=piece_style or None)
    return text


def build_table(spec: TableSpec, found: Iterable[View]) -> Table:
    """A Rich table from column specs and views: the one way every list is laid out."""
    table = Table(
        title=Text(spec.title) if spec.title else None,
        caption=Text(spec.caption) if spec.caption else None,
        box=box.SIMPLE_HEAD,
        show_lines=False,
        title_justify="left",
        caption_justify="left",
    )
    for column in spec.columns:
        table.add_column(
            say(column.header),
            style=column.style,
            justify=column.justify,
            no_wrap=column.no_wrap,
            overflow=column.overflow,
            ratio=column.ratio,
        )
    for view in found:
        table.add_row(*(_cell(view, column) for column in spec.columns))
    return table


class TableFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        if listing.kind == "agreement":
            self._agreements(listing)
            return
        found = views.views(listing.kind, listing.items, listing.base, query=listing.query)
        title = listing.query if listing.kind == "hit" else listing.title
        console = _console()
        console.print(build_table(table_spec(listing.kind, title=title, quotes=listing.quotes), found))
        if listing.quotes:
            print_quotes(console, _quoted(found))
        if listing.kind == "fact":
            for line in labels.disputes(view.row for view in found):
                console.print(Text(line, style="red"))

    def _agreements(self, listing: Listing) -> None:
        """One table per event, headed by its name, place and date."""
        base = listing.base
        assert base is not None
        groups: list[AgreementGroup] = listing.groups or []
        console = _console()
        for group in groups:
            found = views.views("agreement", group.agreements, base)
            spec = table_spec("agreement", title=labels.group_title(group.event, base))
            console.print(build_table(spec, found))
            if listing.quotes:
                print_quotes(console, _quoted(found))

    def record(self, listing: Listing, options: OutputOptions) -> None:
        assert listing.base is not None
        if listing.kind == "verification":
            _verification(views.views("verification", listing.items, listing.base)[0])
        else:
            _show(listing.items[0], listing.base)

    def check(self, listing: Listing, options: OutputOptions) -> None:
        _problems(listing.items, listing.files)

    def empty(self, kind: str, options: OutputOptions) -> None:
        """Nothing on stdout: the reason is on stderr."""


def _show(found: object, base: FactBase) -> None:
    """One record: its fields, then participants, sources with their quotes, and notes."""
    data = views.row(found, base)
    details = labels.details(found, base)
    table = Table(
        box=box.SIMPLE,
        show_header=False,
        title=Text(f"{data['kind']} {data['id']}"),
        title_justify="left",
    )
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in data.items():
        if key in ("id", "kind", "sources", "notes", "participants"):
            continue
        table.add_row(key, Text(_plain(value)))
    console = _console()
    console.print(table)
    if details["participants"]:
        console.print(Text("Participants", style="bold"))
        for line in details["participants"]:
            console.print(Text(line))
    if details["sources"]:
        console.print(Text("Sources", style="bold"))
        for line, quote in details["sources"]:
            console.print(Text(line))
            console.print(Text(quote))
    for note in data.get("notes", ()):
        console.print(Text(f"Note: {note}", style="italic"))


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) or "—"
    return str(value)


def _verification(view: View) -> None:
    """What was understood, the verdict and why, and the evidence with its quotes."""
    console = _console()
    verdict = Text("Verdict: ")
    verdict.append(view.labels["verdict"], style=VERDICT_STYLE[view.row["verdict"]])
    console.print(verdict)
    if view.labels["parts"]:
        for line in view.labels["parts"]:
            console.print(Text(line), soft_wrap=True)
    else:
        console.print(Text(view.row["explanation"]), soft_wrap=True)
    console.print(Text(view.labels["understood"]), soft_wrap=True)
    if view.row["sources_disagree"]:
        console.print(Text("The sources themselves disagree on this figure; cite both.", style="red"))
    if view.labels["quoted"]:
        print_quotes(console, view.labels["quoted"])


def _problems(problems: Sequence[Problem], files: int) -> None:
    console = _console()
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        console.print(Text(f"{problem.severity}: {problem}", style=style), soft_wrap=True)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    verdict = "clean" if not problems else f"{errors} error(s), {warnings} warning(s)"
    console.print(Text(f"Checked {files} fact file(s): {verdict}.", style="bold"))


FORMATTER = TableFormatter()

"""Rich tables for people, built from the rows of the views and the column specs of `views.columns`.

Every figure row carries its qualifier, period and citation. Text from the fact base is always
wrapped in `Text` by `plain`, never parsed as Rich markup, so a quote that happens to contain
"[bold]" is shown as written, and with every control or invisible character escaped
(`safe_text`), so that no text can move the cursor, set the window's title or hide a link; the
escapes are shown in reverse video, so that one is never taken for the file's own text. Only
layouts that are not one table have their own code here: agreements grouped by event, one record
(`otg show`), a verdict (`otg verify`) and the check report.
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
from otg_cli.safe_text import TAB_AND_NEWLINE, pieces, visible
from otg_cli.views import labels
from otg_cli.views.columns import VERDICT_STYLE, TableSpec, cell_parts, table_spec

if TYPE_CHECKING:
    from otg_cli.errors import Problem
    from otg_cli.models import FactBase
    from otg_cli.query import AgreementGroup
    from otg_cli.views import View

say = i18n.phrase


#: How an escaped character is shown: marked, so that it is not read as the file's own text.
ESCAPE_STYLE = "reverse"


def plain(text: object, style: str = "", *, one_line: bool = False) -> Text:
    """Text to print: never markup, every control or invisible character escaped and marked."""
    raw = str(text)
    keep = "\t" if one_line else TAB_AND_NEWLINE
    if visible(raw, keep) == raw:
        return Text(raw, style=style)
    result = Text(style=style)
    for piece, escaped in pieces(raw, keep):
        result.append(piece, style=ESCAPE_STYLE if escaped else None)
    return result


def _console() -> Console:
    return Console(highlight=False, emoji=False, markup=False)


def print_quotes(console: Console, quoted: Iterable[tuple[str, Sequence[str]]]) -> None:
    """Quotes below the table, one unbroken line each, so that they can be copied whole."""
    console.print(plain(say("Quotes"), style="bold"))
    for record_id, lines in quoted:
        console.print(plain(f"  {record_id}", style="cyan"))
        for quote in lines:
            console.print(plain(f"    {quote}"), soft_wrap=True)


def _quoted(found: Sequence[View]) -> list[tuple[str, Sequence[str]]]:
    return [(view.row["id"], view.labels["quotes"]) for view in found]


def _cell(view: View, column: Any) -> Text:
    style, pieces = cell_parts(view.get, column)
    # The first piece in the style of the cell is its text, not a span: Rich then writes one
    # escape sequence for it, as for any plain cell.
    first = pieces[0][0] if pieces and pieces[0][1] == style else ""
    text = plain(first, style=style)
    for piece, piece_style in pieces[1:] if first else pieces:
        text.append_text(plain(piece, style=piece_style))
    return text


def build_table(spec: TableSpec, found: Iterable[View]) -> Table:
    """A Rich table from column specs and views: the one way every list is laid out."""
    table = Table(
        title=plain(spec.title) if spec.title else None,
        caption=plain(spec.caption) if spec.caption else None,
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
            for dispute in labels.disputes(view.row for view in found):
                console.print(plain(dispute, style="red"))

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
        title=plain(f"{data['kind']} {data['id']}"),
        title_justify="left",
    )
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in data.items():
        if key in ("id", "kind", "sources", "notes", "participants"):
            continue
        table.add_row(key, plain(_plain(value)))
    console = _console()
    console.print(table)
    if details["participants"]:
        console.print(Text(say("Participants"), style="bold"))
        for participant in details["participants"]:
            console.print(plain(participant))
    if details["sources"]:
        console.print(Text(say("Sources"), style="bold"))
        for cited, quote in details["sources"]:
            console.print(plain(cited))
            console.print(plain(quote))
    for note in data.get("notes", ()):
        console.print(plain(say("Note: {note}", note=note), style="italic"))


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
    verdict = Text(say("Verdict: "))
    verdict.append_text(plain(view.labels["verdict"], style=VERDICT_STYLE[view.row["verdict"]]))
    console.print(verdict)
    if view.labels["parts"]:
        for part in view.labels["parts"]:
            console.print(plain(part), soft_wrap=True)
    else:
        console.print(plain(view.row["explanation"]), soft_wrap=True)
    console.print(plain(view.labels["understood"]), soft_wrap=True)
    if view.row["sources_disagree"]:
        console.print(Text(say("The sources themselves disagree on this figure; cite both."), style="red"))
    if view.labels["quoted"]:
        print_quotes(console, view.labels["quoted"])


def _problems(problems: Sequence[Problem], files: int) -> None:
    console = _console()
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        console.print(plain(f"{problem.severity}: {problem}", style=style, one_line=True), soft_wrap=True)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    verdict = "clean" if not problems else f"{errors} error(s), {warnings} warning(s)"
    console.print(Text(f"Checked {files} fact file(s): {verdict}.", style="bold"))


FORMATTER = TableFormatter()

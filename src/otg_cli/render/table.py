"""Lists for people, built from the rows of the views and the column specs of `views.columns`.

Widths are decided by `render.layout` (after gh's table printer: what is kept is never cut,
optional text is cut at a word, cards on a narrow terminal), never by Rich's own overflow.

Every figure row carries its qualifier, period and citation. Text from the fact base is always
wrapped in `Text` by `plain`, never parsed as Rich markup, so a quote that happens to contain
"[bold]" is shown as written, and with every control or invisible character escaped
(`safe_text`), so that no text can move the cursor, set the window's title or hide a link; the
escapes are shown in reverse video, so that one is never taken for the file's own text. Only
layouts that are not one list have their own code: agreements grouped by event, one record
(`otg show`, in `render.record`), a verdict (`otg verify`) and the check report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from otg_cli import i18n, views
from otg_cli.render import Listing, OutputOptions, layout
from otg_cli.safe_text import TAB_AND_NEWLINE, pieces, visible
from otg_cli.views import labels
from otg_cli.views.columns import VERDICT_STYLE, TableSpec, cell_parts, table_spec

if TYPE_CHECKING:
    from otg_cli.errors import Problem
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
    from otg_cli.render.terminal import console_settings

    return Console(highlight=False, emoji=False, markup=False, **console_settings())


def print_quotes(console: Console, quoted: Iterable[tuple[str, Sequence[str]]]) -> None:
    """Quotes below the list, each wrapped at its words with a hanging indent."""
    console.print(plain(say("Quotes"), style="bold"))
    for record_id, lines in quoted:
        console.print(plain(f"  {record_id}", style="cyan"), soft_wrap=True)
        for quote in lines:
            layout.paragraph(console, plain(f"    {quote}"), indent=6)


def _quoted(found: Sequence[View]) -> list[tuple[str, Sequence[str]]]:
    return [(view.row["id"], view.labels["quotes"]) for view in found]


def _cell(view: View, column: Any) -> layout.Cell:
    """The segments of a cell: a new one at each newline of its parts, each never broken."""
    style, parts = cell_parts(view.get, column)
    segments: list[Text] = []
    current = Text(style=style or column.style)
    for piece, piece_style in parts:
        for number, line in enumerate(piece.split("\n")):
            if number and current.plain:
                segments.append(current)
            if number:
                current = Text(style=style or column.style)
            if line:
                current.append_text(plain(line, style=piece_style, one_line=True))
    if current.plain:
        segments.append(current)
    return layout.Cell(tuple(segments))


def slots(spec: TableSpec) -> list[layout.Slot]:
    return [layout.Slot(say(c.header) if c.header else "", c.fit, c.justify, c.ratio) for c in spec.columns]


def records(spec: TableSpec, found: Iterable[View]) -> list[layout.Record]:
    return [layout.Record(tuple(_cell(view, column) for column in spec.columns)) for view in found]


def print_list(console: Console, spec: TableSpec, found: Sequence[View]) -> None:
    """A list at the console's width: the one way every list is laid out (`render.layout`)."""
    width = console.width
    if spec.title:
        layout.emit(console, layout.wrap_words(plain(spec.title, style="bold"), width))
        console.print()
    layout.emit(console, layout.lay_out(slots(spec), records(spec, found), width))
    if spec.caption:
        console.print()
        layout.emit(console, layout.wrap_words(plain(spec.caption, style="dim"), width))


class TableFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        if listing.kind == "agreement":
            self._agreements(listing)
            return
        found = views.views(listing.kind, listing.items, listing.base, query=listing.query)
        title = listing.query if listing.kind == "hit" else listing.title
        console = _console()
        print_list(console, table_spec(listing.kind, title=title, quotes=listing.quotes), found)
        if listing.quotes:
            print_quotes(console, _quoted(found))
        if listing.kind == "fact":
            for dispute in labels.disputes(view.row for view in found):
                layout.paragraph(console, plain(dispute, style="red"))

    def _agreements(self, listing: Listing) -> None:
        """One list per event, headed by its name, place and date."""
        base = listing.base
        assert base is not None
        groups: list[AgreementGroup] = listing.groups or []
        console = _console()
        for number, group in enumerate(groups):
            if number:
                console.print()
            found = views.views("agreement", group.agreements, base)
            spec = table_spec("agreement", title=labels.group_title(group.event, base))
            print_list(console, spec, found)
            if listing.quotes:
                print_quotes(console, _quoted(found))

    def record(self, listing: Listing, options: OutputOptions) -> None:
        assert listing.base is not None
        if listing.kind == "verification":
            _verification(views.views("verification", listing.items, listing.base)[0])
        else:
            from otg_cli.render.record import show

            show(_console(), listing.items[0], listing.base, raw=listing.raw)

    def check(self, listing: Listing, options: OutputOptions) -> None:
        _problems(listing.items, listing.files)

    def empty(self, kind: str, options: OutputOptions) -> None:
        """Nothing on stdout: the reason is on stderr."""


def _verification(view: View) -> None:
    """What was understood, the verdict and why, and the evidence with its quotes."""
    console = _console()
    verdict = Text(say("Verdict: "))
    verdict.append_text(plain(view.labels["verdict"], style=VERDICT_STYLE[view.row["verdict"]]))
    layout.paragraph(console, verdict)
    if view.labels["parts"]:
        for part in view.labels["parts"]:
            layout.paragraph(console, plain(part), indent=4)
    else:
        layout.paragraph(console, plain(view.labels["explanation"]))
    layout.paragraph(console, plain(view.labels["understood"]))
    if view.row["sources_disagree"]:
        layout.paragraph(
            console, Text(say("The sources themselves disagree on this figure; cite both."), style="red")
        )
    if view.labels["quoted"]:
        print_quotes(console, view.labels["quoted"])


def _problems(problems: Sequence[Problem], files: int) -> None:
    from otg_cli.views.problems import where_and_what

    console = _console()
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        line = f"{say(f'severity {problem.severity}')}: {where_and_what(problem)}"
        layout.paragraph(console, plain(line, style=style, one_line=True))
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    verdict = (
        say("clean")
        if not problems
        else say("{errors} error(s), {warnings} warning(s)", errors=errors, warnings=warnings)
    )
    layout.paragraph(
        console,
        Text(say("Checked {files} fact file(s): {verdict}.", files=files, verdict=verdict), style="bold"),
    )


FORMATTER = TableFormatter()

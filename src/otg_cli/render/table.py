"""Rich tables for people. Every figure row carries its qualifier, period and citation.

Text from the fact base is always wrapped in `Text`, never parsed as Rich markup, so a quote that
happens to contain "[bold]" is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from otg_cli import i18n, periods
from otg_cli.countries import party_name, short_party
from otg_cli.errors import Problem
from otg_cli.figures import format_amount, format_change
from otg_cli.models import (
    Agreement,
    Citation,
    Event,
    Fact,
    FactBase,
    Record,
    Source,
    Target,
)
from otg_cli.query import AgreementGroup, target_progress
from otg_cli.render import Listing, OutputOptions

if TYPE_CHECKING:
    from otg_cli.derived import Derived
    from otg_cli.search import Hit
    from otg_cli.verify import Result as Verification

say = i18n.phrase


def _console() -> Console:
    return Console(highlight=False, emoji=False, markup=False)


def _published(source: Source) -> str:
    return i18n.day(source.published) if source.published else say("date not stated")


def event_date(event: Event, base: FactBase) -> str:
    """The date as stated; where it is not, when the sources reported the event."""
    stated = periods.describe_event_date(event.date, event.date_end)
    if event.date is not None:
        return stated
    reported = sorted({d for c in event.citations if (d := base.sources[c.source].published)})
    if not reported:
        return stated
    return f"{say('date not stated')} ({say('reported')} {i18n.day(reported[0])})"


def citation_line(citation: Citation, base: FactBase) -> str:
    source = base.sources[citation.source]
    return f"{source.outlet} · {_published(source)} · {source.language}"


def _citations(citations: Iterable[Citation], base: FactBase) -> Text:
    return Text("\n".join(citation_line(c, base) for c in citations))


def print_quotes(console: Console, records: Iterable[Fact | Target | Agreement], base: FactBase) -> None:
    """Quotes below the table, one unbroken line each, so that they can be copied whole."""
    console.print(Text(say("Quotes"), style="bold"))
    for record in records:
        console.print(Text(f"  {record.id}", style="cyan"))
        for citation in record.citations:
            console.print(Text(f"    {citation_line(citation, base)}: «{citation.quote}»"), soft_wrap=True)


def _print_with_quotes(table: Table, quoted: Sequence[Fact | Target | Agreement], base: FactBase) -> Console:
    """Print a table, then the quotes of `quoted` (nothing when it is empty)."""
    console = _console()
    console.print(table)
    if quoted:
        print_quotes(console, quoted, base)
    return console


def _parties(codes: Iterable[str], base: FactBase) -> str:
    return " – ".join(short_party(code, base) for code in codes)


def _period_cell(fact: Fact) -> Text:
    text = Text(periods.describe_period(fact.period))
    kind = periods.period_kind(fact.period)
    if kind != "full year":
        text.append(f"\n{kind}", style="yellow")
    return text


def _value_cell(fact: Fact) -> Text:
    if fact.value is None:
        return Text("not stated", style="dim")
    text = Text(fact.worded or format_amount(fact.value, fact.unit, fact.qualifier), style="bold")
    if fact.conflicts_with:
        text.append(f"\n{say('sources disagree')}", style="red")
    return text


def _table(title: str | None = None, caption: str | None = None) -> Table:
    return Table(
        title=Text(title) if title else None,
        caption=Text(caption) if caption else None,
        box=box.SIMPLE_HEAD,
        show_lines=False,
        title_justify="left",
        caption_justify="left",
    )


class TableFormatter:
    def facts(self, items: list[Fact], base: FactBase, *, title: str, quotes: bool) -> None:
        table = _table(
            title,
            f"{say('LEGEND')}. {say('Quotes and notes: otg show ID')}"
            + ("" if quotes else f", {say('or --quotes')}"),
        )
        table.add_column(say("Figure"), ratio=2, overflow="fold")
        table.add_column(say("Period"), overflow="fold")
        table.add_column(say("Value"), justify="right", no_wrap=True)
        table.add_column(say("Change"), justify="right", no_wrap=True)
        table.add_column(say("Source"), ratio=1, overflow="fold")
        table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
        for fact in items:
            change = "" if fact.change_pct is None else format_change(fact.change_pct, fact.change_qualifier)
            row: list[Text | str] = [
                Text(fact.description),
                _period_cell(fact),
                _value_cell(fact),
                change,
                _citations(fact.citations, base),
                fact.id,
            ]
            table.add_row(*row)
        console = _print_with_quotes(table, items if quotes else [], base)
        disputes = sorted({tuple(sorted((f.id, *f.conflicts_with))) for f in items if f.conflicts_with})
        for ids in disputes:
            console.print(
                Text(f"{say('Sources disagree')}: {' vs '.join(ids)} (otg show {ids[0]})", style="red")
            )

    def targets(self, items: list[Target], base: FactBase, *, quotes: bool) -> None:
        table = _table(
            say("Targets"),
            say("Progress is derived by otg from the latest comparable figure, not stated by a source."),
        )
        table.add_column(say("Parties"), overflow="fold")
        table.add_column(say("Target"), justify="right", overflow="fold")
        table.add_column(say("Deadline"), overflow="fold")
        table.add_column(say("Progress (derived)"), overflow="fold")
        table.add_column(say("Source"), overflow="fold")
        table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
        for target in items:
            progress = target_progress(base, target)
            if progress is None:
                progress_text = Text(say("no comparable figure"), style="dim")
            else:
                progress_text = Text(
                    format_amount(progress.ratio_pct, "percent", progress.qualifier), style="bold"
                )
                progress_text.append(f"\n= {progress.formula}\nfrom {progress.fact.id}", style="dim")
                progress_text.append(f" ({periods.describe_period(progress.fact.period)})", style="dim")
            row: list[Text | str] = [
                " – ".join(party_name(code, base) for code in target.parties),
                Text(f"{format_amount(target.value, target.unit, target.qualifier)} {target.measure}"),
                target.deadline.isoformat() if target.deadline else say("not stated"),
                progress_text,
                _citations(target.citations, base),
                target.id,
            ]
            table.add_row(*row)
        _print_with_quotes(table, items if quotes else [], base)

    def agreements(self, groups: list[AgreementGroup], base: FactBase, *, quotes: bool) -> None:
        console = _console()
        for group in groups:
            if group.event is None:
                title = say("Not tied to an event in the sources")
            else:
                event = group.event
                place = event.place.get(i18n.current()) if event.place else say("place not stated")
                title = f"{event.name.get(i18n.current())} · {place} · {event_date(event, base)}"
            table = _table(title)
            table.add_column(say("Status"), overflow="fold")
            table.add_column(say("Agreement, document or decision"), ratio=3, overflow="fold")
            table.add_column(say("Parties"), overflow="fold")
            table.add_column(say("Source"), overflow="fold")
            table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
            for item in group.agreements:
                row: list[Text | str] = [
                    item.status.replace("_", " "),
                    Text(
                        item.title.get(i18n.current())
                        + (f"\n(proposed by {item.proposed_by})" if item.proposed_by else "")
                    ),
                    _parties(item.parties, base),
                    _citations(item.citations, base),
                    item.id,
                ]
                table.add_row(*row)
            console.print(table)
            if quotes:
                print_quotes(console, group.agreements, base)

    def events(self, items: list[Event], base: FactBase) -> None:
        table = _table(say("Events"))
        table.add_column(say("Event"), ratio=3, overflow="fold")
        table.add_column(say("Place"), overflow="fold")
        table.add_column(say("Date"), overflow="fold")
        table.add_column(say("Agreements"), justify="right", overflow="fold")
        table.add_column(say("Source"), overflow="fold")
        table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
        for event in items:
            count = sum(1 for a in base.agreements.values() if a.event == event.id)
            table.add_row(
                Text(event.name.get(i18n.current())),
                event.place.get(i18n.current()) if event.place else say("not stated"),
                event_date(event, base),
                str(count),
                _citations(event.citations[:1], base),
                event.id,
            )
        _console().print(table)

    def derived(self, items: list[Derived], base: FactBase) -> None:
        table = _table(
            "Derived by otg: no source states these figures",
            "Each is computed from the facts listed; otg show ID for their quotes.",
        )
        table.add_column(say("Parties"), overflow="fold")
        table.add_column(say("Period"), overflow="fold")
        table.add_column("Derived value", justify="right", no_wrap=True)
        table.add_column("Formula", ratio=2, overflow="fold")
        table.add_column("Note", ratio=2, overflow="fold")
        table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
        for item in items:
            table.add_row(
                _parties(item.parties, base),
                periods.describe_period(item.period),
                Text(format_amount(item.value, item.unit, item.qualifier), style="bold"),
                Text(item.formula),
                Text(item.note),
                item.id,
            )
        _console().print(table)

    def sources(self, items: list[Source], base: FactBase) -> None:
        table = _table(say("Sources"))
        table.add_column(say("Outlet"), overflow="fold")
        table.add_column(say("Published"), overflow="fold")
        table.add_column(say("Lang"), overflow="fold")
        table.add_column(say("Title or subject"), ratio=3, overflow="fold")
        table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
        for source in items:
            table.add_row(
                source.outlet,
                _published(source),
                source.language,
                Text(source.title or f"(no headline) {source.subject or ''}"),
                source.id,
            )
        _console().print(table)

    def show(self, item: Record, base: FactBase) -> None:
        from otg_cli import serialize

        data = serialize.record(item, base)
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
        if isinstance(item, Event) and item.participants:
            console.print(Text("Participants", style="bold"))
            for person in item.participants:
                console.print(
                    Text(f"  {person.name.get(i18n.current())} ({person.country or '—'}): {person.role}")
                )
        citations = getattr(item, "citations", ())
        if citations:
            console.print(Text("Sources", style="bold"))
            for citation in citations:
                console.print(Text(f"  {citation_line(citation, base)} [{citation.source}]"))
                console.print(Text(f"    «{citation.quote}»"))
        for note in getattr(item, "notes", ()):
            console.print(Text(f"Note: {note}", style="italic"))

    def problems(self, problems: Sequence[Problem], files: int) -> None:
        console = _console()
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            console.print(Text(f"{problem.severity}: {problem}", style=style), soft_wrap=True)
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        verdict = "clean" if not problems else f"{errors} error(s), {warnings} warning(s)"
        console.print(Text(f"Checked {files} fact file(s): {verdict}.", style="bold"))

    def listing(self, listing: Listing, options: OutputOptions) -> None:
        base = listing.base
        assert base is not None
        if listing.kind == "fact":
            self.facts(list(listing.items), base, title=listing.title, quotes=listing.quotes)
        elif listing.kind == "target":
            self.targets(list(listing.items), base, quotes=listing.quotes)
        elif listing.kind == "agreement":
            self.agreements(listing.groups or [], base, quotes=listing.quotes)
        elif listing.kind == "event":
            self.events(list(listing.items), base)
        elif listing.kind == "source":
            self.sources(list(listing.items), base)
        elif listing.kind == "derived":
            self.derived(list(listing.items), base)
        else:
            raise ValueError(f"no table for {listing.kind}")

    def record(self, listing: Listing, options: OutputOptions) -> None:
        assert listing.base is not None
        self.show(listing.items[0], listing.base)

    def check(self, listing: Listing, options: OutputOptions) -> None:
        self.problems(listing.items, listing.files)

    def empty(self, kind: str, options: OutputOptions) -> None:
        """Nothing on stdout: the reason is on stderr."""


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) or "—"
    return str(value)


FORMATTER = TableFormatter()


VERDICT_STYLE = {
    "supported": "bold green",
    "contradicted": "bold red",
    "period_mismatch": "bold yellow",
    "not_found": "bold",
}


def print_verification(result: Verification, base: FactBase) -> None:
    """What was understood, the verdict and why, and the evidence with its quotes."""
    from otg_cli.countries import party_name

    console = _console()
    claim = result.claim
    understood = [
        "parties " + (" – ".join(party_name(p, base) for p in claim.parties) or "none found"),
        f"indicator {claim.indicator or 'not found'}",
        f"period {claim.period.text if claim.period else 'not stated'}",
    ]
    if claim.value is not None and claim.unit is not None:
        understood.append(f"amount {format_amount(claim.value, claim.unit, claim.qualifier)}")
    if claim.change_pct is not None:
        understood.append(f"change {format_change(claim.change_pct)}")
    console.print(Text("Claim understood: " + " · ".join(understood)), soft_wrap=True)
    verdict = Text("Verdict: ")
    verdict.append(result.verdict.replace("_", " "), style=VERDICT_STYLE[result.verdict])
    console.print(verdict)
    console.print(Text(result.explanation), soft_wrap=True)
    if result.sources_disagree:
        console.print(Text("The sources themselves disagree on this figure; cite both.", style="red"))
    records: list[Fact | Target] = [*result.facts, *result.targets]
    if records:
        print_quotes(console, records, base)


def print_search(hits: Sequence[Hit], query: str) -> None:
    """Results ranked, with the matching words highlighted where they were found."""
    from otg_cli.search import spans

    table = _table(f"Search: {query}")
    table.add_column("Kind", overflow="fold")
    table.add_column("ID", style="cyan", no_wrap=True, overflow="fold")
    table.add_column("What", ratio=2, overflow="fold")
    table.add_column("Where it matched", ratio=3, overflow="fold")
    for hit in hits:
        found = Text()
        for index, (field, text) in enumerate(hit.matches[:3]):
            if index:
                found.append("\n")
            found.append(f"{field}: ", style="dim")
            snippet = Text(text)
            for start, end in spans(text, query):
                snippet.stylize("bold reverse", start, end)
            found.append_text(snippet)
        table.add_row(hit.kind, hit.id, Text(hit.title), found)
    _console().print(table)

"""Commands that list records: agreements, events, sources, and one record in full (show)."""

from typing import Annotated

import typer

from otg_cli.commands.application import app
from otg_cli.commands.completion import complete_event, complete_party, complete_record_id
from otg_cli.commands.options import OutputCommand, QuotesOption
from otg_cli.commands.run import Run
from otg_cli.render import Listing


@app.command(cls=OutputCommand)
def agreements(
    ctx: typer.Context,
    event: Annotated[
        str | None,
        typer.Option(
            "--event",
            "-e",
            help="Event id, place, name or alias (turkestan, Туркестан, Түркістан).",
            autocompletion=complete_event,
        ),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            "-c",
            help="Only agreements this country is party to, directly or via a group.",
            autocompletion=complete_party,
        ),
    ] = None,
    quotes: QuotesOption = False,
) -> None:
    """Agreements, signed documents and decisions, grouped by event, with their status as worded.

    Example: otg agreements --event turkestan
    """
    from otg_cli.countries import resolve_party
    from otg_cli.hints import NoAgreements, NoEvent
    from otg_cli.query import find_agreements, find_events

    run = Run.of(ctx)
    base = run.load()
    code = resolve_party(country, base) if country is not None else None
    if event is not None and not find_events(base, event):
        run.nothing("agreement", NoEvent(event, tuple(base.events.values())), base)
    groups = find_agreements(base, event, code)
    if not groups:
        run.nothing("agreement", NoAgreements(event, country), base)
    found = [a for group in groups for a in group.agreements]
    run.emit(Listing("agreement", found, base, quotes=quotes, groups=groups))


@app.command(cls=OutputCommand)
def events(
    ctx: typer.Context,
    match: Annotated[
        str | None,
        typer.Argument(
            help="Only events whose id, name, alias or place contains this.", autocompletion=complete_event
        ),
    ] = None,
) -> None:
    """Meetings and other events the sources report, with place and date as stated.

    Example: otg events
    """
    from otg_cli.hints import NoMatch
    from otg_cli.query import find_events

    run = Run.of(ctx)
    base = run.load()
    found = find_events(base, match)
    if not found:
        run.nothing("event", NoMatch("event", match), base)
    run.emit(Listing("event", found, base))


@app.command(cls=OutputCommand)
def sources(
    ctx: typer.Context,
) -> None:
    """The articles the fact base is curated from: outlet, date, language.

    Example: otg sources
    """
    from otg_cli.query import find_sources

    run = Run.of(ctx)
    base = run.load()
    run.emit(Listing("source", find_sources(base), base))


@app.command(cls=OutputCommand)
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A fact, event, agreement, target, source or group id.",
            autocompletion=complete_record_id,
        ),
    ],
    raw: Annotated[bool, typer.Option("--raw", help="Also list every field of the record.")] = False,
) -> None:
    """One record in full: what it says first, then every source, quote and note.

    Example: otg show kz-uz-turnover-2025
    """
    from otg_cli import hints
    from otg_cli.kinds import kind_of
    from otg_cli.query import found

    run = Run.of(ctx).for_people()
    base = run.load()
    item = base.record(record_id.strip())
    if item is None:
        run.nothing("record", hints.no_record(base, record_id), base)
    run.emit_one(Listing(kind_of(item).table, [found(base, item)], base, raw=raw))

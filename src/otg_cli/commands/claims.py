"""Commands for checking and citing: verify, cite, search."""

import datetime
from typing import Annotated

import typer

from otg_cli.commands.application import app
from otg_cli.commands.completion import complete_record_id
from otg_cli.commands.options import DataCommand, JsonOption, OutputCommand
from otg_cli.commands.run import Run
from otg_cli.render import OutputFormat


@app.command(cls=OutputCommand)
def verify(
    ctx: typer.Context,
    claim_text: Annotated[
        str, typer.Argument(metavar="CLAIM", help="The claim, in English, Russian or Kazakh.")
    ],
    as_of: Annotated[
        datetime.datetime | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            formats=["%Y-%m-%d"],
            help="The day relative periods count from (last year, в прошлом году, былтыр). Default: today.",
        ),
    ] = None,
) -> None:
    """Check a claim against the fact base, part by part.

    A claim with a figure is checked against the facts and targets (amount, change, target,
    deadline); one without, against the agreements, events and groups (what was done, who
    proposed it, place, date, which meeting, membership).

    Verdicts: supported, not_established, conflicting, contradicted, period_mismatch, not_found,
    unreadable. Shows the verdict and why, a line per part, what was understood, and the quotes.
    Exit 0 supported, 1 not found, 2 unreadable, 3 any other verdict. Put a claim with a $ in
    single quotes, or the shell eats the figure.

    Example: otg verify "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"
    """
    from otg_cli import i18n
    from otg_cli.errors import verdict_exit_code
    from otg_cli.query import verified
    from otg_cli.render import Listing, OutputFormat
    from otg_cli.verify import check_text

    run = Run.of(ctx).for_people()
    run.only("verify", (OutputFormat.table, OutputFormat.json, OutputFormat.claimreview))
    base = run.load()
    day = as_of.date() if as_of is not None else datetime.date.today()
    with i18n.using("en"):  # compute first, translate last: the verdict's data is the same in every language
        result = check_text(claim_text, base, day)
    run.emit_one(Listing("verification", [verified(base, result)], base))
    raise typer.Exit(verdict_exit_code(result.verdict))


@app.command(cls=DataCommand)
def cite(
    ctx: typer.Context,
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="A fact or target id.", autocompletion=complete_record_id)
    ],
    style: Annotated[str, typer.Option("--style", help="text or markdown.")] = "text",
    quote: Annotated[bool, typer.Option("--quote", help="Add the original quote.")] = False,
    json_output: JsonOption = False,
) -> None:
    """A ready-to-paste attribution line for a fact, in English, Russian or Kazakh.

    With --json: the line, with the record and the source it cites (otg schema citation).

    Example: otg cite kz-uz-turnover-2025 --lang ru
    """
    from otg_cli.citations import attribution
    from otg_cli.commands.run import unknown_record
    from otg_cli.i18n import current

    run = Run.of(ctx)
    base = run.load()
    key = record_id.strip()
    if base.record(key) is None:
        raise unknown_record(base, key)
    line = attribution(base, key, style=style, language=current(), quote=quote)
    if run.options.format is OutputFormat.json:
        from otg_cli.render.documents import print_document
        from otg_cli.views.rows import cite_document

        print_document(cite_document(base, key, style=style, text=line))
        return
    run.emit_line(line)


@app.command(cls=OutputCommand)
def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="Words to find, in English, Russian or Kazakh; several words find records with all of them.",
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most this many results.", min=1)] = 20,
) -> None:
    """Find facts, agreements, events, people and sources by any word of their quotes, names or notes.

    Case does not matter, and Kazakh letters match their plain forms (туркистан finds Түркістан).

    Example: otg search жол картасы
    """
    from otg_cli.hints import NoMatch
    from otg_cli.render import Listing, OutputFormat
    from otg_cli.search import search as find

    text = " ".join(words)
    run = Run.of(ctx)
    run.only("search", (OutputFormat.table, OutputFormat.json, OutputFormat.tsv))
    base = run.load()
    hits = find(base, text, limit)
    if not hits:
        run.nothing("hit", NoMatch("hit", text), base)
    run.emit(Listing("hit", hits, base, query=text))

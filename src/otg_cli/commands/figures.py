"""Commands that list figures: turnover, facts, targets, derived."""

from pathlib import Path
from typing import Annotated

import typer

from otg_cli.commands.application import app
from otg_cli.commands.completion import complete_measure, complete_party
from otg_cli.commands.options import OutputCommand, QuotesOption
from otg_cli.commands.run import Run
from otg_cli.render import Listing, OutputFormat

PartiesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[A] [B] [PERIOD]",
        help="One or two countries or groups, and a period.",
        autocompletion=complete_party,
    ),
]


def _list_facts(
    run: Run,
    args: list[str],
    *,
    measures: list[str],
    quotes: bool,
    heading: str,
    svg: Path | None,
    chart: bool,
    force: bool = False,
) -> None:
    from otg_cli.countries import resolve_party
    from otg_cli.periods import parties_and_period
    from otg_cli.query import find_facts
    from otg_cli.views.titles import facts_title

    if (
        (chart or svg is not None)
        and not run.options.implicit
        and run.options.format is not OutputFormat.table
    ):
        from otg_cli.errors import OtgError

        flag = "--svg" if svg is not None else "--chart"
        from otg_cli.i18n import phrase

        template = "{flag} draws a chart; it cannot be combined with --format {format}"
        raise OtgError(phrase(template, flag=flag, format=run.options.format.value))
    parties_text, period = parties_and_period(args)
    base = run.load()
    parties = [resolve_party(text, base) for text in parties_text]
    found = find_facts(base, parties, period, measures)
    if not found:
        from otg_cli.hints import no_facts

        run.nothing("fact", no_facts(base, parties, period, measures), base)
    title = facts_title(heading, parties, period, base)
    if chart or svg is not None:
        from otg_cli.render.chart import draw_chart

        with run.paged():
            draw_chart(found, base, title=title, svg=svg, force=force)
        return
    run.emit(Listing("fact", found, base, title=title, quotes=quotes))


@app.command(cls=OutputCommand)
def turnover(
    ctx: typer.Context,
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="A [B] [PERIOD]",
            help="One or two countries or groups, and a period.",
            autocompletion=complete_party,
        ),
    ],
    quotes: QuotesOption = False,
    chart: Annotated[
        bool, typer.Option("--chart", help="Draw the figures as labelled bars instead of a table.")
    ] = False,
    svg: Annotated[
        Path | None,
        typer.Option("--svg", metavar="FILE", help="Also save the chart as an SVG image (implies --chart)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Let --svg replace FILE if it exists.")] = False,
) -> None:
    """Trade turnover between Kazakhstan and a partner, with every figure's source.

    A and B are ISO codes (KZ, KAZ), names in English, Russian or Kazakh (Uzbekistan, Узбекистан,
    Өзбекстан) or a group (OTS, ОТГ, ТМҰ). PERIOD is 2025, 2025-01..2025-08, 2025-Q3 or 2025-H1;
    without it every period is shown. Part-year figures are labelled as such.

    Example: otg turnover KZ UZ 2025
    """
    _list_facts(
        Run.of(ctx),
        args,
        measures=["turnover"],
        quotes=quotes,
        heading="Turnover",
        chart=chart,
        svg=svg,
        force=force,
    )


@app.command(cls=OutputCommand)
def facts(
    ctx: typer.Context,
    args: PartiesArgument = None,
    measure: Annotated[
        list[str] | None,
        typer.Option(
            "--measure",
            "-m",
            help="Only this measure (repeatable): exports, investment_inflow, ...",
            autocompletion=complete_measure,
        ),
    ] = None,
    quotes: QuotesOption = False,
) -> None:
    """Every figure in the fact base (exports, investment, companies, freight ...), filtered.

    Example: otg facts KZ OTS --measure investment_inflow
    """
    from otg_cli.query import known_measures
    from otg_cli.views.titles import facts_heading

    measures = known_measures(measure or [])
    _list_facts(
        Run.of(ctx),
        args or [],
        measures=measures,
        quotes=quotes,
        heading=facts_heading(measures),
        chart=False,
        svg=None,
    )


@app.command(cls=OutputCommand)
def targets(
    ctx: typer.Context,
    args: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[A [B]]", help="Only targets naming these countries.", autocompletion=complete_party
        ),
    ] = None,
    quotes: QuotesOption = False,
) -> None:
    """Stated goals, their deadline (or "not stated"), and the derived progress toward each.

    Example: otg targets KZ UZ
    """
    from otg_cli.countries import resolve_party
    from otg_cli.hints import NoTargets
    from otg_cli.query import find_targets

    run = Run.of(ctx)
    base = run.load()
    found = find_targets(base, [resolve_party(text, base) for text in args or []])
    if not found:
        run.nothing("target", NoTargets(tuple(args or [])), base)
    run.emit(Listing("target", found, base, quotes=quotes))


@app.command(cls=OutputCommand)
def derived(
    ctx: typer.Context,
    args: PartiesArgument = None,
) -> None:
    """Figures otg computes (implied imports, sums of bilateral figures, target progress), each
    marked as derived, with its formula and the facts it came from.

    Example: otg derived KZ
    """
    from otg_cli.countries import resolve_party
    from otg_cli.derived import derived_figures
    from otg_cli.hints import NoMatch
    from otg_cli.periods import parties_and_period

    run = Run.of(ctx)
    parties_text, period = parties_and_period(args or [])
    base = run.load()
    found = derived_figures(base, [resolve_party(text, base) for text in parties_text], period)
    if not found:
        run.nothing("derived", NoMatch("derived"), base)
    run.emit(Listing("derived", found, base))

"""The `otg` command line: parses arguments, calls the query layer, hands results to a formatter.

Nothing here computes an answer. Errors from the library arrive as OtgError and leave as one line
per problem on stderr and an exit code: 0 matched, 1 nothing matched, 2 bad input.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional, ParamSpec, TypeVar

import typer

from otg_cli import __version__
from otg_cli.errors import EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED, EXIT_NO_MATCH, EXIT_OK, OtgError
from otg_cli.models import FactBase, Measure
from otg_cli.render import OutputFormat, formatter_for

APP_SETTINGS: dict[str, object] = {
    "name": "otg",
    "help": "Cited answers about trade between Kazakhstan and the Organization of Turkic States.",
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**APP_SETTINGS)  # type: ignore[arg-type]

P = ParamSpec("P")
R = TypeVar("R")

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout instead of a table.")
]
FactsOption = Annotated[
    Optional[list[Path]],  # noqa: UP045 - Typer needs Optional here
    typer.Option(
        "--facts",
        metavar="DIR",
        help="A folder of your own TOML fact files, added to the bundled base (repeatable). "
        "Default: the folders in OTG_FACTS, separated by the path separator.",
    ),
]
QuotesOption = Annotated[
    bool, typer.Option("--quotes", "-q", help="Show the verbatim quote behind every row.")
]


def _fail(message: str) -> None:
    sys.stderr.write(f"otg: {message}\n")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn OtgError into messages on stderr and its exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except OtgError as error:
            _fail(f"error: {error.message}")
            for problem in error.problems:
                sys.stderr.write(f"  {problem}\n")
            if error.hint:
                sys.stderr.write(f"{error.hint}\n")
            raise typer.Exit(error.exit_code) from None

    return wrapper


class SlowLoadProgress:
    """A progress bar on stderr for a cold load that is taking more than a second.

    Only on a terminal: a script reading stderr sees nothing. Rich is imported only if the bar is
    actually shown.
    """

    DELAY = 1.0

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._started = self._clock()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if self._clock() - self._started < self.DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("Reading fact files", total=total)
        self._bar.update(self._task, completed=done)
        if done >= total:
            self._bar.stop()


def _load(user_folders: list[Path] | None) -> FactBase:
    from otg_cli.loader import load_fact_base
    from otg_cli.settings import fact_folders

    progress = SlowLoadProgress() if sys.stderr.isatty() else None
    return load_fact_base(fact_folders(user_folders), progress=progress)


def _output(json_output: bool) -> OutputFormat:
    return OutputFormat.json if json_output else OutputFormat.table


def _nothing(json_output: bool, message: str) -> None:
    """Nothing matched: `[]` for scripts, the reason on stderr, exit 1."""
    formatter_for(_output(json_output)).empty()
    _fail(message)
    raise typer.Exit(EXIT_NO_MATCH)


def _split_parties_and_period(args: list[str]) -> tuple[list[str], str | None]:
    from otg_cli.periods import looks_like_period

    period = [a for a in args if looks_like_period(a)]
    parties = [a for a in args if not looks_like_period(a)]
    if len(period) > 1:
        raise OtgError(f"give at most one period, got {', '.join(period)}")
    if len(parties) > 2:
        raise OtgError(f"give at most two countries or groups, got {', '.join(parties)}")
    return parties, (period[0] if period else None)


def _facts_command(
    args: list[str],
    *,
    measures: list[str],
    json_output: bool,
    quotes: bool,
    heading: str,
    folders: list[Path] | None,
) -> None:
    from otg_cli.countries import party_name, resolve_party
    from otg_cli.periods import parse_period
    from otg_cli.query import find_facts, party_sets_with

    parties_text, period_text = _split_parties_and_period(args)
    period = parse_period(period_text) if period_text else None
    base = _load(folders)
    parties = [resolve_party(text, base) for text in parties_text]
    who = " – ".join(party_name(p, base) for p in parties) or "all parties"
    what = f"{' or '.join(measures)} " if measures else ""
    found = find_facts(base, parties, period, measures)
    if not found:
        known = "; ".join(
            " – ".join(party_name(p, base) for p in combo) for combo in party_sets_with(base, measures)
        )
        within = f" within {period.text}" if period else ""
        _nothing(
            json_output, f"no {what}figures for {who}{within}. The fact base has {what}figures for: {known}"
        )
    title = f"{heading}: {who}" + (f", figures within {period.text}" if period else "")
    formatter_for(_output(json_output)).facts(found, base, title=title, quotes=quotes)


@app.command()
@reports_errors
def turnover(
    args: Annotated[
        list[str],
        typer.Argument(metavar="A [B] [PERIOD]", help="One or two countries or groups, and a period."),
    ],
    json_output: JsonOption = False,
    quotes: QuotesOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Trade turnover between Kazakhstan and a partner, with every figure's source.

    A and B are ISO codes (KZ, KAZ), names in English, Russian or Kazakh (Uzbekistan, Узбекистан,
    Өзбекстан) or a group (OTS, ОТГ, ТМҰ). PERIOD is 2025, 2025-01..2025-08, 2025-Q3 or 2025-H1;
    without it every period is shown. Part-year figures are labelled as such.

    Example: otg turnover KZ UZ 2025
    """
    _facts_command(
        args,
        measures=["turnover"],
        json_output=json_output,
        quotes=quotes,
        heading="Turnover",
        folders=facts_folders,
    )


@app.command()
@reports_errors
def facts(
    args: Annotated[
        Optional[list[str]],  # noqa: UP045 - Typer needs Optional for an optional variadic argument
        typer.Argument(metavar="[A] [B] [PERIOD]", help="Countries or groups, and a period."),
    ] = None,
    measure: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--measure", "-m", help="Only this measure (repeatable): exports, investment_inflow, ..."
        ),
    ] = None,
    json_output: JsonOption = False,
    quotes: QuotesOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Every figure in the fact base (exports, investment, companies, freight ...), filtered.

    Example: otg facts KZ OTS --measure investment_inflow
    """
    from typing import get_args

    measures = measure or []
    unknown = [m for m in measures if m not in get_args(Measure)]
    if unknown:
        raise OtgError(f"unknown measure {unknown[0]!r}; accepted: {', '.join(get_args(Measure))}")
    heading = f"Facts ({', '.join(measures)})" if measures else "Facts"
    _facts_command(
        args or [],
        measures=measures,
        json_output=json_output,
        quotes=quotes,
        heading=heading,
        folders=facts_folders,
    )


@app.command()
@reports_errors
def targets(
    args: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="[A [B]]", help="Only targets naming these countries."),
    ] = None,
    json_output: JsonOption = False,
    quotes: QuotesOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Stated goals, their deadline (or "not stated"), and the derived progress toward each.

    Example: otg targets KZ UZ
    """
    from otg_cli.countries import resolve_party
    from otg_cli.query import find_targets

    base = _load(facts_folders)
    parties = [resolve_party(text, base) for text in args or []]
    found = find_targets(base, parties)
    if not found:
        _nothing(json_output, "no targets for " + ", ".join(args or []))
    formatter_for(_output(json_output)).targets(found, base, quotes=quotes)


@app.command()
@reports_errors
def agreements(
    event: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--event", "-e", help="Event id, place, name or alias (turkestan, Туркестан, Түркістан)."
        ),
    ] = None,
    country: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--country", "-c", help="Only agreements this country is party to, directly or via a group."
        ),
    ] = None,
    json_output: JsonOption = False,
    quotes: QuotesOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Agreements, signed documents and decisions, grouped by event, with their status as worded.

    Example: otg agreements --event turkestan
    """
    from otg_cli.countries import resolve_party
    from otg_cli.periods import describe_event_date
    from otg_cli.query import find_agreements, find_events

    base = _load(facts_folders)
    code = resolve_party(country, base) if country is not None else None
    if event is not None and not find_events(base, event):
        listing = "\n".join(
            f"  {e.id}: {e.name.en}, {e.place.en if e.place else 'place not stated'}, "
            f"{describe_event_date(e.date, e.date_end)}"
            for e in base.events.values()
        )
        _nothing(json_output, f"no event matches {event!r}. Events in the fact base:\n{listing}")
    groups = find_agreements(base, event, code)
    if not groups:
        _nothing(
            json_output,
            "no agreements match "
            + " and ".join(
                part for part in (event and f"event {event!r}", country and f"country {country!r}") if part
            ),
        )
    formatter_for(_output(json_output)).agreements(groups, base, quotes=quotes)


@app.command()
@reports_errors
def events(
    match: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="Only events whose id, name, alias or place contains this."),
    ] = None,
    json_output: JsonOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Meetings and other events the sources report, with place and date as stated.

    Example: otg events
    """
    from otg_cli.query import find_events

    base = _load(facts_folders)
    found = find_events(base, match)
    if not found:
        _nothing(json_output, f"no event matches {match!r}; run `otg events` for all")
    formatter_for(_output(json_output)).events(found, base)


@app.command()
@reports_errors
def sources(json_output: JsonOption = False, facts_folders: FactsOption = None) -> None:
    """The articles the fact base is curated from: outlet, date, language.

    Example: otg sources
    """
    base = _load(facts_folders)
    formatter_for(_output(json_output)).sources(list(base.sources.values()), base)


@app.command()
@reports_errors
def show(
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="A fact, event, agreement, target, source or group id.")
    ],
    json_output: JsonOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """One record in full, with every quote and note.

    Example: otg show kz-uz-turnover-2025
    """
    import difflib

    base = _load(facts_folders)
    item = base.record(record_id.strip())
    if item is None:
        close = difflib.get_close_matches(record_id, base.record_ids(), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        if json_output:
            sys.stdout.write("null\n")
        _fail(f"no record with id {record_id!r}{hint}")
        raise typer.Exit(EXIT_NO_MATCH)
    formatter_for(_output(json_output)).record(item, base)


@app.command()
@reports_errors
def check(
    folders: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(help="Fact folders to check on their own, instead of the bundled base and --facts."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    json_output: JsonOption = False,
    facts_folders: FactsOption = None,
) -> None:
    """Lint the fact base: schema, ids, references, verbatim quotes, figures that do not add up.

    Reports every problem, not only the first. Exit 0 when clean, 2 when there are errors (or
    warnings, with --strict).

    Example: otg check
    """
    from otg_cli.check import run_checks
    from otg_cli.loader import fact_files
    from otg_cli.settings import fact_folders

    directories = folders or fact_folders(facts_folders)
    problems = run_checks(directories)
    formatter_for(_output(json_output)).check(problems, len(fact_files(directories)[0]))
    failing = [p for p in problems if p.severity == "error" or strict]
    raise typer.Exit(2 if failing else EXIT_OK)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"otg {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Cited answers about trade between Kazakhstan and the Organization of Turkic States."""


def _prepare_process() -> None:
    """Process-wide behaviour of a well-mannered Unix tool, set once before anything is printed."""
    import signal

    # `otg ... | head -1`: die quietly when the reader goes away, as cat and grep do.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Ctrl-C: exit 130 without a traceback or click's "Aborted!".
    signal.signal(signal.SIGINT, _interrupted)
    # A terminal or pipe that cannot encode Cyrillic (PYTHONIOENCODING=ascii) gets escapes, not a crash.
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", "strict") == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _interrupted(signum: int, frame: object) -> None:
    raise SystemExit(EXIT_INTERRUPTED)


def _app_for(arguments: list[str]) -> typer.Typer:
    """An app holding only the command being run, when that is clear from the arguments.

    Typer builds the click command of every registered command on each run; building one instead
    of all of them is a measurable part of the start-up budget (benchmarks/). Help, completion and
    mistyped commands get the full app.
    """
    wanted = arguments[0] if arguments else None
    chosen = [c for c in app.registered_commands if c.callback and c.callback.__name__ == wanted]
    if not chosen:
        return app
    single = typer.Typer(**APP_SETTINGS)  # type: ignore[arg-type]
    single.registered_callback = app.registered_callback
    single.registered_commands = chosen
    return single


def main() -> None:
    """Entry point of the `otg` script and `python -m otg_cli`."""
    import os

    _prepare_process()
    try:
        _app_for(sys.argv[1:])()
    except Exception as error:
        # A bug, not bad input (that is OtgError, handled in each command): say so briefly,
        # without local variables, and ask for a report.
        if os.environ.get("OTG_DEBUG"):
            raise
        sys.stderr.write(
            f"otg: internal error: {type(error).__name__}: {error}\n"
            f"This is a bug in otg {__version__}. Please report it with the command you ran; "
            "set OTG_DEBUG=1 to see the traceback.\n"
        )
        sys.exit(EXIT_INTERNAL_ERROR)

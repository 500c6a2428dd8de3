"""The `otg` command line: parses arguments, calls the query layer, hands results to a formatter.

Nothing here computes an answer. Errors from the library arrive as OtgError and leave as one line
per problem on stderr and an exit code: 0 matched, 1 nothing matched, 2 bad input.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from otg_cli import __version__, settings
from otg_cli.errors import (
    EXIT_DISPUTED,
    EXIT_INTERNAL_ERROR,
    EXIT_INTERRUPTED,
    EXIT_NO_MATCH,
    EXIT_OK,
    OtgError,
)
from otg_cli.render import Listing, OutputFormat, OutputOptions, choose_options, formatter_for

if TYPE_CHECKING:
    from otg_cli.models import FactBase
    from otg_cli.periods import DateRange

APP_SETTINGS: dict[str, object] = {
    "name": "otg",
    "help": "Cited answers about trade between Kazakhstan and the Organization of Turkic States.",
    "no_args_is_help": True,
    "add_completion": True,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**APP_SETTINGS)  # type: ignore[arg-type]


# Shell completion: candidates come from the fact base itself (bundled and OTG_FACTS folders).


def _base_for_completion() -> FactBase | None:
    try:
        return _load(None, progress=False)
    except OtgError:
        return None


def _matching(candidates: Sequence[str], incomplete: str) -> list[str]:
    wanted = incomplete.casefold()
    return [c for c in dict.fromkeys(candidates) if c.casefold().startswith(wanted)]


def complete_party(incomplete: str) -> list[str]:
    """Country codes and group names, then (for periods) nothing: periods are typed."""
    base = _base_for_completion()
    if base is None:
        return []
    codes = sorted({p for f in base.facts.values() for p in f.parties if len(p) == 2} | set(base.countries))
    groups = [alias for g in base.groups.values() for alias in (g.aliases[:1] or [g.id])]
    return _matching([*codes, *groups], incomplete)


def complete_event(incomplete: str) -> list[str]:
    base = _base_for_completion()
    return (
        []
        if base is None
        else _matching([*base.events, *(a for e in base.events.values() for a in e.aliases)], incomplete)
    )


def complete_record_id(incomplete: str) -> list[str]:
    base = _base_for_completion()
    return [] if base is None else _matching(base.record_ids(), incomplete)


def complete_measure(incomplete: str) -> list[str]:
    from typing import get_args

    from otg_cli.models import Measure

    return _matching(list(get_args(Measure)), incomplete)


# Options shared by the commands. Each setting is taken from its flag, then its environment
# variable, then the default (README "Environment").

JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, ndjson, csv, tsv or markdown. Default: OTG_FORMAT, else a table on a "
        "terminal and tsv (no header) when piped.",
        case_sensitive=False,
    ),
]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="A,B,C",
        help="Only these fields (dotted paths such as period.label or sources.outlet) in json, "
        "ndjson, csv, tsv and markdown output.",
    ),
]
BomOption = Annotated[
    bool, typer.Option("--bom", help="Start CSV with a UTF-8 byte-order mark, for spreadsheets.")
]
FactsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--facts",
        metavar="DIR",
        help="A folder of your own TOML fact files, added to the bundled base (repeatable). "
        "Default: the folders in OTG_FACTS, separated by the path separator.",
    ),
]


def _set_language(value: str | None) -> str | None:
    """Called by click for every run, so each command starts in the language it was asked for."""
    from otg_cli.i18n import _current, parse_language

    try:
        _current.set(parse_language(value))
    except OtgError as error:
        raise typer.BadParameter(error.message) from None
    return value


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|ru|kk",
        envvar="OTG_LANG",
        callback=_set_language,
        is_eager=True,
        help="Language of headings, labels, numbers and names (quotes stay as written). "
        "Default: OTG_LANG, else en.",
    ),
]
QuotesOption = Annotated[
    bool, typer.Option("--quotes", "-q", help="Show the verbatim quote behind every row.")
]
PartiesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[A] [B] [PERIOD]",
        help="One or two countries or groups, and a period.",
        autocompletion=complete_party,
    ),
]


def _fail(message: str) -> None:
    sys.stderr.write(f"otg: {message}\n")


def _report(error: OtgError) -> NoReturn:
    """One clear line per problem on stderr, then the error's exit code: never a traceback."""
    _fail(f"error: {error.message}")
    for problem in error.problems:
        sys.stderr.write(f"  {problem}\n")
    if error.hint:
        sys.stderr.write(f"{error.hint}\n")
    raise typer.Exit(error.exit_code) from None


def _load(user_folders: list[Path] | None, progress: bool = True) -> FactBase:
    from otg_cli.loader import load_fact_base

    reporter = None
    if progress and sys.stderr.isatty():
        from otg_cli.render.progress import SlowLoadProgress

        reporter = SlowLoadProgress()
    return load_fact_base(settings.fact_folders(user_folders), progress=reporter)


@dataclass(eq=False)
class Run:
    """What every command gets from the shared options: how to print, and which facts to read."""

    options: OutputOptions
    folders: list[Path] | None
    fields_given: bool

    def load(self) -> FactBase:
        return _load(self.folders)

    def emit(self, listing: Listing) -> None:
        formatter_for(self.options.format).listing(listing, self.options)

    def nothing(self, kind: str, message: str) -> NoReturn:
        """Nothing matched: `[]` for JSON scripts, the reason on stderr, exit 1."""
        formatter_for(self.options.format).empty(kind, self.options)
        _fail(message)
        raise typer.Exit(EXIT_NO_MATCH)

    def plain_output(self, command: str) -> None:
        """For commands that print one report: a table (the default) or JSON, and no --fields."""
        if self.fields_given or self.options.format not in (OutputFormat.table, OutputFormat.json):
            raise OtgError(f"{command} prints a table or JSON (--json); --format and --fields do not apply")


_OUTPUT_PARAMETERS = [
    ("json_output", JsonOption, False),
    ("output_format", FormatOption, None),
    ("fields", FieldsOption, None),
    ("bom", BomOption, False),
]
_DATA_PARAMETERS = [("facts_folders", FactsOption, None), ("lang", LangOption, None)]


class _Command:
    """A command function with the shared options added to its signature.

    The signature is built when Typer first asks for it, which is only for the command being run:
    resolving every command's annotations at import would cost every run a few milliseconds.
    """

    def __init__(self, function: Callable[..., None], shared: list[tuple[str, Any, Any]]) -> None:
        functools.update_wrapper(self, function)
        self._function = function
        self._shared = shared

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        # Annotations are strings here (`from __future__ import annotations`); Typer needs the
        # objects. Not typing.get_type_hints: on Python 3.10 it wraps an annotation whose default
        # is None in Optional[...], which hides Annotated[..., typer.Argument()] from Typer.
        parameters = inspect.signature(self._function, eval_str=True).parameters
        own = [p for name, p in parameters.items() if name != "run"]
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
            for name, annotation, default in self._shared
        ]
        return inspect.Signature(own + added)

    def __call__(self, **kwargs: Any) -> None:
        values = {name: kwargs.pop(name) for name, _, _ in self._shared}
        try:
            options = choose_options(
                values.get("output_format"),
                values.get("json_output", False),
                values.get("fields"),
                values.get("bom", False),
            )
            self._function(Run(options, values["facts_folders"], values.get("fields") is not None), **kwargs)
        except OtgError as error:
            _report(error)


def command(*, output: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command that takes the shared options: output ones (when `output`), --facts, --lang.

    The function is written as `def name(run: Run, ...)`; its own parameters come first in --help,
    the shared ones after them, declared once here instead of in every command. OtgError raised
    inside becomes stderr lines and an exit code.
    """
    shared = (_OUTPUT_PARAMETERS if output else []) + _DATA_PARAMETERS

    def decorate(function: Callable[..., None]) -> Callable[..., None]:
        registered: Callable[..., None] = app.command()(_Command(function, shared))
        return registered

    return decorate


def _parties_and_period(args: list[str]) -> tuple[list[str], DateRange | None]:
    """`A [B] [PERIOD]` in any order: the country or group texts, and the parsed period if any."""
    from otg_cli.periods import looks_like_period, parse_period

    period = [a for a in args if looks_like_period(a)]
    parties = [a for a in args if not looks_like_period(a)]
    if len(period) > 1:
        raise OtgError(f"give at most one period, got {', '.join(period)}")
    if len(parties) > 2:
        raise OtgError(f"give at most two countries or groups, got {', '.join(parties)}")
    return parties, (parse_period(period[0]) if period else None)


def _facts_command(
    run: Run,
    args: list[str],
    *,
    measures: list[str],
    quotes: bool,
    heading: str,
    chart: bool = False,
    svg: Path | None = None,
) -> None:
    from otg_cli.countries import party_name, resolve_party
    from otg_cli.i18n import phrase
    from otg_cli.query import find_facts, party_sets_with

    parties_text, period = _parties_and_period(args)
    base = run.load()
    parties = [resolve_party(text, base) for text in parties_text]
    who = " – ".join(party_name(p, base) for p in parties) or phrase("all parties")
    what = f"{' or '.join(measures)} " if measures else ""
    found = find_facts(base, parties, period, measures)
    if not found:
        known = "; ".join(
            " – ".join(party_name(p, base) for p in combo) for combo in party_sets_with(base, measures)
        )
        within = f" within {period.text}" if period else ""
        run.nothing(
            "fact", f"no {what}figures for {who}{within}. The fact base has {what}figures for: {known}"
        )
    title = f"{phrase(heading)}: {who}" + (f", {phrase('figures within')} {period.text}" if period else "")
    if chart or svg is not None:
        from otg_cli.render.chart import draw_chart

        draw_chart(found, base, title=title, svg=svg)
        return
    run.emit(Listing("fact", found, base, title=title, quotes=quotes))


@command()
def turnover(
    run: Run,
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
) -> None:
    """Trade turnover between Kazakhstan and a partner, with every figure's source.

    A and B are ISO codes (KZ, KAZ), names in English, Russian or Kazakh (Uzbekistan, Узбекистан,
    Өзбекстан) or a group (OTS, ОТГ, ТМҰ). PERIOD is 2025, 2025-01..2025-08, 2025-Q3 or 2025-H1;
    without it every period is shown. Part-year figures are labelled as such.

    Example: otg turnover KZ UZ 2025
    """
    _facts_command(run, args, measures=["turnover"], quotes=quotes, heading="Turnover", chart=chart, svg=svg)


@command()
def facts(
    run: Run,
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
    from typing import get_args

    from otg_cli.models import Measure

    measures = measure or []
    unknown = [m for m in measures if m not in get_args(Measure)]
    if unknown:
        raise OtgError(f"unknown measure {unknown[0]!r}; accepted: {', '.join(get_args(Measure))}")
    heading = f"Facts ({', '.join(measures)})" if measures else "Facts"
    _facts_command(run, args or [], measures=measures, quotes=quotes, heading=heading)


@command()
def targets(
    run: Run,
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
    from otg_cli.query import find_targets

    base = run.load()
    found = find_targets(base, [resolve_party(text, base) for text in args or []])
    if not found:
        run.nothing("target", "no targets for " + ", ".join(args or []))
    run.emit(Listing("target", found, base, quotes=quotes))


@command()
def agreements(
    run: Run,
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
    from otg_cli.periods import describe_event_date
    from otg_cli.query import find_agreements, find_events

    base = run.load()
    code = resolve_party(country, base) if country is not None else None
    if event is not None and not find_events(base, event):
        listing = "\n".join(
            f"  {e.id}: {e.name.en}, {e.place.en if e.place else 'place not stated'}, "
            f"{describe_event_date(e.date, e.date_end)}"
            for e in base.events.values()
        )
        run.nothing("agreement", f"no event matches {event!r}. Events in the fact base:\n{listing}")
    groups = find_agreements(base, event, code)
    if not groups:
        asked = " and ".join(
            part for part in (event and f"event {event!r}", country and f"country {country!r}") if part
        )
        run.nothing("agreement", f"no agreements match {asked}")
    found = [a for group in groups for a in group.agreements]
    run.emit(Listing("agreement", found, base, quotes=quotes, groups=groups))


@command()
def derived(run: Run, args: PartiesArgument = None) -> None:
    """Figures otg computes (implied imports, sums of bilateral figures, target progress), each
    marked as derived, with its formula and the facts it came from.

    Example: otg derived KZ
    """
    from otg_cli.countries import resolve_party
    from otg_cli.derived import derived_figures

    parties_text, period = _parties_and_period(args or [])
    base = run.load()
    found = derived_figures(base, [resolve_party(text, base) for text in parties_text], period)
    if not found:
        run.nothing("derived", "otg derives no figure for these parties and period")
    run.emit(Listing("derived", found, base))


@command()
def events(
    run: Run,
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
    from otg_cli.query import find_events

    base = run.load()
    found = find_events(base, match)
    if not found:
        run.nothing("event", f"no event matches {match!r}; run `otg events` for all")
    run.emit(Listing("event", found, base))


@command()
def sources(run: Run) -> None:
    """The articles the fact base is curated from: outlet, date, language.

    Example: otg sources
    """
    from otg_cli.query import find_sources

    base = run.load()
    run.emit(Listing("source", find_sources(base), base))


@command()
def show(
    run: Run,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A fact, event, agreement, target, source or group id.",
            autocompletion=complete_record_id,
        ),
    ],
) -> None:
    """One record in full, with every quote and note.

    Example: otg show kz-uz-turnover-2025
    """
    import difflib

    options = run.options
    if options.implicit and options.fields is None:
        # One record reads best as its labelled fields, plain text when piped.
        options = OutputOptions(OutputFormat.table)
    base = run.load()
    item = base.record(record_id.strip())
    if item is None:
        close = difflib.get_close_matches(record_id, base.record_ids(), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        if options.format is OutputFormat.json:
            sys.stdout.write("null\n")
        _fail(f"no record with id {record_id!r}{hint}")
        raise typer.Exit(EXIT_NO_MATCH)
    from otg_cli.models import record_kind
    from otg_cli.query import found

    formatter_for(options.format).record(Listing(record_kind(item), [found(base, item)], base), options)


@command()
def check(
    run: Run,
    folders: Annotated[
        list[Path] | None,
        typer.Argument(help="Fact folders to check on their own, instead of the bundled base and --facts."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Lint the fact base: schema, ids, references, verbatim quotes, figures that do not add up.

    Reports every problem, not only the first. Exit 0 when clean, 2 when there are errors (or
    warnings, with --strict).

    Example: otg check --strict
    """
    from otg_cli.check import run_checks
    from otg_cli.loader import fact_files

    options = run.options
    if options.implicit and options.fields is None:
        # A lint report is for people; scripts ask for --json.
        options = OutputOptions(OutputFormat.table)
    directories = folders or settings.fact_folders(run.folders)
    problems = run_checks(directories)
    listing = Listing("problem", problems, files=len(fact_files(directories)[0]))
    formatter_for(options.format).check(listing, options)
    failing = [p for p in problems if p.severity == "error" or strict]
    raise typer.Exit(2 if failing else EXIT_OK)


@command()
def verify(
    run: Run,
    claim_text: Annotated[
        str, typer.Argument(metavar="CLAIM", help="The claim, in English, Russian or Kazakh.")
    ],
) -> None:
    """Check a claim against the fact base: supported, contradicted, period_mismatch or not_found.

    Shows what was understood of the claim and the facts it was compared with, with their quotes.
    Exit 0 supported, 1 not found, 3 contradicted or period mismatch, 2 when the claim cannot be read.

    Example: otg verify "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"
    """
    from otg_cli.claims import read_claim
    from otg_cli.verify import verify as check_claim

    if run.options.implicit:
        run.options = OutputOptions(OutputFormat.table)
    run.plain_output("verify")
    base = run.load()
    result = check_claim(read_claim(claim_text, base), base)
    from otg_cli.query import verified

    formatter_for(run.options.format).record(
        Listing("verification", [verified(base, result)], base), run.options
    )
    raise typer.Exit({"supported": EXIT_OK, "not_found": EXIT_NO_MATCH}.get(result.verdict, EXIT_DISPUTED))


@command(output=False)
def cite(
    run: Run,
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="A fact or target id.", autocompletion=complete_record_id)
    ],
    style: Annotated[str, typer.Option("--style", help="text or markdown.")] = "text",
    quote: Annotated[bool, typer.Option("--quote", help="Add the original quote.")] = False,
) -> None:
    """A ready-to-paste attribution line for a fact, in English, Russian or Kazakh.

    Example: otg cite kz-uz-turnover-2025 --lang ru
    """
    from otg_cli.citations import attribution
    from otg_cli.i18n import current

    base = run.load()
    sys.stdout.write(
        attribution(base, record_id.strip(), style=style, language=current(), quote=quote) + "\n"
    )


@command()
def search(
    run: Run,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="Words to find, in English, Russian or Kazakh.")
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most this many results.", min=1)] = 20,
) -> None:
    """Find facts, agreements, events, people and sources by any word of their quotes, names or notes.

    Case does not matter, and Kazakh letters match their plain forms (туркистан finds Түркістан).

    Example: otg search Туркестан
    """
    from otg_cli.search import search as find

    if run.fields_given or run.options.format not in (
        OutputFormat.table,
        OutputFormat.json,
        OutputFormat.tsv,
    ):
        raise OtgError("search prints a table, JSON (--json) or TSV; --fields does not apply")
    base = run.load()
    hits = find(base, text, limit)
    if not hits:
        run.nothing("hit", f"nothing matches {text!r}")
    run.emit(Listing("hit", hits, base, query=text))


@app.command()
def schema(
    kind: Annotated[
        str | None,
        typer.Argument(
            help="fact, event, agreement, target, source, group, derived or check; all when left out."
        ),
    ] = None,
) -> None:
    """The JSON Schema of otg's JSON output, generated from its models.

    Example: otg schema fact
    """
    import json

    from otg_cli.schema import json_schema

    try:
        sys.stdout.write(json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n")
    except OtgError as error:
        _report(error)


@command(output=False)
def export(
    run: Run,
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="File to write (a folder for csv); - for stdout (json).")
    ],
    export_format: Annotated[
        str, typer.Option("--format", "-f", help="sqlite, json or csv.", case_sensitive=False)
    ] = "sqlite",
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """The whole fact base as a SQLite database (for Datasette and sqlite-utils), JSON or CSV files.

    Example: otg export otg.db
    """
    from otg_cli.export import export_base

    written = export_base(run.load(), export_format.lower(), path, force=force)
    if written:
        _fail(f"wrote {written}")


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
    import gc

    _prepare_process()
    try:
        _app_for(sys.argv[1:])()
    except Exception as error:
        # A bug, not bad input (that is OtgError, handled in each command): say so briefly,
        # without local variables, and ask for a report.
        if settings.debug():
            raise
        sys.stderr.write(
            f"otg: internal error: {type(error).__name__}: {error}\n"
            f"This is a bug in otg {__version__}. Please report it with the command you ran; "
            "set OTG_DEBUG=1 to see the traceback.\n"
        )
        sys.exit(EXIT_INTERNAL_ERROR)
    finally:
        # The process is about to end: spare the interpreter's final garbage collection, which
        # walks every object just before the OS frees them all anyway (10-15 ms of each run,
        # benchmarks/). Output is already written; exit handlers and buffer flushing still run.
        gc.freeze()

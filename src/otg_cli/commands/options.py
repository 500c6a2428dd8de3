"""The options every command shares, declared once.

Each shared option is an `Annotated` alias whose callback stores its value into one `Shared` object
on the command's context (`expose_value=False`); settings fall back to their environment variable
(`envvar=`). The common ones (--json, --format, --facts, --lang, --color, --no-pager) are also
options of `otg` itself (`application.RootGroup`, the same click options), so
`otg --lang ru turnover KZ UZ` works: the root and the command share one `Shared` (click hands a
context's object to its subcommand's), and a value given on the command line wins over one from
the environment or a default, wherever it was given (`_store`); given twice, the command's own
wins. The aliases are listed once, in the signature of `_shared_options`, and Typer builds them
into click options the ordinary way (`typer.main.get_command`), once a run; each command class, and
`otg` itself, takes the ones it names (`shared_parameters`). A command takes them by its class:
`@app.command(cls=OutputCommand)` adds the output and data options, `cls=DataCommand` the data
options (--facts, --lang, --color, --no-pager) only. The command reads them with `Run.of(ctx)`; no
wrapper rewrites a command's signature.

No `from __future__ import annotations` in the command modules: Typer reads these annotations as
objects (on Python 3.10 string annotations hid `typer.Argument` from it).
"""

import functools
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from otg_cli import settings
from otg_cli.render import OutputFormat


class Shared:
    """The shared options of one run, as given on the command line (their callbacks set them)."""

    json_output: bool = False
    output_format: OutputFormat | None = None
    fields: str | None = None
    bom: bool = False
    csv_raw: bool = False
    facts_folders: list[Path] | None = None
    lang: str | None = None
    color: str | None = None
    no_pager: bool = False
    header: bool | None = None

    def __init__(self) -> None:
        #: How each option's value was given, as a rank of `_RANK`.
        self.given: dict[str, int] = {}


#: Where a value came from, weakest first: a default never replaces what the root's options were
#: given, on the command line or from the environment.
_RANK = {"DEFAULT": 0, "DEFAULT_MAP": 0, "ENVIRONMENT": 1, "PROMPT": 2, "COMMANDLINE": 2}


def _store(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
    """Keep `value` unless the same option was given more strongly (`_RANK`) before: to `otg`
    itself, before the command. Returns the value in force."""
    shared = ctx.ensure_object(Shared)
    if param.name is None:
        return value
    source = ctx.get_parameter_source(param.name)
    rank = _RANK.get(source.name if source is not None else "DEFAULT", 0)
    if rank >= shared.given.get(param.name, 0):
        setattr(shared, param.name, value)
        shared.given[param.name] = rank
    return getattr(shared, param.name)


def folder_paths(
    ctx: typer.Context, param: typer.CallbackParam, value: list[str] | str | None
) -> list[Path] | Path | None:
    """Fact folders as given: an empty name is refused, never read as the current folder
    (`--facts ""` from an unset shell variable would otherwise read everything below it)."""
    values = [value] if isinstance(value, str) else value or []
    if any(not text.strip() for text in values):
        raise typer.BadParameter(
            "a folder name is empty; give a folder of *.toml files, such as --facts my-facts"
        )
    return Path(value) if isinstance(value, str) else [Path(text) for text in values] or None


def _store_folders(ctx: typer.Context, param: typer.CallbackParam, value: list[str] | None) -> Any:
    return _store(ctx, param, folder_paths(ctx, param, value))


def _set_language(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """Called by click for every run, so each command starts in the language it was asked for."""
    from otg_cli.errors import OtgError
    from otg_cli.i18n import set_language

    chosen = _store(ctx, param, value)
    try:
        set_language(chosen)
    except OtgError as error:
        raise typer.BadParameter(error.message) from None
    return chosen  # type: ignore[no-any-return]


def _set_color(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """Called by click for every run, so each run starts with the colour it was asked for."""
    import sys

    from otg_cli.errors import OtgError

    chosen = _store(ctx, param, value)
    if chosen is None and "otg_cli.render.terminal" not in sys.modules:
        return None  # nothing was ever set in this process: a JSON run need not import it
    from otg_cli.render.terminal import set_color

    try:
        set_color(chosen)
    except OtgError as error:
        raise typer.BadParameter(error.message) from None
    return chosen  # type: ignore[no-any-return]


JsonOption = Annotated[
    bool, typer.Option("--json", help="Same as --format json.", callback=_store, expose_value=False)
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help=f"table, json, ndjson, csv, tsv or markdown. Default: {settings.ENV_FORMAT}, else a table "
        "on a terminal and tsv (no header) when piped.",
        case_sensitive=False,
        callback=_store,
        expose_value=False,
    ),
]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="A,B,C",
        help="Only these fields (dotted paths such as period.label or sources.outlet) in json, "
        "ndjson, csv, tsv and markdown output.",
        callback=_store,
        expose_value=False,
    ),
]
BomOption = Annotated[
    bool,
    typer.Option(
        "--bom",
        help="Start CSV with a UTF-8 byte-order mark, for spreadsheets.",
        callback=_store,
        expose_value=False,
    ),
]
CsvRawOption = Annotated[
    bool,
    typer.Option(
        "--csv-raw",
        help="CSV for programs: no quote (') before a cell that a spreadsheet would run as a "
        "formula (one starting with = + - @ or a tab; a plain number such as -3.5 never gets one).",
        callback=_store,
        expose_value=False,
    ),
]
FactsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--facts",
        metavar="DIR",
        help="A folder of your own TOML fact files, added to the bundled base (repeatable). "
        f"Default: the folders in {settings.ENV_FACTS}, separated by the path separator "
        "(empty entries are skipped).",
        callback=_store_folders,
        expose_value=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|ru|kk",
        envvar=settings.ENV_LANG,
        callback=_set_language,
        is_eager=True,
        expose_value=False,
        help="Language of headings, labels, numbers and names (quotes stay as written). "
        f"Default: {settings.ENV_LANG}, else the locale (LC_ALL, LC_MESSAGES, LANG), else en.",
    ),
]
ColorOption = Annotated[
    str | None,
    typer.Option(
        "--color",
        metavar="auto|always|never",
        callback=_set_color,
        is_eager=True,
        expose_value=False,
        help="Colour in tables and charts: on a terminal only (auto), always, or never. "
        "Default: auto; no colours under NO_COLOR, colour even when piped under CLICOLOR_FORCE.",
    ),
]
NoPagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        help=f"Never page (on a terminal, output taller than the screen goes through "
        f"{settings.ENV_PAGER}, else PAGER, else less).",
        callback=_store,
        expose_value=False,
    ),
]
HeaderOption = Annotated[
    bool | None,
    typer.Option(
        "--header/--no-header",
        help="A first line of field names in tsv and csv (default: csv has one, tsv none).",
        callback=_store,
        expose_value=False,
        show_default=False,
    ),
]
QuotesOption = Annotated[
    bool, typer.Option("--quotes", "-q", help="Show the verbatim quote behind every row.")
]


#: The options of `otg` itself (`application.RootGroup`) that take a value: the command run is the
#: first argument that is neither one of these with its value nor another option
#: (`commands.app_for`); a test checks this list against the options.
ROOT_VALUE_OPTIONS = ("--format", "-f", "--facts", "--lang", "--color")


def _shared_options(
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    fields: FieldsOption = None,
    header: HeaderOption = None,
    bom: BomOption = False,
    csv_raw: CsvRawOption = False,
    facts_folders: FactsOption = None,
    lang: LangOption = None,
    color: ColorOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Every shared option, in the order help lists them; each command class, and `otg` itself,
    takes the ones it names (`shared_parameters`)."""


@functools.cache
def _parameters() -> list[Any]:
    """The click parameters Typer makes of the shared options (built once, when first used)."""
    holder = typer.Typer(add_completion=False)
    holder.command()(_shared_options)
    return list(typer.main.get_command(holder).params)


def shared_parameters(names: tuple[str, ...]) -> list[Any]:
    """The shared options of these names, as click options: the very objects every command and
    `otg` itself (`application.RootGroup`) are given, so Typer builds each once a run."""
    return [p for p in _parameters() if p.name in names]


#: The data options of every command that reads the fact base (--facts, --lang, --color, --no-pager).
DATA_NAMES = ("facts_folders", "lang", "color", "no_pager")
#: The options of `otg` itself besides --version.
ROOT_NAMES = ("json_output", "output_format", *DATA_NAMES)


class HelpCommand(TyperCommand):
    """A command whose --help is said in the run's language (`views.usage`)."""

    def get_help(self, ctx: Any) -> str:
        from otg_cli.views.usage import described, help_text

        with described(self, ctx):
            return help_text(super().get_help(ctx))


class DataCommand(HelpCommand):
    """A command that reads the fact base: its own parameters, then --facts, --lang, --color and
    --no-pager."""

    names: tuple[str, ...] = DATA_NAMES

    def __init__(self, *args: Any, params: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, params=[*(params or []), *shared_parameters(self.names)], **kwargs)


class OutputCommand(DataCommand):
    """A command that prints records: also --json, --format, --fields, --header, --bom and --csv-raw."""

    names = ("json_output", "output_format", "fields", "header", "bom", "csv_raw", *DATA_NAMES)

"""The options every command shares, declared once.

Each shared option is an `Annotated` alias whose callback stores its value into one `Shared`
object on the command's context (`expose_value=False`); settings fall back to their environment
variable (`envvar=`). The aliases are listed once, in the signature of a template function, and
Typer builds them into click options the ordinary way (`typer.main.get_command`). A command takes
them by its class: `@app.command(cls=OutputCommand)` adds the output and data options,
`cls=DataCommand` the data options (--facts, --lang) only. The command reads them with
`Run.of(ctx)`; no wrapper rewrites a command's signature.

No `from __future__ import annotations` in the command modules: Typer reads these annotations as
objects (on Python 3.10 string annotations hid `typer.Argument` from it).
"""

import functools
from collections.abc import Callable
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


def _store(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
    if param.name is not None:
        setattr(ctx.ensure_object(Shared), param.name, value)
    return value


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

    try:
        set_language(value)
    except OtgError as error:
        raise typer.BadParameter(error.message) from None
    return _store(ctx, param, value)  # type: ignore[no-any-return]


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
QuotesOption = Annotated[
    bool, typer.Option("--quotes", "-q", help="Show the verbatim quote behind every row.")
]


def _data_options(facts_folders: FactsOption = None, lang: LangOption = None) -> None:
    """The options of every command that reads the fact base."""


def _output_options(
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    fields: FieldsOption = None,
    bom: BomOption = False,
    csv_raw: CsvRawOption = False,
    facts_folders: FactsOption = None,
    lang: LangOption = None,
) -> None:
    """The options of every command that prints records."""


@functools.cache
def _parameters(template: Callable[..., None]) -> list[Any]:
    """The click parameters Typer makes of a template's signature (built once, when first used)."""
    holder = typer.Typer(add_completion=False)
    holder.command()(template)
    return list(typer.main.get_command(holder).params)


class DataCommand(TyperCommand):
    """A command that reads the fact base: its own parameters, then --facts and --lang."""

    template: Callable[..., None] = staticmethod(_data_options)

    def __init__(self, *args: Any, params: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, params=[*(params or []), *_parameters(self.template)], **kwargs)


class OutputCommand(DataCommand):
    """A command that prints records: also --json, --format, --fields, --bom and --csv-raw."""

    template = staticmethod(_output_options)

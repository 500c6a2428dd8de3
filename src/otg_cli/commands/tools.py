"""Commands about the fact base itself: check, schema, export."""

from pathlib import Path
from typing import Annotated

import typer

from otg_cli import settings
from otg_cli.commands.application import app
from otg_cli.commands.options import (
    CsvRawOption,
    DataCommand,
    HelpCommand,
    OutputCommand,
    Shared,
    folder_paths,
)
from otg_cli.commands.run import Run
from otg_cli.i18n import phrase
from otg_cli.render import Listing


@app.command(cls=OutputCommand)
def check(
    ctx: typer.Context,
    folders: Annotated[
        list[str] | None,
        typer.Argument(
            help="Fact folders to check on their own, instead of the bundled base and --facts.",
            callback=folder_paths,
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Lint the fact base: schema, ids, references, verbatim quotes, figures that do not add up.

    Reports every problem, not only the first. Exit 0 when clean, 2 when there are errors (or
    warnings, with --strict).

    Example: otg check --strict
    """
    from otg_cli.check import run_checks
    from otg_cli.errors import check_exit_code
    from otg_cli.loader import fact_files

    run = Run.of(ctx).for_people()
    directories = folders_given(folders) or settings.fact_folders(run.folders)
    problems = run_checks(directories)
    run.report(Listing("problem", problems, files=len(fact_files(directories)[0])))
    raise typer.Exit(check_exit_code(problems, strict=strict))


def folders_given(folders: object) -> list[Path]:
    """The folder arguments, as `folder_paths` converted them (Typer declares them as text)."""
    return [Path(folder) for folder in folders] if isinstance(folders, list) else []


@app.command(cls=HelpCommand)
def schema(
    ctx: typer.Context,
    kind: Annotated[
        str | None,
        typer.Argument(
            help="A kind of record or result: fact, event, agreement, target, source, group, country, "
            "derived, hit (search), verification (verify), problem, check, quote, citation (cite) or "
            "export (export --format json); all when left out."
        ),
    ] = None,
) -> None:
    """The JSON Schema of otg's JSON output, generated from its models.

    Example: otg schema fact
    """
    from otg_cli.render.documents import print_document
    from otg_cli.schema import json_schema

    print_document(json_schema(kind))


@app.command(cls=DataCommand)
def export(
    ctx: typer.Context,
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="File to write (a folder for csv); - for stdout (json).")
    ],
    export_format: Annotated[
        str, typer.Option("--format", "-f", help="sqlite, json or csv.", case_sensitive=False)
    ] = "sqlite",
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
    csv_raw: CsvRawOption = False,
) -> None:
    """The whole fact base as a SQLite database (for Datasette and sqlite-utils), JSON or CSV files.

    Example: otg export otg.db
    """
    from otg_cli.commands.run import load_base
    from otg_cli.export import export_base
    from otg_cli.render.messages import notice

    shared = ctx.find_object(Shared) or Shared()
    if shared.csv_raw and export_format.lower() != "csv":
        from otg_cli.errors import OtgError

        raise OtgError(phrase("--csv-raw applies to --format csv only"))
    base = load_base(shared.facts_folders)
    written = export_base(base, export_format.lower(), path, force=force, csv_raw=shared.csv_raw)
    if written:
        notice(phrase("wrote {written}", written=written))

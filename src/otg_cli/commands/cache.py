"""`otg cache`: what the cache of the fact base holds, whether it can be trusted, and clearing it."""

import typer

from otg_cli import settings
from otg_cli.commands.application import APP_SETTINGS, app
from otg_cli.commands.options import OutputCommand
from otg_cli.commands.run import Run
from otg_cli.render import OutputFormat

_HELP = """The cache of the validated fact base: what it holds, checking it, clearing it.

Example: otg cache info"""
cache = typer.Typer(**{**APP_SETTINGS, "name": "cache", "add_completion": False, "help": _HELP})  # type: ignore[arg-type]
app.add_typer(cache, name="cache")
_FORMATS = (OutputFormat.table, OutputFormat.json)


def _show(run: Run, document: dict[str, object], lines: list[str]) -> None:
    from otg_cli.render.documents import print_document, print_line

    if run.options.format is OutputFormat.json:
        print_document(document)
    else:
        for line in lines:
            print_line(line)


def _report(ctx: typer.Context, command: str, *, verify: bool) -> None:
    """`otg cache info` or `otg cache verify`: the report, then its exit code."""
    from otg_cli import cache_admin
    from otg_cli.loader import fact_files
    from otg_cli.views.cache_report import info_lines, verify_lines

    run = Run.of(ctx).for_people()
    run.only(command, _FORMATS)
    directories = settings.fact_folders(run.folders)
    files = fact_files(directories)[0]
    report = (cache_admin.verify if verify else cache_admin.info)(directories, files)
    _show(run, report.as_dict(), (verify_lines if verify else info_lines)(report))
    raise typer.Exit(report.exit_code(verify=verify))


@cache.command("info", cls=OutputCommand)
def info(ctx: typer.Context) -> None:
    """Where the cache of these fact folders is, what it holds, and whether it is current.

    Exit 0 when there is a cache, 1 when there is none.

    Example: otg cache info
    """
    _report(ctx, "otg cache info", verify=False)


@cache.command("verify", cls=OutputCommand)
def verify(ctx: typer.Context) -> None:
    """Check the cache against the fact files, record by record; delete it if it differs.

    Exit 0 when it is current and equals the fact files, 1 when there is no current cache to
    check, 3 when it failed the check (it is deleted; the next command writes a new one).

    Example: otg cache verify
    """
    _report(ctx, "otg cache verify", verify=True)


@cache.command("clear", cls=OutputCommand)
def clear(ctx: typer.Context) -> None:
    """Delete every cache file otg keeps (all sets of fact folders), with their seals and key.

    Example: otg cache clear
    """
    from otg_cli import cache_admin
    from otg_cli.views.cache_report import clear_lines

    run = Run.of(ctx).for_people()
    run.only("otg cache clear", _FORMATS)
    folder = settings.cache_dir()
    deleted = cache_admin.clear(folder)
    _show(run, {"deleted": [str(p) for p in deleted]}, clear_lines(deleted, folder))

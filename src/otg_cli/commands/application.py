"""The Typer application: its settings, the root callback, and building only the command run."""

from typing import Annotated, Any

import typer

from otg_cli import __version__
from otg_cli.commands.options import ROOT_NAMES, shared_parameters
from otg_cli.commands.run import OtgGroup


class RootGroup(OtgGroup):
    """`otg` itself: --version, and the common options (--json, --format, --facts, --lang,
    --color, --no-pager), which may come before the command too: the very click options every
    command has, so a value given before the command is the command's (`options._store`)."""

    def __init__(self, *args: Any, params: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, params=[*(params or []), *shared_parameters(ROOT_NAMES)], **kwargs)


APP_SETTINGS: dict[str, object] = {
    "name": "otg",
    "help": "Cited answers about trade between Kazakhstan and the Organization of Turkic States.",
    "cls": OtgGroup,
    "no_args_is_help": True,
    "add_completion": True,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
#: `otg` itself: the settings every group has, with the root's options.
ROOT_SETTINGS: dict[str, object] = {**APP_SETTINGS, "cls": RootGroup}
app = typer.Typer(**ROOT_SETTINGS)  # type: ignore[arg-type]


def _version(value: bool) -> None:
    if value:
        from otg_cli import settings
        from otg_cli.loader import load_fact_base
        from otg_cli.views.about import version_line

        typer.echo(version_line(__version__, load_fact_base([settings.bundled_facts_dir()])))
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version, and the date of the newest source in the bundled base, and exit.",
        ),
    ] = False,
) -> None:
    """Cited answers about trade between Kazakhstan and the Organization of Turkic States.

    --json, --format, --facts, --lang, --color and --no-pager may come before the command too:
    otg --lang ru turnover KZ UZ 2025
    """


def single_command_app(name: str) -> typer.Typer:
    """An app holding only the command `name`, whose module has registered it.

    Typer builds the click command of every registered command on each run; building one instead
    of all of them is a measurable part of the start-up budget (benchmarks/).
    """
    single = typer.Typer(**ROOT_SETTINGS)  # type: ignore[arg-type]
    single.registered_callback = app.registered_callback
    single.registered_commands = [
        c for c in app.registered_commands if c.callback and c.callback.__name__ == name
    ]
    single.registered_groups = [g for g in app.registered_groups if g.name == name]
    return single

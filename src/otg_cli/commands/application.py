"""The Typer application: its settings, the root callback, and building only the command run."""

from typing import Annotated

import typer

from otg_cli import __version__
from otg_cli.commands.run import OtgGroup

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
app = typer.Typer(**APP_SETTINGS)  # type: ignore[arg-type]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"otg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Cited answers about trade between Kazakhstan and the Organization of Turkic States."""


def single_command_app(name: str) -> typer.Typer:
    """An app holding only the command `name`, whose module has registered it.

    Typer builds the click command of every registered command on each run; building one instead
    of all of them is a measurable part of the start-up budget (benchmarks/).
    """
    single = typer.Typer(**APP_SETTINGS)  # type: ignore[arg-type]
    single.registered_callback = app.registered_callback
    single.registered_commands = [
        c for c in app.registered_commands if c.callback and c.callback.__name__ == name
    ]
    single.registered_groups = [g for g in app.registered_groups if g.name == name]
    return single

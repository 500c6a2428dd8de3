"""The command layer: a thin Typer app whose commands wire options to the library's functions.

- `app`: the Typer application and its root callback;
- `options`: the shared options, declared once as `Annotated` aliases;
- `run`: what a command gets from them (`Run`), and how OtgError becomes an exit code;
- `completion`: shell completion from the fact base;
- `figures`, `records`, `claims`, `tools`: the commands, by what they are about.

Importing this package registers every command.
"""

from otg_cli.commands import claims, figures, records, tools
from otg_cli.commands.app import app, app_for

__all__ = ["app", "app_for", "claims", "figures", "records", "tools"]

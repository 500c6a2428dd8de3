"""The command layer: a thin Typer app whose commands wire options to the library's functions.

- `application`: the Typer application, its root callback, and building only the command run;
- `options`: the shared options, declared once as `Annotated` aliases;
- `run`: what a command gets from them (`Run`), and how OtgError becomes an exit code;
- `completion`: shell completion from the fact base;
- `figures`, `records`, `claims`, `tools`, `curation`, `cache`: the commands, by what they are
  about (`source` and `cache` are groups: `otg source add`, `otg cache info`).

A run imports only the module of the command it runs (`app_for`); `app`, the application with
every command registered, imports them all (help, completion, tests).
"""

import importlib
from typing import Any

import typer

#: The module that defines each command, in the order `otg --help` lists them (a test checks this
#: against what the modules register).
COMMAND_MODULES = {
    "turnover": "figures",
    "facts": "figures",
    "targets": "figures",
    "agreements": "records",
    "derived": "figures",
    "events": "records",
    "sources": "records",
    "show": "records",
    "check": "tools",
    "init": "curation",
    "source": "curation",
    "quote": "curation",
    "draft": "curation",
    "verify": "claims",
    "cite": "claims",
    "search": "claims",
    "schema": "tools",
    "export": "tools",
    "cache": "cache",
}


def _full_app() -> typer.Typer:
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"otg_cli.commands.{module}")
    from otg_cli.commands.application import app

    order = list(COMMAND_MODULES)
    app.registered_commands.sort(key=lambda c: order.index(c.callback.__name__) if c.callback else len(order))
    return app


def command_name(arguments: list[str]) -> str | None:
    """The command these arguments run: the first that is neither an option of `otg` itself nor
    its value (`otg --lang ru turnover ...` runs turnover). Only read, never rewritten: click parses
    the arguments as given."""
    from otg_cli.commands.options import ROOT_VALUE_OPTIONS

    position = 0
    while position < len(arguments):
        argument = arguments[position]
        if not argument.startswith("-"):
            return argument
        if argument == "--":
            return None
        position += 2 if argument in ROOT_VALUE_OPTIONS else 1
    return None


def app_for(arguments: list[str]) -> typer.Typer:
    """The app for these arguments: only the command they run, when it is one of otg's."""
    from otg_cli.commands.application import single_command_app

    name = command_name(arguments)
    module = COMMAND_MODULES.get(name) if name else None
    if module is None:
        return _full_app()
    importlib.import_module(f"otg_cli.commands.{module}")
    return single_command_app(name)  # type: ignore[arg-type]


def __getattr__(name: str) -> Any:
    if name == "app":
        return _full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""What otg says on stderr: problems as one line each, notices, and the report of a bug.

stdout carries only the answer (a table or a document); everything addressed to the person
running otg goes through here.
"""

from __future__ import annotations

import sys

from otg_cli import settings
from otg_cli.errors import OtgError


def notice(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    sys.stderr.write(f"otg: {message}\n")


def absent(json: bool) -> None:
    """stdout when the one record asked for does not exist: `null` for JSON, nothing otherwise."""
    if json:
        sys.stdout.write("null\n")


def report(error: OtgError) -> None:
    """One clear line per problem, then the hint: never a traceback."""
    notice(f"error: {error.message}")
    for problem in error.problems:
        sys.stderr.write(f"  {problem}\n")
    if error.hint:
        sys.stderr.write(f"{error.hint}\n")


def report_bug(error: BaseException, version: str) -> None:
    """A bug, not bad input: say so briefly, without local variables, and ask for a report."""
    sys.stderr.write(
        f"otg: internal error: {type(error).__name__}: {error}\n"
        f"This is a bug in otg {version}. Please report it with the command you ran; "
        f"set {settings.ENV_DEBUG}=1 to see the traceback.\n"
    )

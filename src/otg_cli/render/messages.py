"""What otg says on stderr: problems as one line each, notices, and the report of a bug.

stdout carries only the answer (a table or a document); everything addressed to the person
running otg goes through here, and through `safe_text`: a control or invisible character in a
message (from a fact file, a file name or the command line) is shown as its escape, and a problem
stays on its one line.
"""

from __future__ import annotations

import sys

from otg_cli import settings
from otg_cli.errors import OtgError
from otg_cli.safe_text import line, visible


def notice(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    sys.stderr.write(f"otg: {visible(message)}\n")


def passage(text: str) -> None:
    """Lines of an article (`otg quote`'s closest passage and its difference), as it writes them."""
    sys.stderr.write(f"{visible(text)}\n")


def report(error: OtgError) -> None:
    """One clear line per problem, then the hint: never a traceback."""
    from otg_cli.i18n import phrase
    from otg_cli.views.problems import said, where_and_what

    notice(phrase("error: ") + said(error.message))
    for problem in error.problems:
        sys.stderr.write(f"  {line(where_and_what(problem))}\n")
    if error.hint:
        sys.stderr.write(f"{visible(error.hint)}\n")


def report_bug(error: BaseException, version: str) -> None:
    """A bug, not bad input: say so briefly, without local variables, and ask for a report."""
    sys.stderr.write(
        f"otg: internal error: {type(error).__name__}: {line(str(error))}\n"
        f"This is a bug in otg {version}. Please report it with the command you ran; "
        f"set {settings.ENV_DEBUG}=1 to see the traceback.\n"
    )

"""What otg does on a terminal: colour (`--color`) and the pager, in one place.

Colour: `--color always` colours even into a pipe, `--color never` prints no escape code at all,
and `auto` (the default) colours on a terminal only; without the flag, NO_COLOR (no colours; bold
and reverse stay) and CLICOLOR_FORCE (colour into a pipe) apply, NO_COLOR winning.

The pager: on a terminal, output taller than the screen goes through `settings.pager()` (OTG_PAGER,
then PAGER, then `less` with LESS=FRX), as gh and git do; never when stdout is not a terminal,
never with `--no-pager`. Output is collected first, so a pager starts only when it is needed, and a
pager that is missing or quits before reading everything (`q` in less) is not an error.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import os
import sys
from collections.abc import Iterator
from typing import Any

from otg_cli import settings

COLOR_CHOICES = ("auto", "always", "never")

#: The run's --color, as `i18n` keeps the run's language.
_color: contextvars.ContextVar[str | None] = contextvars.ContextVar("otg_color", default=None)


def set_color(choice: str | None) -> None:
    """The run's --color (None: not given). Called by the option's callback on every run."""
    if choice is not None and choice.lower() not in COLOR_CHOICES:
        from otg_cli.errors import OtgError
        from otg_cli.i18n import phrase

        said = phrase(
            "{text} is not a choice; accepted: {accepted}", text=choice, accepted=", ".join(COLOR_CHOICES)
        )
        raise OtgError(said)
    _color.set(choice.lower() if choice is not None else None)


def console_settings() -> dict[str, Any]:
    """Arguments for every Rich console that prints to stdout (tables, charts)."""
    choice = _color.get() or ("always" if settings.color_forced() else "auto")
    if choice == "always":
        return {"force_terminal": True, "no_color": False}
    if choice == "never":
        return {"color_system": None}
    return {}


class _Screen(io.StringIO):
    """Output collected for the pager: a terminal to whoever prints it (Rich sizes and colours it
    as for the screen it stands in for)."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def isatty(self) -> bool:
        return True


def _height(text: str, columns: int) -> int:
    """Lines `text` takes on a screen `columns` wide (a long line wraps)."""
    return sum(max(1, -(-len(line) // max(columns, 1))) for line in text.splitlines())


@contextlib.contextmanager
def paged(*, enabled: bool = True) -> Iterator[None]:
    """Print what the block prints; through the pager when stdout is a terminal and it is taller
    than the screen."""
    real = sys.stdout
    command = settings.pager() if enabled else None
    if command is None or not real.isatty():
        yield
        return
    screen = _Screen(getattr(real, "encoding", None) or "utf-8")
    sys.stdout = screen
    try:
        yield
    finally:
        import shutil

        sys.stdout = real
        text = screen.getvalue()
        size = shutil.get_terminal_size()
        if _height(text, size.columns) < size.lines or not _page(text, command, real):
            real.write(text)


def _page(text: str, command: str, real: Any) -> bool:
    """Show `text` in the pager; False when the pager cannot be started (the text is printed)."""
    import shlex
    import signal
    import subprocess

    try:
        arguments = shlex.split(command)
    except ValueError:
        return False
    environment = dict(os.environ)
    environment.setdefault("LESS", "FRX")
    environment.setdefault("LV", "-c")
    real.flush()
    try:
        process = subprocess.Popen(arguments, stdin=subprocess.PIPE, env=environment)
    except OSError:
        return False
    # The pager owns the terminal until it ends: Ctrl-C is its to handle, and a pager that quits
    # early closes the pipe, which is not an error of otg's.
    ignored = [
        (number, signal.signal(number, signal.SIG_IGN))
        for name in ("SIGINT", "SIGPIPE")
        if (number := getattr(signal, name, None)) is not None
    ]
    try:
        data = text.encode(getattr(real, "encoding", None) or "utf-8", "backslashreplace")
        with contextlib.suppress(OSError):  # BrokenPipeError: the pager has quit
            process.communicate(data)
        process.wait()
    finally:
        for number, previous in ignored:
            signal.signal(number, previous)
    return True

"""Process set-up and the entry point of the `otg` script and `python -m otg_cli`.

Signals, stream encodings and exit codes are the business of the process, not of any command:
0 matched, 1 nothing matched, 2 bad input (each command's OtgError), 70 a bug in otg, 74 output
that could not be written, 130 Ctrl-C (143 SIGTERM, 129 SIGHUP).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path

from otg_cli.errors import EXIT_INTERNAL_ERROR, EXIT_IO_ERROR


def _interrupted(signum: int, frame: object) -> None:
    # SystemExit unwinds the stack, so every `finally` runs: temporary files are removed.
    raise SystemExit(128 + signum)


class _ClosedStream:
    """Standard output when the process was started with it closed (`otg sources >&-`): writing
    to it is an output error like any other, exit 74, instead of a crash on None."""

    encoding = "utf-8"
    errors = "backslashreplace"

    def write(self, text: str) -> int:
        import errno

        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        """Nothing is ever buffered."""

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        import io

        raise io.UnsupportedOperation("standard output is closed")


def _occupy_closed_descriptors() -> None:
    """A descriptor 0-2 closed by the caller is taken by /dev/null, so that no file otg opens
    (an export, the cache) can become its standard output by accident."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != descriptor:  # pragma: no cover - the lowest free descriptor is taken
                os.dup2(opened, descriptor)
                os.close(opened)
    if sys.stdout is None:
        sys.stdout = _ClosedStream()  # type: ignore[assignment, unused-ignore]
    if sys.stderr is None:  # nothing can be said; the exit code still tells
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115


def prepare_process() -> None:
    """Process-wide behaviour of a well-mannered Unix tool, set once before anything is printed."""
    _occupy_closed_descriptors()
    # `otg ... | head -1`: die quietly when the reader goes away, as cat and grep do.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Ctrl-C, `kill` and a closed terminal: exit 128 + the signal's number, without a traceback or
    # click's "Aborted!", after cleaning up like any other exit.
    # A signal the caller ignores (nohup, a background job) stays ignored.
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            signal.signal(number, _interrupted)
    # A terminal or pipe that cannot encode Cyrillic (PYTHONIOENCODING=ascii) gets escapes, not a crash.
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", "strict") == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _discard_output() -> None:
    """After an output error: point stdout and stderr at /dev/null, so that the interpreter's final
    flush of what is still buffered neither fails again nor prints "Exception ignored"."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


def _say(text: str) -> None:
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr itself cannot be written: the exit code is all that is left


def output_error(error: OSError) -> int:
    """One line for an I/O error otg could not avoid (stdout on a full disk, an unwritable file),
    and EX_IOERR; a reader that went away (EPIPE) ends the run quietly, as SIGPIPE would."""
    import errno

    if error.errno == errno.EPIPE:
        _discard_output()
        return 128 + signal.SIGPIPE if hasattr(signal, "SIGPIPE") else 1
    from otg_cli.factfiles import printable

    what = printable(str(error.filename)) if error.filename else "standard output"
    _say(f"otg: error: cannot write {what}: {error.strerror or error}\n")
    _discard_output()
    return EXIT_IO_ERROR


def main() -> None:
    """Run the command named in sys.argv; a bug becomes a one-line report and exit 70."""
    import gc

    from otg_cli import __version__, settings

    prepare_process()
    try:
        from otg_cli.commands import app_for

        try:
            app_for(sys.argv[1:])()
        finally:
            # Written now, inside the guard: a full disk is an output error here, not an
            # "Exception ignored" when the interpreter flushes at exit.
            sys.stdout.flush()
            sys.stderr.flush()
    except OSError as error:
        sys.exit(output_error(error))
    except Exception as error:
        if settings.debug():
            raise
        from otg_cli.render.messages import report_bug

        try:
            report_bug(error, __version__)
        except OSError:
            _discard_output()
        sys.exit(EXIT_INTERNAL_ERROR)
    finally:
        # The process is about to end: spare the interpreter's final garbage collection, which
        # walks every object just before the OS frees them all anyway (10-15 ms of each run,
        # benchmarks/). Output is already written; exit handlers and buffer flushing still run.
        gc.freeze()


if __name__ == "__main__":
    main()

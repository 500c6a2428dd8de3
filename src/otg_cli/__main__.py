"""Process set-up and the entry point of the `otg` script and `python -m otg_cli`.

Signals, stream encodings and exit codes are the business of the process, not of any command:
0 matched, 1 nothing matched, 2 bad input (each command's OtgError), 70 a bug in otg, 130 Ctrl-C.
"""

import signal
import sys

from otg_cli.errors import EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C (130) or SIGTERM (143): unwind, so that temporary files are removed on the way out."""
    raise SystemExit(EXIT_INTERRUPTED if signum == signal.SIGINT else 128 + signum)


def prepare_process() -> None:
    """Process-wide behaviour of a well-mannered Unix tool, set once before anything is printed."""
    # `otg ... | head -1`: die quietly when the reader goes away, as cat and grep do.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Ctrl-C: exit 130 without a traceback or click's "Aborted!"; SIGTERM likewise, 143.
    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _interrupted)
    # A terminal or pipe that cannot encode Cyrillic (PYTHONIOENCODING=ascii) gets escapes, not a crash.
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", "strict") == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main() -> None:
    """Run the command named in sys.argv; a bug becomes a one-line report and exit 70."""
    import gc

    from otg_cli import __version__, settings

    prepare_process()
    try:
        from otg_cli.commands import app_for

        app_for(sys.argv[1:])()
    except Exception as error:
        if settings.debug():
            raise
        from otg_cli.render.messages import report_bug

        report_bug(error, __version__)
        sys.exit(EXIT_INTERNAL_ERROR)
    finally:
        # The process is about to end: spare the interpreter's final garbage collection, which
        # walks every object just before the OS frees them all anyway (10-15 ms of each run,
        # benchmarks/). Output is already written; exit handlers and buffer flushing still run.
        gc.freeze()


if __name__ == "__main__":
    main()

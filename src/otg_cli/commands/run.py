"""What a command gets from the shared options: how to print, which facts to read.

`Run.of(ctx)` reads the options stored by their callbacks (see options.py). OtgError raised by a
command leaves through `OtgGroup`: one line per problem on stderr and the error's exit code.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer import _click as click  # typer 0.2x carries its own click
from typer.core import TyperGroup

from otg_cli import settings
from otg_cli.commands.options import Shared
from otg_cli.errors import EXIT_NO_MATCH, OtgError
from otg_cli.render import (
    Listing,
    OutputFormat,
    OutputOptions,
    choose_options,
    formatter_for,
    unsupported_output,
)
from otg_cli.render.documents import print_line
from otg_cli.render.messages import notice, report

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from otg_cli.hints import Hint
    from otg_cli.models import FactBase


class OtgGroup(TyperGroup):
    """Bad input (OtgError) from any command becomes stderr lines and its exit code; commands and
    groups are listed in the order of `COMMAND_MODULES`. Click's own usage errors, which quote the
    command line back, show its control characters escaped (`safe_text`)."""

    def list_commands(self, ctx: Any) -> list[str]:
        from otg_cli.commands import COMMAND_MODULES

        order = list(COMMAND_MODULES)
        names = super().list_commands(ctx)
        return sorted(names, key=lambda name: order.index(name) if name in order else len(order))

    def get_help(self, ctx: Any) -> str:
        from otg_cli.views.usage import described, help_text

        with described(self, ctx):
            return help_text(super().get_help(ctx))

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as error:
            # The root's own options were not read: the language is the command line's, else the
            # environment's; a group's parent has set it already.
            raise _visible(error, args, root=parent is None) from None

    def invoke(self, ctx: Any) -> Any:
        args = [*ctx._protected_args, *ctx.args]  # the command's own, which click is about to read
        try:
            return super().invoke(ctx)
        except OtgError as error:
            report(error)
            raise typer.Exit(error.exit_code) from None
        except click.ClickException as error:
            raise _visible(error, args) from None


def _visible(error: click.ClickException, args: list[str], *, root: bool = False) -> click.ClickException:
    """Click's error in the run's language (`views.usage`), its message on one safe line."""
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        return error  # the help itself, many lines
    from otg_cli import i18n
    from otg_cli.safe_text import line
    from otg_cli.views import usage

    language = usage.language_in(args) or (usage.from_environment() if root else i18n.current())
    worded = usage.translated(error, language)
    worded.message = line(worded.message)
    return worded


def unknown_record(base: "FactBase", key: str) -> OtgError:
    """An id no record has: bad input (exit 2) for every command that takes an id, with the ids
    that look like it (README "Exit codes")."""
    from otg_cli.hints import no_record
    from otg_cli.views.hints import phrase_hint

    return OtgError(phrase_hint(no_record(base, key), base))


def load_base(folders: list[Path] | None, *, progress: bool = True) -> "FactBase":
    """The bundled base with the user's folders, through the cache; a bar for slow cold loads."""
    import sys

    from otg_cli.loader import load_fact_base

    reporter = None
    if progress and sys.stderr.isatty():
        from otg_cli.render.progress import SlowLoadProgress

        reporter = SlowLoadProgress()
    return load_fact_base(settings.fact_folders(folders), progress=reporter)


class Run:
    """The shared options of the running command, turned into output options."""

    def __init__(self, shared: Shared) -> None:
        self.options: OutputOptions = choose_options(
            shared.output_format,
            shared.json_output,
            shared.fields,
            shared.bom,
            shared.csv_raw,
            header=shared.header,
        )
        self.folders = shared.facts_folders
        self.fields_given = shared.fields is not None
        self.pager = not shared.no_pager

    @classmethod
    def of(cls, ctx: typer.Context) -> "Run":
        """The options stored on the command's context by their callbacks."""
        return cls(ctx.find_object(Shared) or Shared())

    def load(self) -> "FactBase":
        return load_base(self.folders)

    def for_people(self) -> "Run":
        """A report for people (show, check, verify): a table unless a format was asked for."""
        if self.options.implicit and self.options.fields is None:
            self.options = OutputOptions(OutputFormat.table)
        return self

    def paged(self) -> "AbstractContextManager[None]":
        """What the block prints, through the pager when it is taller than the terminal."""
        import contextlib
        import sys

        if not self.pager or not sys.stdout.isatty():
            return contextlib.nullcontext()  # never a pager: spare a piped run the import
        from otg_cli.render.terminal import paged

        return paged(enabled=self.pager)

    def emit(self, listing: Listing) -> None:
        with self.paged():
            formatter_for(self.options.format).listing(listing, self.options)

    def emit_one(self, listing: Listing) -> None:
        """One record in full (otg show)."""
        with self.paged():
            formatter_for(self.options.format).record(listing, self.options)

    def report(self, listing: Listing) -> None:
        """The problems otg check found."""
        with self.paged():
            formatter_for(self.options.format).check(listing, self.options)

    def emit_line(self, text: str) -> None:
        print_line(text)

    def nothing(self, kind: str, hint: "Hint", base: "FactBase") -> NoReturn:
        """Nothing matched: the empty document for scripts, the reason on stderr, exit 1."""
        from otg_cli.views.hints import phrase_hint

        formatter_for(self.options.format).empty(kind, self.options)
        notice(phrase_hint(hint, base))
        raise typer.Exit(EXIT_NO_MATCH)

    def only(self, command: str, formats: tuple[OutputFormat, ...]) -> None:
        """For commands that print one kind of report: only these formats, and no --fields."""
        if self.fields_given or self.options.format not in formats:
            raise OtgError(unsupported_output(command, formats))

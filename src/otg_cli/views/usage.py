"""Click's own usage errors in the run's language: the usage line, the help hint and the message.

Typer's click has no translations, and its messages arrive already worded in English. Each
message template click uses is a phrase key (`TEMPLATES`); a message is matched against them and
said again in the run's language with the option names and values kept as they were typed. A
message no template fits keeps its English words inside the translated frame. Imported only when
a usage error is shown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import IO, Any

from typer._click import exceptions as click_errors
from typer._click.utils import echo

from otg_cli.i18n import LANGUAGES, Language, current, phrase, using

# Click's and Typer's English templates, the longer of two that start alike first. A field named
# `reason` is itself a message and is worded again.
TEMPLATES: tuple[str, ...] = (
    "No such option: {name} (Possible options: {options})",
    "No such option: {name}",
    "No such command {name}. Did you mean {names}?",
    "No such command {name}.",
    "Missing command.",
    "Missing argument {name}. {reason}",
    "Missing argument {name}.",
    "Missing option {name}. {reason}",
    "Missing option {name}.",
    "Missing parameter {name}.",
    "Missing parameter: {name}",
    "Got unexpected extra argument(s) ({args})",
    "Option {name} requires an argument.",
    "Option {name} requires {count} arguments.",
    "Option {name} does not take a value.",
    "Argument {name} takes {count} values.",
    "Invalid value for {name}: {reason}",
    "Invalid value: {reason}",
    "{value} is not one of {choices}.",
    "{value} is not a valid integer.",
    "{value} is not a valid float.",
    "{value} is not a valid boolean. Recognized values: {choices}",
    "{value} is not in the range {range}.",
    "Choose from: {choices}",
    # otg's own reasons for a value of its options.
    "unknown language {value}; did you mean {meant}? Accepted: {accepted}",
    "unknown language {value}; accepted: {accepted}",
)

# Click's own words in a usage line.
USAGE_WORDS = ("Usage:", "[OPTIONS]", "COMMAND", "[ARGS]...")

_FIELD = re.compile(r"\\\{(\w+)\\\}")
_QUOTED = re.compile(r"'([^'\s][^']*)'")
_ENV_VAR = re.compile(r"\(env var: '([^']+)'\)")


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (template, re.compile(_FIELD.sub(r"(?P<\1>.+?)", re.escape(template)), re.DOTALL))
        for template in TEMPLATES
    )


def worded(message: str) -> str:
    """`message` (click's English) in the current language, names and values as typed."""
    if current() == "en":
        return message
    flat = " ".join(message.split())  # "Choose from:\n\ta,\n\tb" is one line here
    # The variable an option is read from, named first: its colon is not the message's.
    flat = _ENV_VAR.sub(lambda found: phrase("(env var: {var})", var=f"«{found[1]}»"), flat)
    for template, pattern in _patterns():
        if match := pattern.fullmatch(flat):
            values = {
                name: worded(value) if name == "reason" else _quoted(value)
                for name, value in match.groupdict().items()
            }
            return phrase(template, **values)
    return message


def _quoted(value: str) -> str:
    """'--format' as «--format»: the quotes of the run's language around what was typed."""
    return _QUOTED.sub(r"«\1»", value)


def language_in(args: Sequence[str]) -> Language | None:
    """The language a command line asks for with --lang (before or after the command), if any."""
    for index, arg in enumerate(args):
        value = None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value is not None and value.strip().lower() in LANGUAGES:
            return value.strip().lower()  # type: ignore[return-value]
    return None


def from_environment() -> Language:
    """OTG_LANG, then the locale: the language of a run whose options were never read."""
    import os

    from otg_cli.i18n import from_locale

    chosen = os.environ.get("OTG_LANG", "").strip().lower()
    return next((language for language in LANGUAGES if language == chosen), None) or from_locale()


class WordedUsageError(click_errors.UsageError):
    """A click error said in one language, with click's shape and exit code."""

    def __init__(self, error: click_errors.ClickException, language: Language, message: str) -> None:
        super().__init__(message, getattr(error, "ctx", None))
        self.exit_code = error.exit_code
        self.language = language
        self.usage = isinstance(error, click_errors.UsageError)

    def format_message(self) -> str:
        return self.message

    def show(self, file: IO[Any] | None = None) -> None:
        with using(self.language):
            lines = []
            ctx = self.ctx
            if self.usage and ctx is not None:
                lines.append(_usage(ctx.get_usage()))
                if ctx.command.get_help_option(ctx) is not None:
                    command = f"{ctx.command_path} {ctx.help_option_names[0]}"
                    lines.append(phrase("Try {command} for help.", command=command))
                lines.append("")
            lines.append(phrase("Error: {message}", message=self.message))
        echo("\n".join(lines), file=file, err=file is None, color=ctx.color if ctx else None)


def _usage(text: str) -> str:
    """Click's usage line with its own words translated; the command's metavars as its help has them."""
    if current() == "en":
        return text
    for word in USAGE_WORDS:
        text = text.replace(word, phrase(word), 1)
    return text


#: The headings of click's help.
HELP_HEADINGS = ("Arguments:", "Options:", "Commands:")


def help_text(text: str) -> str:
    """A command's --help with click's own words (the usage line, the headings) in the run's
    language; the descriptions of commands and options stay English."""
    if current() == "en":
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("Usage:"):
            lines[index] = _usage(line)
        elif line in HELP_HEADINGS:
            lines[index] = phrase(line)
    return "\n".join(lines)


def translated(error: click_errors.ClickException, language: Language) -> WordedUsageError:
    """`error` to be shown in `language` (its message made safe to print by the caller)."""
    with using(language):
        message = worded(error.format_message())
    return WordedUsageError(error, language, message)

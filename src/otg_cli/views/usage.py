"""Click's own usage errors in the run's language: the usage line, the help hint and the message.

Typer's click has no translations, and its messages arrive already worded in English. Each
message template click uses is a phrase key (`TEMPLATES`); a message is matched against them and
said again in the run's language with the option names and values kept as they were typed. A
message no template fits keeps its English words inside the translated frame. Imported only when
a usage error is shown.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
from collections.abc import Iterator, Sequence
from typing import IO, Any

from typer._click import exceptions as click_errors
from typer._click.utils import echo

from otg_cli.i18n import LANGUAGES, Language, current, phrase, phrases, using

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
    "{value} does not match the formats {formats}.",
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
                name: worded(value)
                if name == "reason"
                else _quoted(metavar(value) if name == "name" else value)
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
                with described(ctx.command, ctx):  # the metavars as the command's help has them
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
    language; the descriptions are worded by `described` as the help is formatted."""
    if current() == "en":
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("Usage:"):
            lines[index] = _usage(line)
        elif line in HELP_HEADINGS:
            lines[index] = phrase(line)
    return "\n".join(lines)


_MISSING = object()
_EXTRA = re.compile(r"  \[([^\[\]]+)\]$")
_EXAMPLE = "Example: "
#: Click's own words after an option's help, each a phrase.
EXTRA_WORDS = ("required", "env var: {var}", "default: {default}")


@contextlib.contextmanager
def described(command: Any, ctx: Any) -> Iterator[None]:
    """While `command`'s help is formatted, its description, its parameters' help and metavars,
    and the descriptions of its subcommands in the run's language: each paragraph is a phrase
    (its words on one line), a metavar a phrase word by word ("metavar PERIOD"); what has no
    phrase stays as written. English help is click's own, untouched."""
    if current() == "en":
        yield
        return
    saved: list[tuple[object, str, object]] = []

    def swap(owner: object, name: str, value: object) -> None:
        saved.append((owner, name, vars(owner).get(name, _MISSING)))
        setattr(owner, name, value)

    subcommands = list(getattr(command, "commands", {}).values())
    for each in (command, *subcommands):
        if each.help:
            swap(each, "help", paragraphs(each.help))
        if each.short_help:
            swap(each, "short_help", paragraphs(each.short_help))
    for param in command.get_params(ctx):
        if getattr(param, "help", None):
            swap(param, "help", paragraphs(param.help))
        if param.metavar:
            swap(param, "metavar", metavar(param.metavar))
        swap(param, "get_help_record", _worded_record(param.get_help_record))
    try:
        yield
    finally:
        for owner, name, value in reversed(saved):
            if value is _MISSING:
                delattr(owner, name)
            else:
                setattr(owner, name, value)


def paragraphs(text: str) -> str:
    """A description in the run's language, paragraph by paragraph; "Example: otg ..." keeps its
    command."""
    said = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        flat = " ".join(paragraph.split())
        if flat.startswith(_EXAMPLE):
            said.append(phrase("Example: {command}", command=flat.removeprefix(_EXAMPLE)))
        else:
            said.append(phrase(flat) if flat in phrases(current()) else paragraph)
    return "\n\n".join(said)


def metavar(text: str) -> str:
    """A metavar in the run's language, word by word (PERIOD, FILE); brackets, codes and values
    (A, en|ru|kk) as they are."""
    table = phrases(current())
    return re.sub(r"[A-Z][A-Z-]+", lambda found: table.get(f"metavar {found[0]}", found[0]), text)


def _worded_record(record: Any) -> Any:
    """A parameter's `get_help_record` whose bracketed words ([required], [env var: X]) are said
    in the run's language."""

    def worded_record(ctx: Any) -> tuple[str, str] | None:
        found: tuple[str, str] | None = record(ctx)
        if found is None:
            return None
        names, text = found
        extra = _EXTRA.search(text)
        if extra is None:
            return names, text
        items = [_extra_item(item) for item in extra[1].split("; ")]
        return names, f"{text[: extra.start()]}  [{'; '.join(items)}]"

    return worded_record


def _extra_item(item: str) -> str:
    name, colon, value = item.partition(": ")
    if not colon:
        return phrase(item) if item in EXTRA_WORDS else item
    template = next((words for words in EXTRA_WORDS if words.startswith(f"{name}: ")), None)
    if template is None:
        return item
    field = template.split("{")[1].rstrip("}")
    return phrase(template, **{field: value})


def translated(error: click_errors.ClickException, language: Language) -> WordedUsageError:
    """`error` to be shown in `language` (its message made safe to print by the caller)."""
    with using(language):
        message = worded(error.format_message())
    return WordedUsageError(error, language, message)

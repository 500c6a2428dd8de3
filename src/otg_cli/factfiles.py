"""Finding and parsing fact files: every `*.toml` below the fact folders, read as TOML.

Anything unreadable is a problem naming its file, never an exception.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from otg_cli.errors import Problem


@cache
def display_path(path: Path) -> str:
    """A path as short as it can be while still being findable: relative to the cwd when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _toml_files(directory: Path) -> Iterator[Path]:
    """Every `*.toml` file below `directory`, not following links to folders, like Path.rglob at a
    quarter of its cost (this runs on every lookup). A folder that cannot be read is an error, not
    silently skipped: its facts would be lost."""

    def fail(error: OSError) -> None:
        raise error

    for folder, _, names in os.walk(directory, onerror=fail):
        for name in names:
            if os.path.normcase(name).endswith(".toml") and (candidate := Path(folder, name)).is_file():
                yield candidate


def fact_files(directories: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """All `*.toml` files under the given directories, in a stable order."""
    files: list[Path] = []
    problems: list[Problem] = []
    for directory in directories:
        if not directory.exists():
            problems.append(Problem("fact folder does not exist", file=display_path(directory)))
        elif not directory.is_dir():
            problems.append(
                Problem("not a folder; give a folder of *.toml files", file=display_path(directory))
            )
        else:
            try:
                files.extend(sorted(_toml_files(directory)))
            except OSError as error:
                where = Path(error.filename) if error.filename else directory
                problems.append(Problem(f"cannot list folder: {error.strerror}", file=display_path(where)))
    return files, problems


def toml() -> ModuleType:
    """The TOML parser: the standard library's from Python 3.11, tomli before."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    parser: ModuleType = tomllib
    return parser


def parse_toml_file(
    path: Path, read: Callable[[Path], bytes] = Path.read_bytes
) -> tuple[dict[str, Any] | None, Problem | None]:
    """Parse one TOML file, its bytes read by `read`; a problem instead of an exception for
    anything unreadable."""
    where = display_path(path)
    try:
        data = read(path)
    except OSError as error:
        return None, Problem(f"cannot read file: {error.strerror or error}", file=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, Problem(
            f"not UTF-8 text (invalid byte at offset {error.start}); save the file as UTF-8", file=where
        )
    # A byte-order mark is not TOML, but editors on Windows add one; accept it.
    text = text.removeprefix("\ufeff")
    parser = toml()
    try:
        document: dict[str, Any] = parser.loads(text)
        return document, None
    except parser.TOMLDecodeError as error:
        return None, Problem(syntax_error(str(error), text), file=where)
    except RecursionError:
        return None, Problem("invalid TOML: nested too deeply to read", file=where)


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

#: What a curator most likely meant by a value TOML cannot read, by how the value looks.
_SYNTAX_HINTS = (
    (
        r"=\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$",
        "a date is written year-month-day without quotes: {2}-{1:0>2}-{0:0>2}",
    ),
    (r"=\s*-?\d+,\d", "a number has a decimal point, not a comma (1.7), or is written whole: 1_700_000_000"),
    (r"=\s*[^\s\"'\[{0-9+\-]", 'text goes in double quotes: key = "text"'),
)


def syntax_error(message: str, text: str) -> str:
    """The parser's message with its line and column first, the line itself, and what was likely meant."""
    at = _AT.search(message)
    if at is None:
        return f"invalid TOML: {message}"
    reason = message[: at.start()]
    number = int(at[1])
    lines = text.splitlines()
    line = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    found = ((re.search(pattern, line), hint) for pattern, hint in _SYNTAX_HINTS)
    hint = next((hint.format(*match.groups()) for match, hint in found if match), "")
    shown = f" in `{line[:120]}`" if line else ""
    return f"invalid TOML at line {number}, column {at[2]}: {reason[:1].lower()}{reason[1:]}{shown}" + (
        f"; {hint}" if hint else ""
    )


def checksum(data: bytes) -> str:
    """The SHA-256 of an archived article's bytes, in hex: what a source's `sha256` records."""
    import hashlib

    return hashlib.sha256(data).hexdigest()

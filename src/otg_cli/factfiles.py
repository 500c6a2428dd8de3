"""Finding and parsing fact files: every `*.toml` below the fact folders, read as TOML.

Anything unreadable is a problem naming its file, never an exception.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from otg_cli.errors import Problem, Words


@cache
def display_path(path: Path) -> str:
    """A path as short as it can be while still being findable: relative to the cwd when inside it.

    Always printable: a name that is not UTF-8 shows its bytes escaped (`bad\\xff.toml`), and a
    path that cannot be resolved (a symlink loop, a deleted working folder) is shown as given."""
    try:
        cwd = Path.cwd()
        shown = str(Path(os.path.normpath(cwd / path)).relative_to(cwd))
    except (ValueError, OSError, RuntimeError):  # outside the cwd, a symlink loop, no cwd
        shown = str(path)
    return printable(shown)


def printable(text: str) -> str:
    """A file name as text that any stream can print: bytes that are not UTF-8 (which the OS hands
    over as surrogate escapes) and control characters are shown as escapes."""
    if text.isprintable():
        return text
    raw = os.fsencode(text).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in raw)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str:
    return Words(next((name for test, name in FILE_KINDS if test(mode)), "not a regular file"))


class _Walk:
    """Every `*.toml` file below one fact folder, and a problem for each thing that would be lost.

    Folders are read through their real paths first; a symlink to a folder is followed after them,
    unless the folder it leads to was read already (it is read once) or lies above the link (a loop:
    an error). Nothing below a fact folder is opened before `stat` says it is a regular file, so a
    FIFO cannot hang the run. Only names ending in `.toml` are fact files: anything else is ignored.
    """

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.problems: list[Problem] = []
        self.seen: set[tuple[int, int]] = set()
        self.links: list[Path] = []

    def problem(self, path: Path | str, message: str) -> None:
        self.problems.append(Problem(message, file=display_path(Path(path))))

    def walk(self, root: Path) -> None:
        self.folder(root)
        while self.links:
            link = self.links.pop(0)
            self.linked_folder(link)

    def linked_folder(self, link: Path) -> None:
        try:
            found = link.stat()
            target = Path(os.path.realpath(link))
        except OSError as error:  # pragma: no cover - it was a folder a moment ago
            self.problem(link, Words("cannot follow the symlink: {reason}", reason=error.strerror))
            return
        if Path(os.path.realpath(link.parent)).is_relative_to(target):
            self.problem(
                link,
                Words(
                    "a symlink to {target}, a folder above it: the folders would loop for ever; "
                    "remove the link",
                    target=printable(str(target)),
                ),
            )
        elif (found.st_dev, found.st_ino) not in self.seen:
            self.folder(link)  # a folder not read yet, such as one outside the fact folder

    def folder(self, start: Path) -> None:
        stack = [start]
        while stack:
            folder = stack.pop()
            try:
                found = folder.stat()
                if (found.st_dev, found.st_ino) in self.seen:
                    continue  # read already, through another path
                self.seen.add((found.st_dev, found.st_ino))
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name, reverse=True)
            except OSError as error:
                self.problem(
                    folder,
                    Words(
                        "cannot list folder: {reason}; make it readable, or move it out of the fact folder",
                        reason=error.strerror,
                    ),
                )
                continue
            for entry in entries:
                stack.extend(self.entry(entry))

    def entry(self, entry: os.DirEntry[str]) -> list[Path]:
        """The folder to read next, if `entry` is one; a fact file or a problem otherwise. The
        common cases are told by the folder listing alone, without a `stat` (this runs on every
        lookup)."""
        fact_file = os.path.normcase(entry.name).endswith(".toml")
        try:
            if entry.is_symlink():
                return self.symlink(Path(entry.path), fact_file)
            if entry.is_dir(follow_symlinks=False):
                if _is_utf8(entry.name):
                    return [Path(entry.path)]
                self.problem(entry.path, Words("the folder's name is not valid UTF-8; rename it in UTF-8"))
            elif fact_file:
                regular = entry.is_file(follow_symlinks=False)
                mode = stat.S_IFREG if regular else entry.stat(follow_symlinks=False).st_mode
                self.fact_file(Path(entry.path), mode)
        except OSError as error:  # pragma: no cover - removed while being read
            self.problem(entry.path, Words("cannot read: {reason}", reason=error.strerror))
        return []

    def symlink(self, path: Path, fact_file: bool) -> list[Path]:
        try:
            mode = path.stat().st_mode
        except OSError as error:
            if fact_file:
                self.broken_link(path, error)
            return []
        if stat.S_ISDIR(mode):
            self.links.append(path)
        elif fact_file:
            self.fact_file(path, mode)
        return []

    def broken_link(self, path: Path, error: OSError) -> None:
        if error.errno == errno.ENOENT:
            target = printable(str(path.readlink()))
            self.problem(
                path,
                Words("a symlink to {target}, which does not exist; fix or remove the link", target=target),
            )
        elif error.errno == errno.ELOOP:
            self.problem(
                path, Words("a symlink that loops (it leads back to itself); fix or remove the link")
            )
        else:
            self.problem(
                path,
                Words("cannot follow the symlink: {reason}; fix or remove the link", reason=error.strerror),
            )

    def fact_file(self, path: Path, mode: int) -> None:
        if not stat.S_ISREG(mode):
            self.problem(
                path,
                Words(
                    "{kind}, not a fact file; fact files are regular *.toml files: move it out of "
                    "the fact folder, or rename it",
                    kind=_kind(mode),
                ),
            )
        elif not _is_utf8(path.name):
            self.problem(path, Words("the file's name is not valid UTF-8; rename it in UTF-8"))
        elif not os.access(path, os.R_OK):
            self.problem(path, Words("cannot read file: permission denied; make it readable (chmod u+r)"))
        else:
            self.files.append(path)


def fact_files(directories: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """All `*.toml` files under the given directories, in a stable order, and a problem for every
    thing below them that is not a readable fact file although it might hold facts (README "Fact
    folders"): nothing is skipped silently."""
    files: list[Path] = []
    problems: list[Problem] = []
    for directory in directories:
        where = display_path(directory)
        if not _is_utf8(str(directory)):
            problems.append(
                Problem(Words("the fact folder's name is not valid UTF-8; rename it"), file=where)
            )
        elif not directory.exists():
            try:
                directory.stat()
                reason: str = Words("fact folder does not exist")
            except OSError as error:
                reason = _missing_folder(error)
            problems.append(Problem(reason, file=where))
        elif not directory.is_dir():
            problems.append(Problem(Words("not a folder; give a folder of *.toml files"), file=where))
        else:
            walk = _Walk()
            walk.walk(directory)
            # Absolute (links not followed), so that a record's origin reads the same whether the
            # base comes from the files or from the cache, whatever the current folder.
            files.extend(sorted(Path(os.path.abspath(found)) for found in walk.files))  # noqa: PTH100
            problems.extend(walk.problems)
    return files, problems


def _missing_folder(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return Words("fact folder is a symlink that loops; give a folder of *.toml files")
    if error.errno == errno.ENOENT:
        return Words("fact folder does not exist")
    return Words("cannot read fact folder: {reason}", reason=error.strerror)


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
        return None, Problem(
            Words("cannot read file: {reason}", reason=error.strerror or str(error)), file=where
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, Problem(
            Words(
                "not UTF-8 text (invalid byte at offset {offset}); save the file as UTF-8", offset=error.start
            ),
            file=where,
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
        return None, Problem(Words("invalid TOML: nested too deeply to read"), file=where)


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

#: What a curator most likely meant by a value TOML cannot read, by how the value looks.
SYNTAX_HINTS = (
    (
        r"=\s*(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})\s*$",
        "a date is written year-month-day without quotes: {year}-{month}-{day}",
    ),
    (r"=\s*-?\d+,\d", "a number has a decimal point, not a comma (1.7), or is written whole: 1_700_000_000"),
    (r"=\s*[^\s\"'\[{0-9+\-]", 'text goes in double quotes: key = "text"'),
)

#: The TOML parser's own messages (tomllib's), each a phrase: what it says is said again in the
#: run's language, the key or character it names kept as it is. A message none fits is kept as
#: the parser wrote it.
PARSER_MESSAGES = (
    "invalid statement",
    "expected newline or end of document after a statement",
    "found invalid character {char}",
    "cannot declare {key} twice",
    "cannot overwrite a value",
    "expected ']' at the end of a table declaration",
    "cannot mutate immutable namespace {key}",
    "expected ']]' at the end of an array declaration",
    "cannot redefine namespace {key}",
    "expected '=' after a key in a key/value pair",
    "invalid initial character for a key part",
    "unclosed array",
    "duplicate inline table key {key}",
    "unclosed inline table",
    "unescaped '\\' in a string",
    "invalid hex value",
    "escaped character is not a Unicode scalar value",
    "unterminated string",
    "illegal character {char}",
    "invalid date or datetime",
    "invalid value",
    "expected {expected}",
)


def _parser_words(reason: str) -> str:
    """The parser's message (first letter lowered) as Words of `PARSER_MESSAGES`, else as written."""
    for template in PARSER_MESSAGES:
        pattern = re.escape(template).replace(r"\{", "{").replace(r"\}", "}")
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>.+)", pattern)
        if match := re.fullmatch(pattern, reason):
            return Words(template, **match.groupdict())
    return Words("{parser_says}", parser_says=reason)


def syntax_error(message: str, text: str) -> str:
    """The parser's message with its line and column first, the line itself, and what was likely meant."""
    at = _AT.search(message)
    if at is None:
        return Words("invalid TOML: {parser_says}", parser_says=message)
    reason = message[: at.start()]
    number = int(at[1])
    lines = text.splitlines()
    line = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    found = ((re.search(pattern, line), hint) for pattern, hint in SYNTAX_HINTS)
    hint = next(
        (
            Words(hint, **{k: v.zfill(2) if k != "year" else v for k, v in match.groupdict().items()})
            for match, hint in found
            if match
        ),
        None,
    )
    values: dict[str, object] = {
        "line": number,
        "column": int(at[2]),
        "reason": _parser_words(f"{reason[:1].lower()}{reason[1:]}"),
    }
    template = "invalid TOML at line {line}, column {column}: {reason}"
    if line:
        template += " in {text}"
        values["text"] = f"`{line[:120]}`"
    if hint is not None:
        template += "; {hint}"
        values["hint"] = hint
    return Words(template, **values)


def checksum(data: bytes) -> str:
    """The SHA-256 of an archived article's bytes, in hex: what a source's `sha256` records."""
    import hashlib

    return hashlib.sha256(data).hexdigest()

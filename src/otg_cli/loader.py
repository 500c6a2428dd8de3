"""Loading the fact base: validating fact files (found and parsed in `factfiles`) into records.

Every problem is collected, not only the first, and each names its file, record and field, so that
one run of `otg check` shows a curator everything to fix.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otg_cli import kinds
from otg_cli.errors import OtgError, Problem, Words
from otg_cli.factfiles import display_path, fact_files, parse_toml_file
from otg_cli.models import (
    PLACEHOLDER,
    Fact,
    FactBase,
    Record,
)
from otg_cli.pending import Pending

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from otg_cli.builder import Builder


__all__ = [
    "ACCEPTED_TABLES",
    "ProgressCallback",
    "display_path",
    "fact_files",
    "load_fact_base",
    "load_with_problems",
    "parse_toml_file",
    "validate_record",
]


class _Loaded:
    """Records as they come out of validation, before cross-references are checked."""

    def __init__(self, problems: list[Problem]) -> None:
        self.records: list[tuple[Record, Path]] = []
        self.problems = problems
        #: Ids of what could not be read, so that references to them are not reported as errors too.
        self.pending = Pending()


def _json_default(value: object) -> str:
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    raise TypeError(f"cannot represent {type(value).__name__}")


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(kind: type[Record]) -> TypeAdapter[Any]:
    # Imported here: building validators is the slowest part of a cold start, and the query
    # commands never need it once the base is validated.
    from pydantic import TypeAdapter

    if kind not in _ADAPTERS:
        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]


def validate_record(kind: type[Record], raw: dict[str, Any]) -> tuple[Record | None, list[tuple[str, str]]]:
    """Validate one TOML table in pydantic's strict JSON mode.

    Strict JSON mode refuses a number written as a string ("4.3" for `value`) and any unknown key,
    and still reads TOML's own dates, which are passed as ISO text.
    Returns the record, or the (field, message) pairs that are wrong with it.
    """
    from pydantic import ValidationError

    try:
        text = json.dumps(raw, default=_json_default, allow_nan=False)
    except ValueError:
        return None, [("(record)", "numbers must be finite (nan and inf are not figures)")]
    except (TypeError, RecursionError) as error:
        return None, [("(record)", f"unsupported value: {error}")]
    try:
        return _adapter(kind).validate_json(text, strict=True), []
    except ValidationError as error:
        from otg_cli.field_errors import plain_errors

        return None, plain_errors(kind, error.errors(include_url=False))


def _record_label(raw: object, index: int) -> str:
    if isinstance(raw, dict):
        for key in ("id", "code"):
            if isinstance(raw.get(key), str):
                return str(raw[key])
    return f"#{index + 1}"


#: Stored kinds by their name in fact files, in the order the loader reads them.
_STORED_BY_TABLE = {kind.table: kind for kind in kinds.STORED}
ACCEPTED_TABLES = ", ".join(f"[[{name}]]" for name in _STORED_BY_TABLE)


#: Reads a fact file's bytes (the cache's reader also stamps and hashes them).
Reader = Callable[[Path], bytes]


def _load_file(path: Path, into: _Loaded, read: Reader = Path.read_bytes) -> None:
    where = display_path(path)
    parsed: list[bytes] = []

    def reading(file: Path) -> bytes:
        parsed.append(read(file))
        return parsed[-1]

    document, problem = parse_toml_file(path, reading)
    if problem is not None:
        into.problems.append(problem)
        into.pending.add_file(path)
        return
    assert document is not None
    from otg_cli.safe_text import control_messages, may_hold

    suspect = not parsed or may_hold(parsed[0])  # control or invisible characters (safe_text)
    if not document:
        into.problems.append(
            Problem(
                Words(
                    "no records in this fact file; expected tables such as {tables}", tables=ACCEPTED_TABLES
                ),
                file=where,
            )
        )
    for table, rows in document.items():
        stored = _STORED_BY_TABLE.get(table)
        kind = stored.record if stored is not None else None
        if kind is None:
            into.problems.append(
                Problem(
                    Words(
                        "unknown table [[{table}]]; accepted: {tables}", table=table, tables=ACCEPTED_TABLES
                    ),
                    file=where,
                )
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            must = Words("`{table}` must be an array of tables: [[{table}]]", table=table)
            into.problems.append(Problem(must, file=where))
            continue
        for index, row in enumerate(rows):
            label = f"{table} {_record_label(row, index)}"
            raw = _unless_placeholder(row, Problem("", file=where, record=label, field=PLACEHOLDER), into)
            for field, message in control_messages(raw) if suspect else ():
                into.problems.append(Problem(message, file=where, record=label, field=field))
            record, errors = validate_record(kind, raw)
            for field, message in errors:
                into.problems.append(Problem(message, file=where, record=label, field=field))
            if errors and isinstance(raw, dict):
                into.pending.add_record(raw.get(kinds.kind_for(kind).key), label, where)
            if record is not None:
                into.records.append((record, path))


def _unless_placeholder(raw: dict[str, Any], where: Problem, into: _Loaded) -> dict[str, Any]:
    """A record marked as a placeholder (`otg init`'s examples, `otg draft`'s proposals) is an
    error until someone confirms it and deletes the mark; the rest of it is checked as usual."""
    if PLACEHOLDER not in raw:
        return raw
    said = raw[PLACEHOLDER]
    what = said if isinstance(said, str) and said.strip() else "replace it with your article's facts"
    into.problems.append(
        where._replace(message=f"placeholder record: {what}, then delete its `{PLACEHOLDER}` line")
    )
    return {key: value for key, value in raw.items() if key != PLACEHOLDER}


ProgressCallback = Callable[[int, int], None]


def load_with_problems(
    directories: Sequence[Path], progress: ProgressCallback | None = None
) -> tuple[FactBase, list[Problem]]:
    """Load what can be loaded and report every problem; used by `otg check`.

    `progress(done, total)` is called after each file, for a progress bar the caller may show.
    """
    files, problems = fact_files(directories)
    base, found, _ = _load_files(files, problems, progress)
    return base, found


def _load_files(
    files: Sequence[Path],
    problems: list[Problem],
    progress: ProgressCallback | None,
    read: Reader = Path.read_bytes,
) -> tuple[FactBase, list[Problem], Builder]:
    loaded = _Loaded(problems=list(problems))
    for done, path in enumerate(files, start=1):
        _load_file(path, loaded, read)
        if progress is not None:
            progress(done, len(files))
    from otg_cli.builder import Builder

    builder = Builder(loaded.pending)
    for record, path in loaded.records:
        builder.add(record, path)
    builder.check_references()
    found = [p for p in builder.problems if not _held_back(p, builder)]
    builder.loaded = loaded.records
    return builder.build(), loaded.problems + found + loaded.pending.problems(), builder


def _held_back(problem: Problem, builder: Builder) -> bool:
    """Whether a problem is an unknown fact in `conflicts_with` or `part_of` that a fact file
    which could not be read may define (see `pending`)."""
    match = re.fullmatch(r"conflicts_with\[(\d+)\]|part_of", problem.field or "")
    fact = builder.table(Fact).get((problem.record or "").removeprefix("fact "))
    if match is None or fact is None:
        return False
    other = fact.conflicts_with[int(match[1])] if match[1] else fact.part_of
    return other is not None and other not in builder.table(Fact) and builder.pending.holds(other)


def load_fact_base(
    directories: Sequence[Path], *, use_cache: bool = True, progress: ProgressCallback | None = None
) -> FactBase:
    """The validated fact base: from the cache when it holds every fact file's current content,
    updated for the files that changed when it can be (`incremental`), else read from the files.

    Raises OtgError listing every problem when the base is invalid.
    """
    from otg_cli import cache, incremental

    files, problems = fact_files(directories)
    if use_cache and not problems:
        cached = incremental.from_cache(directories, files)
        if cached is not None:
            return cached
    reader = incremental.StampingReader()
    base, problems, builder = _load_files(files, problems, progress, reader.read)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        template = "the fact base has {count} problems; run `otg check` for the full report"
        if len(errors) == 1:
            template = "the fact base has {count} problem; run `otg check` for the full report"
        raise OtgError(Words(template, count=len(errors)), problems=errors)
    if use_cache:
        ranks = {path: rank for rank, path in enumerate(files)}
        cache.write(directories, reader.entries(files), builder.placed(builder.loaded, ranks), base)
    return base

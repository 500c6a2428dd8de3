"""Finding, parsing and validating the fact base.

Every problem is collected, not only the first, and each names its file, record and field, so that
one run of `otg check` shows a curator everything to fix.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otg_cli.errors import OtgError, Problem
from otg_cli.models import (
    COUNTRY_CODE,
    RECORD_ID,
    RECORD_TABLES,
    Agreement,
    Citation,
    Country,
    Event,
    Fact,
    FactBase,
    Group,
    Record,
    Source,
    Target,
    record_key,
    record_kind,
)

if TYPE_CHECKING:
    from pydantic import TypeAdapter


@cache
def display_path(path: Path) -> str:
    """A path as short as it can be while still being findable: relative to the cwd when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass(eq=False)
class _Loaded:
    """Records as they come out of validation, before cross-references are checked."""

    records: list[tuple[Record, Path]] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)


def _is_country_code(text: str) -> bool:
    return re.fullmatch(COUNTRY_CODE, text) is not None


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


def parse_toml_file(path: Path) -> tuple[dict[str, Any] | None, Problem | None]:
    """Parse one TOML file; a problem instead of an exception for anything unreadable."""
    where = display_path(path)
    try:
        data = path.read_bytes()
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
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as error:
        return None, Problem(f"invalid TOML: {error}", file=where)
    except RecursionError:
        return None, Problem("invalid TOML: nested too deeply to read", file=where)


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


def _field_path(location: Iterable[int | str]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(record)"


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
        found: list[tuple[str, str]] = []
        for item in error.errors(include_url=False):
            message = str(item["msg"]).removeprefix("Value error, ")
            if item["type"] == "unexpected_keyword_argument":
                allowed = ", ".join(f.name for f in dataclasses.fields(kind))
                message = f"unknown field; accepted: {allowed}"
            elif item["type"] == "literal_error":
                message = f"{message}; got {item['input']!r}"
            found.append((_field_path(item["loc"]), message))
        return None, found


def _record_label(raw: object, index: int) -> str:
    if isinstance(raw, dict):
        for key in ("id", "code"):
            if isinstance(raw.get(key), str):
                return str(raw[key])
    return f"#{index + 1}"


ACCEPTED_TABLES = ", ".join(f"[[{name}]]" for name in RECORD_TABLES)


def _load_file(path: Path, into: _Loaded) -> None:
    where = display_path(path)
    document, problem = parse_toml_file(path)
    if problem is not None:
        into.problems.append(problem)
        return
    assert document is not None
    if not document:
        into.problems.append(
            Problem(f"no records in this fact file; expected tables such as {ACCEPTED_TABLES}", file=where)
        )
    for table, rows in document.items():
        kind = RECORD_TABLES.get(table)
        if kind is None:
            into.problems.append(
                Problem(f"unknown table [[{table}]]; accepted: {ACCEPTED_TABLES}", file=where)
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            into.problems.append(Problem(f"`{table}` must be an array of tables: [[{table}]]", file=where))
            continue
        for index, raw in enumerate(rows):
            record, errors = validate_record(kind, raw)
            label = f"{table} {_record_label(raw, index)}"
            for field, message in errors:
                into.problems.append(Problem(message, file=where, record=label, field=field))
            if record is not None:
                into.records.append((record, path))


def citations_of(record: Record) -> list[tuple[str, Citation]]:
    """Every citation in a record with the field it sits in (participants' included)."""
    found: list[tuple[str, Citation]] = []
    if isinstance(record, Fact | Event | Agreement | Target | Group):
        found.extend((f"citations[{i}]", c) for i, c in enumerate(record.citations))
    if isinstance(record, Event):
        found.extend(
            (f"participants[{i}].citation", p.citation)
            for i, p in enumerate(record.participants)
            if p.citation is not None
        )
    return found


class _Builder:
    """Turns validated records into a FactBase, checking ids and cross-references."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.tables: dict[type[Record], dict[str, Any]] = {kind: {} for kind in RECORD_TABLES.values()}
        self.origins: dict[str, str] = {}
        self.archive_paths: dict[str, Path] = {}

    def add(self, record: Record, path: Path) -> None:
        key = record_key(record)
        where = display_path(path)
        kind_name = record_kind(record)
        if isinstance(record, Country):
            if not _is_country_code(key):
                self.problems.append(
                    Problem("must be an ISO 3166-1 alpha-2 code such as KZ", where, f"country {key}", "code")
                )
        elif not re.fullmatch(RECORD_ID, key):
            self.problems.append(
                Problem(
                    "ids are lower-case words joined by hyphens, such as kz-uz-turnover-2025",
                    where,
                    f"{kind_name} {key}",
                    "id",
                )
            )
        namespace_key = f"country:{key}" if isinstance(record, Country) else key
        if namespace_key in self.origins:
            self.problems.append(
                Problem(
                    f"duplicate id; first defined in {self.origins[namespace_key]}",
                    where,
                    f"{kind_name} {key}",
                    "code" if isinstance(record, Country) else "id",
                )
            )
            return
        self.origins[namespace_key] = where
        self.tables[type(record)][key] = record
        if isinstance(record, Source):
            self.archive_paths[key] = path.parent / record.archive

    def _party_known(self, code: str) -> bool:
        if code in self.tables[Group]:
            return True
        if not _is_country_code(code):
            return False
        return code in self.tables[Country] or _is_iso_country(code)

    def check_references(self) -> None:
        sources: dict[str, Source] = self.tables[Source]
        events: dict[str, Event] = self.tables[Event]
        facts: dict[str, Fact] = self.tables[Fact]
        groups: dict[str, Group] = self.tables[Group]
        for key in sources:
            archive = self.archive_paths[key]
            if not archive.is_file():
                self.problems.append(
                    Problem(
                        f"archived article not found: {display_path(archive)}",
                        self.origins[key],
                        f"source {key}",
                        "archive",
                    )
                )
        all_records: dict[str, Record] = {}
        for table in self.tables.values():
            all_records.update(table)
        for key, record in all_records.items():
            if isinstance(record, Country):
                continue
            origin = self.origins[key]
            label = f"{record_kind(record)} {key}"

            def report(message: str, field: str, _origin: str = origin, _label: str = label) -> None:
                self.problems.append(Problem(message, _origin, _label, field))

            for field, citation in citations_of(record):
                if citation.source not in sources:
                    report(
                        f"unknown source {citation.source!r}; known: {', '.join(sorted(sources))}",
                        f"{field}.source",
                    )
            parties: tuple[str, ...] = ()
            if isinstance(record, Fact | Agreement | Target):
                parties = record.parties
            for index, party in enumerate(parties):
                if not self._party_known(party):
                    report(
                        f"unknown party {party!r}; accepted: an ISO 3166-1 alpha-2 code (KZ) or the id "
                        f"of a [[group]] ({', '.join(sorted(groups)) or 'none defined'})",
                        f"parties[{index}]",
                    )
            if len(set(parties)) != len(parties):
                report("a party is listed twice", "parties")
            if isinstance(record, Group):
                for index, member in enumerate(record.members):
                    if not (_is_country_code(member.country) and self._party_known(member.country)):
                        report(f"unknown country {member.country!r}", f"members[{index}].country")
            if isinstance(record, Event):
                for field, code in [("country", record.country)] + [
                    (f"participants[{i}].country", p.country) for i, p in enumerate(record.participants)
                ]:
                    if code is not None and not (_is_country_code(code) and self._party_known(code)):
                        report(f"unknown country {code!r}", field)
            if (
                isinstance(record, Agreement | Target)
                and record.event is not None
                and record.event not in events
            ):
                report(f"unknown event {record.event!r}", "event")
            proposer = record.proposed_by if isinstance(record, Agreement) else None
            if proposer is not None and not self._party_known(proposer):
                report(f"unknown party {proposer!r}", "proposed_by")
            if isinstance(record, Fact):
                for index, other in enumerate(record.conflicts_with):
                    if other not in facts:
                        report(f"unknown fact {other!r}", f"conflicts_with[{index}]")
                    elif key not in facts[other].conflicts_with:
                        report(
                            f"fact {other!r} does not list this fact back in its conflicts_with",
                            f"conflicts_with[{index}]",
                        )
                if record.part_of is not None and record.part_of not in facts:
                    report(f"unknown fact {record.part_of!r}", "part_of")

    def build(self) -> FactBase:
        return FactBase(
            sources=self.tables[Source],
            groups=self.tables[Group],
            countries=self.tables[Country],
            events=self.tables[Event],
            facts=self.tables[Fact],
            agreements=self.tables[Agreement],
            targets=self.tables[Target],
            origins={k.removeprefix("country:"): v for k, v in self.origins.items()},
            archive_paths=self.archive_paths,
        )


@cache
def _is_iso_country(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


ProgressCallback = Callable[[int, int], None]


def load_with_problems(
    directories: Sequence[Path], progress: ProgressCallback | None = None
) -> tuple[FactBase, list[Problem]]:
    """Load what can be loaded and report every problem; used by `otg check`.

    `progress(done, total)` is called after each file, for a progress bar the caller may show.
    """
    files, problems = fact_files(directories)
    return _load_files(files, problems, progress)


def _load_files(
    files: Sequence[Path], problems: list[Problem], progress: ProgressCallback | None
) -> tuple[FactBase, list[Problem]]:
    loaded = _Loaded(problems=list(problems))
    for done, path in enumerate(files, start=1):
        _load_file(path, loaded)
        if progress is not None:
            progress(done, len(files))
    builder = _Builder()
    for record, path in loaded.records:
        builder.add(record, path)
    builder.check_references()
    return builder.build(), loaded.problems + builder.problems


def load_fact_base(
    directories: Sequence[Path], *, use_cache: bool = True, progress: ProgressCallback | None = None
) -> FactBase:
    """The validated fact base, from the cache when no fact file changed since it was written.

    Raises OtgError listing every problem when the base is invalid.
    """
    from otg_cli import cache as fact_cache

    files, problems = fact_files(directories)
    if use_cache and not problems:
        cached = fact_cache.read(directories, files)
        if cached is not None:
            return cached
    base, problems = _load_files(files, problems, progress)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        noun = "problem" if len(errors) == 1 else "problems"
        raise OtgError(
            f"the fact base has {len(errors)} {noun}; run `otg check` for the full report",
            problems=errors,
        )
    if use_cache:
        fact_cache.write(directories, files, base)
    return base

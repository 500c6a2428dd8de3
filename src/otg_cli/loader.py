"""Loading the fact base: validating fact files (found and parsed in `factfiles`) into records.

Every problem is collected, not only the first, and each names its file, record and field, so that
one run of `otg check` shows a curator everything to fix.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otg_cli import kinds
from otg_cli.errors import OtgError, Problem
from otg_cli.factfiles import display_path, fact_files, parse_toml_file
from otg_cli.kinds import kind_of, record_key
from otg_cli.models import (
    COUNTRY_CODE,
    PLACEHOLDER,
    RECORD_ID,
    Citation,
    Country,
    Fact,
    FactBase,
    Group,
    Record,
    Source,
)
from otg_cli.pending import Pending
from otg_cli.safe_text import control_messages, may_hold
from otg_cli.text import accepted

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from otg_cli.meetings import Agreement, Event, Target

__all__ = [
    "ACCEPTED_TABLES",
    "ProgressCallback",
    "citations_of",
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


def _is_country_code(text: str) -> bool:
    return re.fullmatch(COUNTRY_CODE, text) is not None


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


def _load_file(path: Path, into: _Loaded) -> None:
    where = display_path(path)
    document, problem = parse_toml_file(path)
    if problem is not None:
        into.problems.append(problem)
        into.pending.add_file(path)
        return
    assert document is not None
    suspect = may_hold(path)  # control or invisible characters (safe_text)
    if not document:
        into.problems.append(
            Problem(f"no records in this fact file; expected tables such as {ACCEPTED_TABLES}", file=where)
        )
    for table, rows in document.items():
        stored = _STORED_BY_TABLE.get(table)
        kind = stored.record if stored is not None else None
        if kind is None:
            into.problems.append(
                Problem(f"unknown table [[{table}]]; accepted: {ACCEPTED_TABLES}", file=where)
            )
            continue
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            into.problems.append(Problem(f"`{table}` must be an array of tables: [[{table}]]", file=where))
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


def citations_of(record: Record) -> list[tuple[str, Citation]]:
    """Every citation in a record with the field it sits in (participants' included)."""
    found: list[tuple[str, Citation]] = [
        (f"citations[{i}]", c) for i, c in enumerate(getattr(record, "citations", ()))
    ]
    found.extend(
        (f"participants[{i}].citation", p.citation)
        for i, p in enumerate(getattr(record, "participants", ()))
        if p.citation is not None
    )
    return found


#: Reports one problem with the record being checked: (message, field).
_Report = Callable[[str, str], None]


class _Builder:
    """Turns validated records into a FactBase, checking ids and cross-references."""

    def __init__(self, pending: Pending) -> None:
        self.pending = pending
        self.problems: list[Problem] = []
        #: kind.plural -> key -> record, for every stored kind, in the registry's order.
        self.tables: dict[str, dict[str, Any]] = {kind.plural: {} for kind in kinds.STORED}
        self.origins: dict[str, str] = {}
        self.archive_paths: dict[str, Path] = {}

    def table(self, record_class: type[Record]) -> dict[str, Any]:
        return self.tables[kinds.kind_for(record_class).plural]

    def add(self, record: Record, path: Path) -> None:
        key = record_key(record)
        where = display_path(path)
        kind = kind_of(record)
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
                    f"{kind.table} {key}",
                    "id",
                )
            )
        namespace_key = f"country:{key}" if isinstance(record, Country) else key
        if namespace_key in self.origins:
            self.problems.append(
                Problem(
                    f"duplicate id; first defined in {self.origins[namespace_key]}",
                    where,
                    f"{kind.table} {key}",
                    kind.key,
                )
            )
            return
        self.origins[namespace_key] = where
        self.tables[kind.plural][key] = record
        if isinstance(record, Source):
            self.archive_paths[key] = path.parent / record.archive

    def _party_known(self, code: str) -> bool:
        if code in self.table(Group):
            return True
        if not _is_country_code(code):
            return False
        return code in self.table(Country) or _is_iso_country(code)

    def _country_known(self, code: str) -> bool:
        return _is_country_code(code) and self._party_known(code)

    def normalize_parties(self) -> None:
        """Parties written as queries accept them (KAZ, Казахстан, OTS) become codes and group ids."""
        from otg_cli.parties import normalizer

        normalized = normalizer(self.build(), self._party_known)
        for table in self.tables.values():
            for key, record in list(table.items()):
                table[key] = normalized(record)

    def check_references(self) -> None:
        self.normalize_parties()
        self._check_archives()
        all_records: dict[str, Record] = {}
        for table in self.tables.values():
            all_records.update(table)
        for key, record in all_records.items():
            if not isinstance(record, Country):
                self._check_record(key, record)

    def _check_archives(self) -> None:
        for key in self.table(Source):
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

    def _check_record(self, key: str, record: Record) -> None:
        from otg_cli.meetings import Agreement, Event, Target

        origin = self.origins[key]
        label = f"{kind_of(record).table} {key}"

        def report(message: str, field: str) -> None:
            self.problems.append(Problem(message, origin, label, field))

        self._check_citations(record, report)
        self._check_parties(getattr(record, "parties", ()), report)
        if isinstance(record, Group):
            self._check_members(record, report)
        if isinstance(record, Event):
            self._check_event_countries(record, report)
        if isinstance(record, Agreement | Target):
            self._check_links(record, report)
        if isinstance(record, Fact):
            self._check_related_facts(key, record, report)

    def _check_citations(self, record: Record, report: _Report) -> None:
        sources = self.table(Source)
        for field, citation in citations_of(record):
            if citation.source not in sources and not self.pending.holds(citation.source):
                report(
                    f"unknown source {citation.source!r}"
                    + accepted(citation.source, sorted(sources), also=self.pending.ids()),
                    f"{field}.source",
                )

    def _check_parties(self, parties: tuple[str, ...], report: _Report) -> None:
        for index, party in enumerate(parties):
            if not self._party_known(party) and not self.pending.holds(party):
                report(self._unknown_party(party), f"parties[{index}]")
        if len(set(parties)) != len(parties):
            report("a party is listed twice", "parties")

    def _unknown_party(self, party: str) -> str:
        from otg_cli.countries import PARTY_FORMS
        from otg_cli.parties import suggestion

        groups = ", ".join(sorted(self.table(Group))) or "none defined"
        guess = suggestion(party, self.build())
        accepted = f"{guess} Accepted" if guess else "; accepted"
        return f"unknown party {party!r}{accepted}: {PARTY_FORMS} (groups here: {groups})"

    def _unknown_country(self, code: str) -> str:
        from otg_cli.parties import suggestion

        return f"unknown country {code!r}{suggestion(code, self.build())}"

    def _check_members(self, group: Group, report: _Report) -> None:
        for index, member in enumerate(group.members):
            if not self._country_known(member.country):
                report(self._unknown_country(member.country), f"members[{index}].country")

    def _check_event_countries(self, event: Event, report: _Report) -> None:
        for field, code in [("country", event.country)] + [
            (f"participants[{i}].country", p.country) for i, p in enumerate(event.participants)
        ]:
            if code is not None and not self._country_known(code):
                report(self._unknown_country(code), field)

    def _check_links(self, record: Agreement | Target, report: _Report) -> None:
        events = self.tables["events"]
        if record.event is not None and record.event not in events and not self.pending.holds(record.event):
            report(f"unknown event {record.event!r}" + accepted(record.event, sorted(events)), "event")
        proposer = getattr(record, "proposed_by", None)
        if proposer is not None and not self._party_known(proposer) and not self.pending.holds(proposer):
            report(self._unknown_party(proposer), "proposed_by")

    def _check_related_facts(self, key: str, fact: Fact, report: _Report) -> None:
        facts = self.table(Fact)
        # One side is enough (`disagreements`): a user's fact may point at a bundled one.
        for index, other in enumerate(fact.conflicts_with):
            if other == key:
                report("a fact cannot disagree with itself", f"conflicts_with[{index}]")
            elif other not in facts:
                report(f"unknown fact {other!r}", f"conflicts_with[{index}]")
        if fact.part_of is not None and fact.part_of not in facts:
            report(f"unknown fact {fact.part_of!r}", "part_of")

    def build(self) -> FactBase:
        from otg_cli import disagreements

        return FactBase(
            tables=self.tables,
            origins={k.removeprefix("country:"): v for k, v in self.origins.items()},
            archive_paths=self.archive_paths,
            disagreements=disagreements.find(self.table(Fact).values()),
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
    builder = _Builder(loaded.pending)
    for record, path in loaded.records:
        builder.add(record, path)
    builder.check_references()
    found = [p for p in builder.problems if not _held_back(p, builder)]
    return builder.build(), loaded.problems + found + loaded.pending.problems()


def _held_back(problem: Problem, builder: _Builder) -> bool:
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

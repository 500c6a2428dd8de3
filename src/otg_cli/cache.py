"""A cache of the validated fact base, so that a lookup does not re-parse and re-validate TOML.

The cache is one SQLite file (never pickle: a cache file must not be able to run code) in the
user's cache directory, each record stored as the JSON of its validated fields. Facts sit in an
indexed table, so a query over 100,000 of them decodes only those with the right measure, parties
and period. It is keyed on otg's version, the model definitions and the size and mtime of every
fact file, and is rebuilt when any of them changes. A cache that cannot be read, is corrupt, or
comes from another version is ignored; a cache directory that cannot be written is not an error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import os
import types
import typing
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from otg_cli import __version__, models
from otg_cli.models import RECORD_TABLES, FactBase
from otg_cli.settings import cache_dir, cache_disabled

FORMAT = 1


def _stamp(files: Sequence[Path]) -> list[list[object]]:
    stamps: list[list[object]] = []
    for path in files:
        status = path.stat()
        stamps.append([str(path), status.st_size, status.st_mtime_ns])
    return stamps


def cache_key(directories: Sequence[Path], files: Sequence[Path]) -> dict[str, Any]:
    model_file = Path(models.__file__)
    return {
        "format": FORMAT,
        "otg": __version__,
        "models": model_file.stat().st_mtime_ns,
        "directories": [str(d.resolve()) for d in directories],
        "files": _stamp(files),
    }


def cache_path(directories: Sequence[Path]) -> Path:
    digest = f"{zlib.crc32(chr(0).join(str(d.resolve()) for d in directories).encode()):08x}"
    return cache_dir() / f"factbase-{digest}.sqlite"


# Decoding: the cache holds records exactly as validated, so they are rebuilt field by field
# without pydantic. Each record class gets a decoder built once from its type hints.

Decoder = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _decoder_for(hint: Any) -> Decoder:
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _decoder_for(typing.get_args(hint)[0])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _decoder_for(options[0]) if len(options) == 1 else _identity
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _decoder_for(typing.get_args(hint)[0])
        return lambda value: tuple(item(v) for v in value)
    if hint is datetime.date:
        return datetime.date.fromisoformat
    if hint is float:
        return float
    if dataclasses.is_dataclass(hint):
        return _record_decoder(typing.cast(type, hint))
    return _identity


_DECODERS: dict[type, Decoder] = {}


def _record_decoder(kind: type) -> Decoder:
    if kind not in _DECODERS:
        hints = {f.name: f.type for f in dataclasses.fields(kind)}
        if any(isinstance(hint, str) for hint in hints.values()):  # postponed annotations
            hints = typing.get_type_hints(kind, include_extras=True)
        fields = [(f.name, _decoder_for(hints[f.name])) for f in dataclasses.fields(kind)]

        defaults = {
            f.name: f.default for f in dataclasses.fields(kind) if f.default is not dataclasses.MISSING
        }
        new = object.__new__
        assign = object.__setattr__

        def decode(data: dict[str, Any]) -> Any:
            # The cache holds records that passed validation when it was written, so they are
            # rebuilt without running __init__ and __post_init__ again: several times faster, and
            # a cache of 100,000 records is read within the one-second budget.
            instance: Any = new(kind)
            for name, convert in fields:
                # Records have slots and are frozen: object.__setattr__ is how a dataclass's own
                # __init__ fills them.
                assign(instance, name, convert(data[name]) if name in data else defaults[name])
            return instance

        _DECODERS[kind] = decode
    return _DECODERS[kind]


def _encode(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _json(record: object) -> str:
    return json.dumps(dataclasses.asdict(record), default=_encode, ensure_ascii=False)  # type: ignore[call-overload]


_TABLE_ATTRIBUTE = {
    "source": "sources",
    "group": "groups",
    "country": "countries",
    "event": "events",
    "fact": "facts",
    "agreement": "agreements",
    "target": "targets",
}

_SCHEMA = """
CREATE TABLE meta (key TEXT NOT NULL);
CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, origin TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE facts (
    id TEXT PRIMARY KEY, measure TEXT NOT NULL, parties TEXT NOT NULL,
    start TEXT, "end" TEXT, origin TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX facts_by_measure ON facts (measure);
CREATE TABLE archives (source TEXT PRIMARY KEY, path TEXT NOT NULL);
"""


def write(directories: Sequence[Path], files: Sequence[Path], base: FactBase) -> None:
    """Store the validated base; silently skip when the cache directory is not writable."""
    import sqlite3

    target = cache_path(directories)
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        with sqlite3.connect(temporary) as connection:
            connection.executescript(_SCHEMA)
            connection.execute("INSERT INTO meta VALUES (?)", (json.dumps(cache_key(directories, files)),))
            for name in RECORD_TABLES:
                if name == "fact":
                    continue
                table: dict[str, Any] = getattr(base, _TABLE_ATTRIBUTE[name])
                connection.executemany(
                    "INSERT INTO records VALUES (?, ?, ?, ?)",
                    ((name, key, base.origins.get(key, ""), _json(r)) for key, r in table.items()),
                )
            connection.executemany(
                "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        f.id,
                        f.measure,
                        _party_text(f.parties),
                        f.period.start.isoformat() if f.period.start else None,
                        f.period.end.isoformat() if f.period.end else None,
                        base.origins.get(f.id, ""),
                        _json(f),
                    )
                    for f in base.facts.values()
                ),
            )
            connection.executemany(
                "INSERT INTO archives VALUES (?, ?)", ((k, str(v)) for k, v in base.archive_paths.items())
            )
        connection.close()
        temporary.replace(target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _party_text(parties: Sequence[str]) -> str:
    """Parties as `|KZ|UZ|`, so that SQL can pre-select with LIKE '%|KZ|%'."""
    return "|" + "|".join(parties) + "|"


class CachedFacts:
    """The facts of a cached base, read from SQLite on demand (see models.FactStore)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._decode = _record_decoder(models.Fact)

    def _one(self, key: object) -> Any:
        row = self._connection.execute("SELECT data FROM facts WHERE id = ?", (key,)).fetchone()
        return None if row is None else self._decode(json.loads(row[0]))

    def __getitem__(self, key: str) -> models.Fact:
        found = self._one(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def get(self, key: str) -> models.Fact | None:
        return self._one(key)  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return self._connection.execute("SELECT 1 FROM facts WHERE id = ?", (key,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self._connection.execute("SELECT id FROM facts ORDER BY rowid")])

    def __len__(self) -> int:
        return int(self._connection.execute("SELECT count(*) FROM facts").fetchone()[0])

    def values(self) -> list[models.Fact]:
        rows = self._connection.execute("SELECT data FROM facts ORDER BY rowid")
        return [self._decode(json.loads(data)) for (data,) in rows]

    def candidates(
        self,
        parties: Collection[str],
        measures: Collection[str],
        start: datetime.date | None,
        end: datetime.date | None,
    ) -> list[models.Fact]:
        """Facts that may match: right measure and parties, and a period that can overlap."""
        clauses: list[str] = []
        arguments: list[str] = []
        if measures:
            clauses.append(f"measure IN ({', '.join('?' for _ in measures)})")
            arguments.extend(measures)
        for party in parties:
            clauses.append("parties LIKE ?")
            arguments.append(f"%|{party}|%")
        if start is not None and end is not None:
            # Undated facts never match a period; dated ones must at least overlap it.
            clauses.append('"end" IS NOT NULL AND "end" >= ? AND (start IS NULL OR start <= ?)')
            arguments.extend([start.isoformat(), end.isoformat()])
        where = " AND ".join(clauses) or "1"
        rows = self._connection.execute(f"SELECT data FROM facts WHERE {where} ORDER BY rowid", arguments)
        return [self._decode(json.loads(data)) for (data,) in rows]


class _RecordTable(Mapping[str, Any]):
    """The cached records of one kind, decoded when a command first reads them: a turnover
    query reads sources, groups and countries, never events, agreements or targets."""

    def __init__(self, connection: Any, kind: str) -> None:
        self._connection = connection
        self._kind = kind
        self._decoded: dict[str, Any] | None = None

    def _records(self) -> dict[str, Any]:
        if self._decoded is None:
            decode = _record_decoder(RECORD_TABLES[self._kind])
            rows = self._connection.execute(
                "SELECT data FROM records WHERE kind = ? ORDER BY rowid", (self._kind,)
            )
            found = (decode(json.loads(data)) for (data,) in rows)
            self._decoded = {models.record_key(record): record for record in found}
        return self._decoded

    def __getitem__(self, key: str) -> Any:
        return self._records()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._records()

    def __iter__(self) -> Iterator[str]:
        return iter(self._records())

    def __len__(self) -> int:
        return len(self._records())

    def get(self, key: str, default: Any = None) -> Any:
        return self._records().get(key, default)


class _Origins(Mapping[str, str]):
    """Where each record came from, read on demand: only messages about a record need it."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def __getitem__(self, key: str) -> str:
        for table in ("records", "facts"):
            row = self._connection.execute(f"SELECT origin FROM {table} WHERE id = ?", (key,)).fetchone()
            if row is not None:
                return str(row[0])
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        rows = self._connection.execute("SELECT id FROM records UNION ALL SELECT id FROM facts")
        return iter([row[0] for row in rows])

    def __len__(self) -> int:
        query = "SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM facts)"
        return int(self._connection.execute(query).fetchone()[0])


def read(directories: Sequence[Path], files: Sequence[Path]) -> FactBase | None:
    """The cached base if it is current and readable, else None."""
    if cache_disabled():
        return None
    path = cache_path(directories)
    if not path.is_file():
        return None
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        (key,) = connection.execute("SELECT key FROM meta").fetchone()
        if json.loads(key) != cache_key(directories, files):
            connection.close()
            return None
        tables = {name: _RecordTable(connection, name) for name in RECORD_TABLES if name != "fact"}
        archives = {k: Path(v) for k, v in connection.execute("SELECT source, path FROM archives")}
        return FactBase(
            **{_TABLE_ATTRIBUTE[name]: table for name, table in tables.items()},
            facts=CachedFacts(connection),
            origins=_Origins(connection),
            archive_paths=archives,
        )
    except Exception:  # any unreadable, corrupt or foreign cache is simply rebuilt
        return None

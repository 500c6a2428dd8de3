"""A cache of the validated fact base, so that a lookup does not re-parse and re-validate TOML.

The cache is one SQLite file (never pickle: a cache file must not be able to run code) in the
user's cache directory, each record stored as the JSON of its validated fields. Facts sit in an
indexed table, so a query over 100,000 of them decodes only those with the right measure, parties
and period. It is keyed on otg's version, the model definitions and the size and mtime of every
fact file, and is rebuilt when any of them changes. A cache that cannot be read, is corrupt, or
comes from another version is ignored; a cache directory that cannot be written is not an error.

Rows are decoded lazily, when a command first reads them, so a row that cannot be decoded (a
damaged or tampered file) can only be found then. Every read of a row is therefore guarded: the
first one that fails discards the cache file, loads the base from the fact files (rewriting the
cache) and answers from it from then on. A broken cache costs time, never an answer.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from otg_cli import __version__, models
from otg_cli.cache_codec import CorruptRow, record_decoder, to_json
from otg_cli.kinds import FACT, STORED, Kind, record_key
from otg_cli.models import FactBase
from otg_cli.settings import cache_dir, cache_disabled

T = TypeVar("T")

#: Bumped whenever what is stored changes shape (3: dates as precise as the source, agreements'
#: dates, facts' sectors; 4: the disagreements found when the base is built).
FORMAT = 4


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


def cache_path(directories: Sequence[Path]) -> Path | None:
    """Where the base of these folders is cached; None when there is no cache directory."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = f"{zlib.crc32(chr(0).join(str(d.resolve()) for d in directories).encode()):08x}"
    return folder / f"factbase-{digest}.sqlite"


_SCHEMA = """
CREATE TABLE meta (key TEXT NOT NULL);
CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, origin TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE facts (
    id TEXT PRIMARY KEY, measure TEXT NOT NULL, parties TEXT NOT NULL,
    start TEXT, "end" TEXT, origin TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX facts_by_measure ON facts (measure);
CREATE TABLE archives (source TEXT PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE iso_names (name TEXT PRIMARY KEY, code TEXT NOT NULL);
CREATE TABLE disagreements (
    id TEXT NOT NULL, other TEXT NOT NULL, declared INTEGER NOT NULL, detected INTEGER NOT NULL
);
"""


def write(directories: Sequence[Path], files: Sequence[Path], base: FactBase) -> None:
    """Store the validated base; silently skip when the cache directory is not writable."""
    import sqlite3

    target = cache_path(directories)
    if target is None:
        return
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        with sqlite3.connect(temporary) as connection:
            connection.executescript(_SCHEMA)
            connection.execute("INSERT INTO meta VALUES (?)", (json.dumps(cache_key(directories, files)),))
            for kind in STORED:
                if kind is not FACT:  # facts have their own indexed table
                    connection.executemany(
                        "INSERT INTO records VALUES (?, ?, ?, ?)",
                        (
                            (kind.table, key, base.origins.get(key, ""), to_json(r))
                            for key, r in base.tables[kind.plural].items()
                        ),
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
                        to_json(f),
                    )
                    for f in base.facts.values()
                ),
            )
            connection.executemany(
                "INSERT INTO archives VALUES (?, ?)", ((k, str(v)) for k, v in base.archive_paths.items())
            )
            connection.executemany(
                "INSERT INTO disagreements VALUES (?, ?, ?, ?)",
                (
                    (key, c.id, int(c.declared), int(c.detected))
                    for key, conflicts in base.disagreements.items()
                    for c in conflicts
                ),
            )
            # The ISO names the claim reader matches, so that a warm `otg verify` need not load
            # pycountry (a third of its time).
            from otg_cli.countries import iso_index

            connection.executemany("INSERT INTO iso_names VALUES (?, ?)", iso_index().items())
        connection.close()
        temporary.replace(target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _party_text(parties: Sequence[str]) -> str:
    """Parties as `|KZ|UZ|`, so that SQL can pre-select with LIKE '%|KZ|%'."""
    return "|" + "|".join(parties) + "|"


class _Guard:
    """What every cached table reads through: the cache until a row cannot be decoded, then the
    base loaded from the fact files, for the rest of the run."""

    def __init__(self, connection: Any, directories: Sequence[Path], files: Sequence[Path]) -> None:
        self.connection = connection
        self._directories = list(directories)
        self._files = list(files)
        self._base: FactBase | None = None

    def read(self, cached: Callable[[Any], T], loaded: Callable[[FactBase], T]) -> T:
        """`cached(connection)`, or `loaded(base)` once any cached read has failed."""
        if self._base is None:
            try:
                return cached(self.connection)
            except Exception:  # a damaged row, of any kind: the fact files have the answer
                self._base = self._rebuild()
        return loaded(self._base)

    def _rebuild(self) -> FactBase:
        from otg_cli.loader import load_fact_base

        path = cache_path(self._directories)
        with contextlib.suppress(Exception):
            self.connection.close()
        with contextlib.suppress(OSError):
            if path is not None:
                path.unlink(missing_ok=True)
        base = load_fact_base(self._directories, use_cache=False)
        write(self._directories, self._files, base)
        return base


class CachedFacts:
    """The facts of a cached base, read from SQLite on demand (see models.FactStore)."""

    def __init__(self, guard: _Guard) -> None:
        self._guard = guard
        self._decode = record_decoder(models.Fact)

    def _query(self, sql: str, arguments: Sequence[object] = ()) -> Callable[[Any], list[Any]]:
        """Decoded facts of a query whose only column is their data, in the order stored."""

        def run(connection: Any) -> list[Any]:
            return [self._decode(json.loads(data)) for (data,) in connection.execute(sql, arguments)]

        return run

    def get(self, key: str) -> models.Fact | None:
        found = self._guard.read(
            self._query("SELECT data FROM facts WHERE id = ?", (key,)),
            lambda base: [fact] if (fact := base.facts.get(key)) is not None else [],
        )
        return found[0] if found else None

    def __getitem__(self, key: str) -> models.Fact:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self._guard.read(
            lambda c: c.execute("SELECT 1 FROM facts WHERE id = ?", (key,)).fetchone() is not None,
            lambda base: key in base.facts,
        )

    def __iter__(self) -> Iterator[str]:
        return iter(
            self._guard.read(
                lambda c: [str(row[0]) for row in c.execute("SELECT id FROM facts ORDER BY rowid")],
                lambda base: list(base.facts),
            )
        )

    def __len__(self) -> int:
        return self._guard.read(
            lambda c: int(c.execute("SELECT count(*) FROM facts").fetchone()[0]),
            lambda base: len(base.facts),
        )

    def values(self) -> list[models.Fact]:
        return self._guard.read(
            self._query("SELECT data FROM facts ORDER BY rowid"), lambda base: list(base.facts.values())
        )

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
        return self._guard.read(
            self._query(f"SELECT data FROM facts WHERE {where} ORDER BY rowid", arguments),
            lambda base: list(base.fact_candidates(parties, measures, start, end)),
        )


class _RecordTable(Mapping[str, Any]):
    """The cached records of one kind, decoded when a command first reads them: a turnover
    query reads sources, groups and countries, never events, agreements or targets."""

    def __init__(self, guard: _Guard, kind: Kind) -> None:
        self._guard = guard
        self._kind = kind
        self._decoded: Mapping[str, Any] | None = None

    def _decode_all(self, connection: Any) -> dict[str, Any]:
        decode = record_decoder(self._kind.record)
        rows = connection.execute(
            "SELECT data FROM records WHERE kind = ? ORDER BY rowid", (self._kind.table,)
        )
        found = [decode(json.loads(data)) for (data,) in rows]
        return {record_key(record): record for record in found}

    def _records(self) -> Mapping[str, Any]:
        if self._decoded is None:
            self._decoded = self._guard.read(self._decode_all, lambda base: base.tables[self._kind.plural])
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


class _ReadOnce(Mapping[str, T]):
    """A small table of the cache, read whole when first used: the ISO names when a claim is read
    (never by a figure lookup), the disagreements when a fact is shown."""

    def __init__(
        self,
        guard: _Guard,
        cached: Callable[[Any], Mapping[str, T]],
        loaded: Callable[[FactBase], Mapping[str, T]],
    ) -> None:
        self._guard = guard
        self._cached = cached
        self._loaded = loaded
        self._found: Mapping[str, T] | None = None

    def _all(self) -> Mapping[str, T]:
        if self._found is None:
            self._found = self._guard.read(self._cached, self._loaded)
        return self._found

    def __getitem__(self, key: str) -> T:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _iso_names(connection: Any) -> dict[str, str]:
    return {str(name): str(code) for name, code in connection.execute("SELECT name, code FROM iso_names")}


def _loaded_iso_names(base: FactBase) -> Mapping[str, str]:
    from otg_cli.countries import iso_index

    return iso_index()


def _disagreements(connection: Any) -> dict[str, tuple[Any, ...]]:
    from otg_cli.disagreements import Conflict

    found: dict[str, list[Conflict]] = {}
    for key, other, declared, detected in connection.execute("SELECT * FROM disagreements ORDER BY rowid"):
        if not all(isinstance(v, str) for v in (key, other)) or {declared, detected} - {0, 1}:
            raise CorruptRow(f"not a disagreement: {key!r}, {other!r}")
        found.setdefault(key, []).append(Conflict(other, bool(declared), bool(detected)))
    return {key: tuple(conflicts) for key, conflicts in found.items()}


class _Origins(Mapping[str, str]):
    """Where each record came from, read on demand: only messages about a record need it."""

    def __init__(self, guard: _Guard) -> None:
        self._guard = guard

    @staticmethod
    def _cached(key: str) -> Callable[[Any], str | None]:
        def find(connection: Any) -> str | None:
            for table in ("records", "facts"):
                row = connection.execute(f"SELECT origin FROM {table} WHERE id = ?", (key,)).fetchone()
                if row is not None:
                    return str(row[0])
            return None

        return find

    def __getitem__(self, key: str) -> str:
        found = self._guard.read(self._cached(key), lambda base: base.origins.get(key))
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        query = "SELECT id FROM records UNION ALL SELECT id FROM facts"
        return iter(
            self._guard.read(
                lambda c: [str(row[0]) for row in c.execute(query)], lambda base: list(base.origins)
            )
        )

    def __len__(self) -> int:
        query = "SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM facts)"
        return self._guard.read(lambda c: int(c.execute(query).fetchone()[0]), lambda base: len(base.origins))


def read(directories: Sequence[Path], files: Sequence[Path]) -> FactBase | None:
    """The cached base if it is current and readable, else None."""
    if cache_disabled():
        return None
    path = cache_path(directories)
    if path is None or not path.is_file():
        return None
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        (key,) = connection.execute("SELECT key FROM meta").fetchone()
        if json.loads(key) != cache_key(directories, files):
            connection.close()
            return None
        guard = _Guard(connection, directories, files)
        archives = {k: Path(v) for k, v in connection.execute("SELECT source, path FROM archives")}
        return FactBase(
            tables={
                # CachedFacts is not a Mapping, but it reads like one (models.FactStore).
                kind.plural: cast(Mapping[str, Any], CachedFacts(guard))
                if kind is FACT
                else _RecordTable(guard, kind)
                for kind in STORED
            },
            origins=_Origins(guard),
            archive_paths=archives,
            iso_names=_ReadOnce(guard, _iso_names, _loaded_iso_names),
            disagreements=_ReadOnce(guard, _disagreements, lambda base: base.disagreements),
        )
    except Exception:  # any unreadable, corrupt or foreign cache is simply rebuilt
        return None

"""The tables of an open cache (`cache.Store`), read on demand as the fact base's mappings.

The store's seal was checked when it was opened; rows are decoded when a command first reads them
(a turnover query reads sources, groups and countries, never events, agreements or targets).
Every read goes through one guard: the first one that fails, a row that cannot be decoded or a
table that is not there, discards the cache file, loads the base from the fact files
(rewriting the cache) and answers from it for the rest of the run. A broken cache costs time,
never an answer, and never exit 70.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Collection, ItemsView, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from otg_cli import models
from otg_cli.cache_codec import CorruptRow, record_decoder
from otg_cli.factfiles import display_path
from otg_cli.kinds import FACT, STORED, Kind, record_key
from otg_cli.models import FactBase

if TYPE_CHECKING:
    from otg_cli.cache import Store

T = TypeVar("T")

#: The order records were loaded in: their file's place among the fact files, then their own.
IN_ORDER = "ORDER BY rank, pos"


class Guard:
    """What every cached table reads through: the cache until a read fails, then the base loaded
    from the fact files, for the rest of the run."""

    def __init__(self, store: Store, *, strict: bool = False) -> None:
        self.store = store
        #: Raise instead of falling back (an update must start from a sound cache or not at all).
        self.strict = strict
        self._base: FactBase | None = None

    def read(self, cached: Callable[[Any], T], loaded: Callable[[FactBase], T]) -> T:
        """`cached(connection)`, or `loaded(base)` once any read failed."""
        if self._base is None:
            try:
                return cached(self.store.connection)
            except Exception:  # a broken seal or a damaged row, of any kind: the files have the answer
                self._base = self._rebuild()
        return loaded(self._base)

    def fallback(self) -> FactBase:
        """The base from the fact files, from now on."""
        if self._base is None:
            self._base = self._rebuild()
        return self._base

    def _rebuild(self) -> FactBase:
        if self.strict:
            raise CorruptRow("a cache row could not be read")
        from otg_cli.cache import discard
        from otg_cli.loader import load_fact_base

        self.store.close()
        discard(self.store.directories)
        return load_fact_base(self.store.directories)


class CachedFacts:
    """The facts of a cached base, read from SQLite on demand (see models.FactStore)."""

    def __init__(self, guard: Guard) -> None:
        self._guard = guard
        self._decode = record_decoder(models.Fact)

    def _query(self, sql: str, arguments: Sequence[object] = ()) -> Callable[[Any], list[Any]]:
        """Decoded facts of a query whose only column is their data, in load order."""

        def run(connection: Any) -> list[Any]:
            return [self._decode(json.loads(data)) for (data,) in connection.execute(sql, arguments)]

        return run

    def _read(self, cached: Callable[[Any], T], loaded: Callable[[FactBase], T]) -> T:
        return self._guard.read(cached, loaded)

    def get(self, key: str) -> models.Fact | None:
        found = self._read(
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
        return self._read(
            lambda c: c.execute("SELECT 1 FROM facts WHERE id = ?", (key,)).fetchone() is not None,
            lambda base: key in base.facts,
        )

    def __iter__(self) -> Iterator[str]:
        return iter(
            self._read(
                lambda c: [str(row[0]) for row in c.execute(f"SELECT id FROM facts {IN_ORDER}")],
                lambda base: list(base.facts),
            )
        )

    def __len__(self) -> int:
        return self._read(
            lambda c: int(c.execute("SELECT count(*) FROM facts").fetchone()[0]),
            lambda base: len(base.facts),
        )

    def values(self) -> list[models.Fact]:
        return self._read(
            self._query(f"SELECT data FROM facts {IN_ORDER}"), lambda base: list(base.facts.values())
        )

    def with_ids(self, keys: Collection[str]) -> list[models.Fact]:
        """The facts of these ids that exist, in load order."""
        marks = ", ".join("?" for _ in keys)
        return self._read(
            self._query(f"SELECT data FROM facts WHERE id IN ({marks}) {IN_ORDER}", list(keys)),
            lambda base: [f for f in base.facts.values() if f.id in keys],
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
        return self._read(
            self._query(f"SELECT data FROM facts WHERE {where} {IN_ORDER}", arguments),
            lambda base: list(base.fact_candidates(parties, measures, start, end)),
        )


class _RecordTable(Mapping[str, Any]):
    """The cached records of one kind, decoded when a command first reads them."""

    def __init__(self, guard: Guard, kind: Kind) -> None:
        self._guard = guard
        self._kind = kind
        self._decoded: Mapping[str, Any] | None = None

    def _decode_all(self, connection: Any) -> dict[str, Any]:
        decode = record_decoder(self._kind.record)
        rows = connection.execute(f"SELECT data FROM records WHERE kind = ? {IN_ORDER}", (self._kind.table,))
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
        guard: Guard,
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

    def items(self) -> ItemsView[str, T]:  # the table's own, not a look-up per key
        return self._all().items()


def _iso_names(connection: Any) -> dict[str, str]:
    found = dict(connection.execute("SELECT name, code FROM iso_names").fetchall())
    if not all(isinstance(v, str) for pair in found.items() for v in pair):
        raise CorruptRow("not an ISO name")
    return found


def _loaded_iso_names(base: FactBase) -> Mapping[str, str]:
    from otg_cli.countries import iso_index

    return iso_index()


def read_disagreements(connection: Any) -> dict[str, tuple[Any, ...]]:
    from otg_cli.disagreements import Conflict

    found: dict[str, list[Conflict]] = {}
    for key, other, declared, detected in connection.execute("SELECT * FROM disagreements ORDER BY rowid"):
        if not all(isinstance(v, str) for v in (key, other)) or {declared, detected} - {0, 1}:
            raise CorruptRow(f"not a disagreement: {key!r}, {other!r}")
        found.setdefault(key, []).append(Conflict(other, bool(declared), bool(detected)))
    return {key: tuple(conflicts) for key, conflicts in found.items()}


class _Origins(Mapping[str, str]):
    """Where each record came from, read on demand: only messages about a record need it."""

    def __init__(self, guard: Guard) -> None:
        self._guard = guard

    @staticmethod
    def _cached(key: str) -> Callable[[Any], str | None]:
        def find(connection: Any) -> str | None:
            for table in ("records", "facts"):
                row = connection.execute(f"SELECT file FROM {table} WHERE id = ?", (key,)).fetchone()
                if row is not None:
                    return display_path(Path(row[0]))
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
                lambda c: [str(row[0]) for row in c.execute(query)],
                lambda base: list(base.origins),
            )
        )

    def __len__(self) -> int:
        query = "SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM facts)"
        return self._guard.read(
            lambda c: int(c.execute(query).fetchone()[0]),
            lambda base: len(base.origins),
        )


def _archives(store: Store) -> dict[str, Path]:
    return {str(k): Path(v) for k, v in store.connection.execute("SELECT source, path FROM archives")}


def cached_base(store: Store, *, strict: bool = False) -> FactBase:
    """The base of an open cache, as lazy, guarded mappings."""
    guard = Guard(store, strict=strict)
    try:
        archives = _archives(store)
    except Exception:  # a broken seal or a damaged row: the fact files have the answer
        return guard.fallback()
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
        disagreements=_ReadOnce(guard, read_disagreements, lambda base: base.disagreements),
    )

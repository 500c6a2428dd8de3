"""The cache brought up to date for the fact files that changed: one edit costs one file.

`from_cache` compares every fact file with what the cache knows of it (`cache_files`: stamp first,
content hash when the stamp cannot vouch for it). Nothing changed: the cached base. Some files
changed: only they are read and validated, their records are checked against the rest of the base
exactly as a cold load checks them (`builder.Builder.on_top_of`), the disagreements of the points
they touch are found again, and a copy of the cache is changed and renamed into place.

Anything an update cannot decide as a cold load would is left to a cold load, which gives the same
answer or the same report of problems: a changed file with a problem, a group or country changed
(they decide how every record's parties read), a record removed that another still mentions, or a
cache that fails a check.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli import cache, cache_files
from otg_cli.cache import Entry, Store, file_key, point_text
from otg_cli.cache_files import content_hash, racy, stamp_now, trusted
from otg_cli.kinds import FACT, kind_of, record_key
from otg_cli.models import Fact, FactBase

if TYPE_CHECKING:
    from otg_cli.builder import Placed

#: Kinds an update may add, change or remove; a change to any other is left to a cold load.
UPDATABLE = frozenset({"source", "event", "fact", "agreement", "target"})


class StampingReader:
    """Reads fact files for a cold load, keeping each one's stamp, taken before its bytes are
    read, and the hash of exactly the bytes parsed."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}

    def read(self, path: Path) -> bytes:
        stamp, data = cache_files.read_stamped(path)
        self._entries[file_key(path)] = Entry(file_key(path), stamp, cache_files.now_ns(), content_hash(data))
        return data

    def entries(self, files: Sequence[Path]) -> list[Entry]:
        """One entry per file, stamps re-checked now (`cache.settled`)."""
        return [cache.settled(self._entries[file_key(path)], path) for path in files]


class Survey(NamedTuple):
    """How the fact files differ from what the cache knows."""

    changed: dict[str, tuple[Path, Entry, bytes]]
    removed: list[str]
    #: Files whose content is unchanged but whose stamp is newly trustworthy.
    restamped: list[Entry]
    ranks: dict[str, int]


def survey(store: Store, files: Sequence[Path]) -> Survey:
    changed: dict[str, tuple[Path, Entry, bytes]] = {}
    restamped: list[Entry] = []
    for path in files:
        key = file_key(path)
        known = store.entries.get(key)
        if known is not None and trusted(known.stamp, known.stamped_ns, stamp_now(path)):
            continue
        stamp, data = cache_files.read_stamped(path)
        entry = Entry(key, stamp, cache_files.now_ns(), content_hash(data))
        if known is None or known.content != entry.content:
            changed[key] = (path, entry, data)
        elif not racy(stamp, entry.stamped_ns):
            restamped.append(cache.settled(entry, path))
    ranks = {file_key(path): rank for rank, path in enumerate(files)}
    removed = [key for key in store.entries if key not in ranks]
    return Survey(changed, removed, restamped, ranks)


def from_cache(directories: Sequence[Path], files: Sequence[Path]) -> FactBase | None:
    """The cached base, brought up to date; None when only a cold load can give it."""
    store = cache.open_store(directories)
    if store is None:
        return None
    try:
        found = survey(store, files)
    except OSError:  # a file that cannot be read: the cold load reports it
        store.close()
        return None
    if not found.changed and not found.removed and found.ranks == store.ranks:
        if found.restamped:
            cache.update(store, lambda c: cache.insert_files(c, found.restamped, found.ranks))
        return store.base()
    try:
        written = _update(store, found)
    except Exception:  # a cache that fails a check while being updated: the cold load decides
        written = False
    store.close()
    if not written:
        return None
    reopened = cache.open_store(directories)
    return None if reopened is None else reopened.base()


def _old_records(store: Store, files: list[str]) -> list[tuple[str, str]]:
    """(kind, id) of the cached records of these files."""
    marks = ", ".join("?" for _ in files)
    rows = store.connection.execute(
        f"SELECT kind, id FROM records WHERE file IN ({marks}) "
        f"UNION ALL SELECT 'fact', id FROM facts WHERE file IN ({marks})",
        [*files, *files],
    )
    return [(str(kind), str(key)) for kind, key in rows]


def _mentioned(store: Store, ids: set[str], files: list[str]) -> bool:
    """Whether a record outside these files may mention any of these ids (a cheap, safe
    over-estimate: the id as a JSON string anywhere in its data)."""
    marks = ", ".join("?" for _ in files)
    for key in ids:
        pattern = f'%"{key}"%'
        for table in ("records", "facts"):
            row = store.connection.execute(
                f"SELECT 1 FROM {table} WHERE file NOT IN ({marks}) AND data LIKE ? LIMIT 1",
                [*files, pattern],
            ).fetchone()
            if row is not None:
                return True
    return False


def _update(store: Store, found: Survey) -> bool:
    """Update the cache for the changed files; False when a cold load must decide."""
    from otg_cli.builder import Builder
    from otg_cli.loader import _load_file, _Loaded

    touched = [*found.changed, *found.removed]
    old = _old_records(store, touched)
    loaded = _Loaded(problems=[])
    for path, _, data in found.changed.values():
        _load_file(path, loaded, lambda _, data=data: data)  # type: ignore[misc]
    if loaded.problems or loaded.pending.ids():
        return False
    kinds = {kind for kind, _ in old} | {kind_of(record).table for record, _ in loaded.records}
    old_ids = {key for _, key in old}
    new_ids = {record_key(record) for record, _ in loaded.records}
    if not kinds <= UPDATABLE or (old_ids - new_ids and _mentioned(store, old_ids - new_ids, touched)):
        return False
    base = store.base(strict=True)
    builder = Builder.on_top_of(base, old_ids, loaded.pending)
    for record, path in loaded.records:
        builder.add(record, path)
    builder.check_references()
    if builder.problems:
        return False
    ranks = {path: found.ranks[file_key(path)] for path, _, _ in found.changed.values()}
    placed = builder.placed(loaded.records, ranks)
    old_facts = {key for kind, key in old if kind == FACT.table}
    disagreements = _disagreements(store, base, placed, old_facts, touched)

    def change(connection: Any) -> None:
        marks = ", ".join("?" for _ in touched)
        for table in ("records", "facts", "archives"):
            connection.execute(f"DELETE FROM {table} WHERE file IN ({marks})", touched)
        ids = sorted(old_facts)
        connection.execute(f"DELETE FROM declared WHERE id IN ({', '.join('?' for _ in ids)})", ids)
        connection.execute(f"DELETE FROM files WHERE path IN ({marks})", touched)
        cache.insert_records(connection, placed, builder.archive_paths)
        entries = [cache.settled(entry, path) for path, entry, _ in found.changed.values()] + found.restamped
        cache.insert_files(connection, entries, found.ranks)
        _renumber(connection, store, found.ranks)
        cache.insert_disagreements(connection, disagreements)

    return cache.update(store, change)


def _renumber(connection: Any, store: Store, ranks: dict[str, int]) -> None:
    """Give every file its place in today's order (a file added or removed moves the others)."""
    for path, rank in ranks.items():
        if path in store.ranks and store.ranks[path] != rank:
            for table, column in (("records", "file"), ("facts", "file"), ("files", "path")):
                connection.execute(f"UPDATE {table} SET rank = ? WHERE {column} = ?", (rank, path))


def _disagreements(
    store: Store, base: FactBase, placed: "list[Placed]", old_facts: set[str], touched: list[str]
) -> dict[str, tuple[Any, ...]]:
    """The base's disagreements after the update: those of untouched facts as cached, and those
    of every fact of the changed files found again among all the facts they can concern."""
    from otg_cli.cache_tables import read_disagreements
    from otg_cli.disagreements import find

    new_facts = [p.record for p in placed if isinstance(p.record, Fact)]
    touched_ids = old_facts | {f.id for f in new_facts}
    points = {point_text(f) for f in new_facts} - {None}
    marks = ", ".join("?" for _ in touched)
    connection = store.connection
    points |= {
        str(row[0])
        for row in connection.execute(
            f"SELECT point FROM facts WHERE file IN ({marks}) AND point IS NOT NULL", touched
        )
    }
    related = {
        str(row[0])
        for p in points
        for row in connection.execute("SELECT id FROM facts WHERE point = ?", (p,))
    }
    ids = sorted(touched_ids)
    related |= {
        str(row[0])
        for row in connection.execute(
            f"SELECT id FROM declared WHERE other IN ({', '.join('?' for _ in ids)})", ids
        )
    }
    related |= {other for f in new_facts for other in f.conflicts_with}
    related -= touched_ids
    facts: Any = base.facts
    around = facts.with_ids(sorted(related)) if related else []
    fresh = find([*around, *new_facts])
    merged = {
        key: tuple(c for c in conflicts if c.id not in touched_ids)
        for key, conflicts in read_disagreements(connection).items()
        if key not in touched_ids
    }
    for key, conflicts in fresh.items():
        if key in touched_ids:
            merged[key] = conflicts
        else:
            kept = merged.get(key, ())
            merged[key] = tuple(sorted({*kept, *(c for c in conflicts if c.id in touched_ids)}))
    return {key: conflicts for key, conflicts in sorted(merged.items()) if conflicts}

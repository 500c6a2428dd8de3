"""A cache of the validated fact base that can never answer differently from the fact files.

One SQLite file per set of fact folders (never pickle: a cache file must not be able to run code),
each record stored as the JSON of its validated fields beside the fact file it came from, keyed
on that file's content hash (`cache_files`). Facts sit in an indexed table, so a query over
100,000 of them decodes only those with the right measure, parties and period.

What makes it safe to trust:

- **Current.** Every fact file is known by the BLAKE2b hash of its bytes; size, mtime, ctime, inode and
  device only decide whether it must be hashed again (git's racily-clean rule, `cache_files`). A
  file that changed while it was being read is stored with an unknown stamp, so it is hashed next
  time. otg's version, the cache format and its own code (`_code_stamp`) are part of the key.
- **Sealed.** Beside each cache file (an ordinary SQLite database, for anyone to inspect) lies its
  seal: a keyed BLAKE2b (a MAC) of the file's bytes, under a secret only this user can read
  (`cache_files.sealing_key`). The database is read whole, checked against its seal, and only then
  opened, from memory: a row changed, added or removed, a flipped bit, a page from another file,
  or a cache made without the key breaks the seal, and the answer comes from the fact files. What
  is checked is what is queried (no window between the check and the read).
- **Private.** A cache directory, cache file or key that belongs to another user, or that others
  can write to, is never used.
- **Atomic.** A cache file is written whole to a temporary file beside it and renamed into place;
  the temporary file is removed on any error or signal. An update changes a copy of the database
  and writes it whole in the same way, so a reader never sees half an update.

`incremental.py` updates the cache for the files that changed, so one edit costs one file.
"""

import contextlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli import __version__
from otg_cli.cache_codec import to_json
from otg_cli.cache_files import (
    UNKNOWN,
    Stamp,
    blake2b,
    evict,
    mark_used,
    seal_path,
    sealing_key,
    stamp_now,
    temporary_beside,
    usable_directory,
)
from otg_cli.kinds import record_key
from otg_cli.models import Fact, FactBase
from otg_cli.settings import cache_dir, cache_disabled

if TYPE_CHECKING:
    from otg_cli.builder import Placed

#: Bumped whenever what is stored changes shape (5: a cache per fact file's content, sealed;
#: 6: fewer indexes; 7: BLAKE2b for content and seals).
FORMAT = 8

_SCHEMA = """
CREATE TABLE meta (key TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, rank INTEGER NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, device INTEGER NOT NULL,
    stamped_ns INTEGER NOT NULL, content TEXT NOT NULL
);
CREATE TABLE records (
    kind TEXT NOT NULL, id TEXT NOT NULL, file TEXT NOT NULL, rank INTEGER NOT NULL,
    pos INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY, measure TEXT NOT NULL, parties TEXT NOT NULL, start TEXT, "end" TEXT,
    point TEXT, file TEXT NOT NULL, rank INTEGER NOT NULL, pos INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE INDEX facts_by_measure ON facts (measure);
CREATE INDEX facts_by_point ON facts (point);
CREATE TABLE declared (id TEXT NOT NULL, other TEXT NOT NULL);
CREATE INDEX declared_by_other ON declared (other);
CREATE TABLE archives (source TEXT PRIMARY KEY, path TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE iso_names (name TEXT PRIMARY KEY, code TEXT NOT NULL);
CREATE TABLE disagreements (
    id TEXT NOT NULL, other TEXT NOT NULL, declared INTEGER NOT NULL, detected INTEGER NOT NULL
);
"""


class Entry(NamedTuple):
    """What the cache knows of one fact file."""

    path: str
    stamp: Stamp
    stamped_ns: int
    #: The BLAKE2b of the file's bytes (`cache_files.content_hash`).
    content: str


def file_key(path: Path) -> str:
    """How a fact file is named in the cache: absolute, links not followed (two links to one file
    are two fact files, as the loader sees them)."""
    return os.path.abspath(path)  # noqa: PTH100 - normalized, and links not followed, unlike resolve()


def cache_path(directories: Sequence[Path]) -> Path | None:
    """The cache file of a set of fact folders; None when there is no cache directory."""
    folder = cache_dir()
    if folder is None:
        return None
    named = "\0".join(str(d.resolve()) for d in directories)
    return folder / f"factbase-{blake2b(named.encode('utf-8', 'surrogatepass')).hexdigest()[:20]}.sqlite"


def _code_stamp() -> list[list[object]]:
    """The size and mtime of otg's own modules: a development checkout whose code changed (the
    models, the loader's rules) never reads a cache its old code wrote. An installed otg's modules
    change only with its version."""
    package = Path(__file__).parent
    stamps: list[list[object]] = []
    with os.scandir(package) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                status = entry.stat()
                stamps.append([entry.name, status.st_size, status.st_mtime_ns])
    return sorted(stamps)


def cache_key(directories: Sequence[Path]) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "otg": __version__,
            "code": _code_stamp(),
            "directories": [str(d.resolve()) for d in directories],
        },
        sort_keys=True,
    )


# ---------------------------------------------------------------------------------------------
# Seals


def _mac(key: bytes, image: bytes) -> bytes:
    """The seal of a cache file's bytes: keyed BLAKE2b (`cache_files.blake2b`)."""
    return bytes(blake2b(image, key=key).digest())


def _mac_of_file(key: bytes, path: Path) -> bytes:
    """The seal of a file, read a megabyte at a time (a cache of 100,000 facts is ~100 MB)."""
    mac = blake2b(key=key)
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            mac.update(chunk)
    return bytes(mac.digest())


def sealed(key: bytes, data: bytes | None, seal: bytes | None) -> bool:
    """Whether a cache file's bytes match their seal."""
    # A plain comparison: timing tells nothing to someone who can only run otg on their own
    # cache, and `hmac.compare_digest` would load OpenSSL (`cache_files.blake2b`).
    return data is not None and seal is not None and seal == _mac(key, data)


def read_private(path: Path) -> bytes | None:
    """A cache file's bytes, read without following a link, if it is this user's own regular file
    that nobody else can write (checked on the open file, not on its name)."""
    import stat

    from otg_cli.cache_files import owned_privately

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or not owned_privately(status):
            return None
        try:
            return handle.read()
        except OSError:
            return None


def _connect_image(image: bytes, scratch: Path) -> Any:
    """An SQLite connection to a database image held in memory."""
    import sqlite3

    connection = sqlite3.connect(":memory:", isolation_level=None)
    if hasattr(connection, "deserialize"):  # Python 3.11+
        connection.deserialize(image)
        return connection
    connection.close()  # pragma: no cover - Python 3.10: through a private file, unlinked at once
    with temporary_beside(scratch) as temporary:
        temporary.write_bytes(image)
        connection = sqlite3.connect(temporary, isolation_level=None)
        connection.execute("SELECT count(*) FROM meta").fetchone()  # opened before it is unlinked
    return connection


# ---------------------------------------------------------------------------------------------
# Rows: how each record is stored, in one place for a full write and an update.


def party_text(parties: Sequence[str]) -> str:
    """Parties as `|KZ|UZ|`, so that SQL can pre-select with LIKE '%|KZ|%'."""
    return "|" + "|".join(parties) + "|"


def point_text(fact: Fact) -> str | None:
    """The point a figure is about (`disagreements.point`) as text, for finding its neighbours."""
    from otg_cli.disagreements import point

    found = point(fact)
    return None if found is None else json.dumps(found, default=str)


def _fact_row(placed: "Placed") -> tuple[object, ...]:
    fact = placed.record
    assert isinstance(fact, Fact)
    period = fact.period
    return (
        fact.id,
        fact.measure,
        party_text(fact.parties),
        period.start.isoformat() if period.start else None,
        period.end.isoformat() if period.end else None,
        point_text(fact),
        placed.file,
        placed.rank,
        placed.pos,
        to_json(fact),
    )


def insert_records(connection: Any, placed: "Sequence[Placed]", archive_paths: Mapping[str, Path]) -> None:
    """Store records (any kind) with their file and place; facts in their indexed table. Rows are
    made as SQLite takes them, never all at once (100,000 facts' JSON is a few hundred MB)."""
    from otg_cli.kinds import kind_of
    from otg_cli.models import Source

    facts = [p for p in placed if isinstance(p.record, Fact)]
    others = [p for p in placed if not isinstance(p.record, Fact)]
    connection.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", map(_fact_row, facts))
    connection.executemany(
        "INSERT INTO declared VALUES (?, ?)",
        ((record_key(p.record), other) for p in facts for other in getattr(p.record, "conflicts_with", ())),
    )
    connection.executemany(
        "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)",
        (
            (kind_of(p.record).table, record_key(p.record), p.file, p.rank, p.pos, to_json(p.record))
            for p in others
        ),
    )
    connection.executemany(
        "INSERT INTO archives VALUES (?, ?, ?)",
        (
            (key, str(archive_paths[key]), p.file)
            for p in others
            if isinstance(p.record, Source) and (key := record_key(p.record))
        ),
    )


def insert_disagreements(connection: Any, disagreements: Any) -> None:
    connection.execute("DELETE FROM disagreements")
    connection.executemany(
        "INSERT INTO disagreements VALUES (?, ?, ?, ?)",
        (
            (key, c.id, int(c.declared), int(c.detected))
            for key, conflicts in sorted(disagreements.items())
            for c in conflicts
        ),
    )


def insert_files(connection: Any, entries: Iterable[Entry], ranks: dict[str, int]) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((e.path, ranks[e.path], *e.stamp, e.stamped_ns, e.content) for e in entries),
    )


def settled(entry: Entry, path: Path) -> Entry:
    """The entry to store for a file just read: its stamp is re-checked before writing, and a file
    that changed since it was read is stored with an unknown stamp, so that it is hashed again."""
    return entry if stamp_now(path) == entry.stamp else entry._replace(stamp=UNKNOWN)


# ---------------------------------------------------------------------------------------------
# Writing


def _writable_target(directories: Sequence[Path]) -> tuple[Path, bytes] | None:
    if cache_disabled():
        return None
    target = cache_path(directories)
    if target is None or not usable_directory(target.parent):
        return None
    key = sealing_key(target.parent)
    return None if key is None else (target, key)


def _commit(target: Path, key: bytes, prepare: Any, build: Any) -> bool:
    """Write a cache file: `prepare(connection)` lays out a database in a temporary file (a schema,
    or a copy of the cache), `build(connection)` fills it in one transaction; the file is renamed
    into place and its seal after it. False when it could not be written (a full disk, a read-only
    folder); temporary files never outlive the call. A reader that comes between the two renames
    finds a seal that does not match, and reads the fact files."""
    import sqlite3

    with temporary_beside(target) as database, temporary_beside(target) as seal:
        try:
            database.touch(mode=0o600, exist_ok=False)
            connection = sqlite3.connect(database, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode = OFF")  # a temporary file: no journal
                connection.execute("PRAGMA synchronous = OFF")
                prepare(connection)
                connection.execute("BEGIN")
                build(connection)
                connection.execute("COMMIT")
            finally:
                connection.close()
            descriptor = os.open(seal, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(_mac_of_file(key, database))
            database.replace(target)
            seal.replace(seal_path(target))
        except (OSError, sqlite3.Error):
            return False
    with contextlib.suppress(OSError):
        evict(target.parent, keep=target)
    return True


def write(
    directories: Sequence[Path], entries: Sequence[Entry], placed: "Sequence[Placed]", base: FactBase
) -> bool:
    """Store a base just loaded from its fact files (`entries`, one per file in load order;
    `placed`, its records in load order); quietly nothing when there is no usable cache directory,
    or OTG_NO_CACHE is set."""
    writable = _writable_target(directories)
    if writable is None:
        return False
    target, key = writable
    ranks = {entry.path: rank for rank, entry in enumerate(entries)}

    def build(connection: Any) -> None:
        from otg_cli.countries import iso_index

        connection.execute("INSERT INTO meta VALUES (?)", (cache_key(directories),))
        insert_files(connection, entries, ranks)
        insert_records(connection, placed, base.archive_paths)
        insert_disagreements(connection, base.disagreements)
        # The ISO names the claim reader matches, so that a warm `otg verify` need not load
        # pycountry (a third of its time).
        connection.executemany("INSERT INTO iso_names VALUES (?, ?)", iso_index().items())

    return _commit(target, key, lambda connection: connection.executescript(_SCHEMA), build)


def update(store: "Store", build: Any) -> bool:
    """Write a changed copy of an open cache: `build(connection)` changes the copy."""
    writable = _writable_target(store.directories)
    if writable is None:
        return False
    target, key = writable

    return _commit(target, key, store.connection.backup, build)


# ---------------------------------------------------------------------------------------------
# Reading


class Store:
    """An open cache whose seal and key were checked, its database held in memory."""

    def __init__(self, directories: Sequence[Path], path: Path, connection: Any) -> None:
        self.directories = list(directories)
        self.path = path
        self.connection = connection
        self.entries: dict[str, Entry] = {}
        self.ranks: dict[str, int] = {}
        for path_text, rank, *stamp, stamped_ns, sha in connection.execute(
            "SELECT * FROM files ORDER BY rank"
        ):
            self.entries[path_text] = Entry(path_text, Stamp(*stamp), stamped_ns, sha)
            self.ranks[path_text] = rank

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.connection.close()

    def base(self, *, strict: bool = False) -> FactBase:
        """The cached base; `strict`: a failed read raises instead of loading the fact files."""
        from otg_cli.cache_tables import cached_base

        mark_used(self.path)
        return cached_base(self, strict=strict)


def open_store(directories: Sequence[Path]) -> Store | None:
    """The cache of these folders if it may be used, its seal is good and it was written for
    these folders by this version of otg."""
    return opened(directories)[0]


def opened(directories: Sequence[Path]) -> tuple[Store | None, str]:
    """The cache of these folders, or None and why not: "disabled", "none" (no cache directory),
    "missing", "untrusted" (not this user's own, writable by others, or a seal that does not
    match) or "other-version" (written by another otg, format or set of folders)."""
    path = None if cache_disabled() else cache_path(directories)
    found = _checked_connection(path) if path is not None else ("disabled" if cache_disabled() else "none")
    if isinstance(found, str):
        return None, found
    assert path is not None
    try:
        (stored,) = found.execute("SELECT key FROM meta").fetchone()
        if stored == cache_key(directories):
            return Store(directories, path, found), "current"
    except Exception:  # sealed by this user's key, yet not a cache of this otg
        pass
    found.close()
    return None, "other-version"


def _checked_connection(path: Path) -> Any:
    """A connection to the cache file at `path`, opened from the bytes its seal vouches for, or
    why there is none."""
    if not usable_directory(path.parent):
        return "none"
    if not path.exists():
        return "missing"
    data = read_private(path)
    key = sealing_key(path.parent) if data is not None else None
    if key is None or data is None or not sealed(key, data, read_private(seal_path(path))):
        return "untrusted"
    try:
        return _connect_image(data, path)
    except Exception:
        return "untrusted"


def discard(directories: Sequence[Path]) -> None:
    """Delete the cache file of these folders and its seal (it failed a check)."""
    path = cache_path(directories)
    if path is not None:
        for each in (path, seal_path(path)):
            with contextlib.suppress(OSError):
                each.unlink(missing_ok=True)


def read(directories: Sequence[Path]) -> FactBase | None:
    """The cached base of these folders as it stands, without looking at the fact files (that is
    `incremental.from_cache`'s business); None when there is no sound cache."""
    store = open_store(directories)
    return None if store is None else store.base()

"""The files behind the cache: fact files' stamps and content hashes, and the cache's own files.

A fact file is known by the BLAKE2b hash of its bytes. Its stamp (size, mtime, ctime, inode, device)
is only a fast pre-check, trusted as git trusts its index: a file whose stamp is unchanged and
that was not modified within `RACY_NS` of the moment the stamp was taken is taken to be unchanged.
A file modified that close to its stamp is "racily clean" (the edit may have come within the
file system's timestamp resolution) and is hashed again. Stamps are taken before a file is read,
from the open file, so a stamp can only be older than the bytes it is stored with, never newer.

The cache directory and every file in it must belong to the user running otg and be writable by
nobody else; the key that seals cache files (`cache.py`) must be readable by nobody else. Anything
else is not used: a cache in a shared folder can then not be planted by another user.
"""

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

#: A file modified this close (or closer) to the moment its stamp was taken is hashed again:
#: file systems with one- or two-second timestamps (FAT, some network and archive file systems).
RACY_NS = 2_000_000_000
#: A cache file not used for this long is deleted when another cache file is written.
UNUSED_NS = 30 * 24 * 3600 * 1_000_000_000
#: A temporary file this old belongs to a process that died (kill -9, power loss).
STALE_TEMPORARY_NS = 3600 * 1_000_000_000
#: How often the "last used" time of a cache file is refreshed (its mtime).
USED_REFRESH_NS = 24 * 3600 * 1_000_000_000

CACHE_GLOB = "factbase-*.sqlite"
SEAL_SUFFIX = ".seal"
TEMPORARY_GLOB = "factbase-*.tmp"
KEY_NAME = "key"


def now_ns() -> int:
    """The clock stamps are compared with; tests replace it to stage races."""
    return time.time_ns()


class Stamp(NamedTuple):
    """What `stat` says of a file, compared to tell whether it may have changed."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, status: os.stat_result) -> "Stamp":
        return cls(status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev)


#: A stamp that matches no file: stored for a file that changed while it was being read.
UNKNOWN = Stamp(-1, -1, -1, -1, -1)


def racy(stamp: Stamp, stamped_ns: int) -> bool:
    """Whether a stamp taken at `stamped_ns` cannot vouch for the file's content (git's rule)."""
    return max(stamp.mtime_ns, stamp.ctime_ns) >= stamped_ns - RACY_NS


def trusted(stored: Stamp, stamped_ns: int, found: Stamp) -> bool:
    """Whether a file whose stamp is `found` now still has the content hashed at `stamped_ns`."""
    return stored != UNKNOWN and stored == found and not racy(stored, stamped_ns)


def read_stamped(path: Path) -> tuple[Stamp, bytes]:
    """A file's stamp, taken from the open file before reading it, and its bytes."""
    with path.open("rb") as handle:
        stamp = Stamp.of(os.fstat(handle.fileno()))
        return stamp, handle.read()


def stamp_now(path: Path) -> Stamp:
    """The stamp a file has now; UNKNOWN when it cannot be read."""
    try:
        return Stamp.of(path.stat())
    except OSError:
        return UNKNOWN


def blake2b(data: bytes = b"", *, key: bytes = b"") -> Any:
    """BLAKE2b with a 32-byte digest: the content hash of a fact file, and, keyed, the seal of a
    cache file (BLAKE2's keyed mode is a MAC by design: hashlib's documentation offers it as the
    simpler alternative to HMAC). Taken from hashlib's own `_blake2` module: importing hashlib
    loads OpenSSL, about 4 ms of every lookup's start-up (benchmarks/)."""
    try:
        from _blake2 import blake2b as made
    except ImportError:  # pragma: no cover - a Python without the built-in module
        from hashlib import blake2b as made
    return made(data, key=key, digest_size=32)


def content_hash(data: bytes) -> str:
    """What a fact file is known by in the cache: the BLAKE2b of its bytes."""
    return str(blake2b(data).hexdigest())


def seal_path(path: Path) -> Path:
    """Where the seal of a cache file lies: beside it, `factbase-X.seal`."""
    return path.with_suffix(SEAL_SUFFIX)


def owned_privately(status: os.stat_result, *, secret: bool = False) -> bool:
    """Owned by this user and writable by no one else (readable by no one else when secret)."""
    if sys.platform == "win32" or not hasattr(os, "getuid"):  # pragma: no cover - POSIX only
        return True
    forbidden = 0o077 if secret else 0o022
    return status.st_uid == os.getuid() and not status.st_mode & forbidden


def usable_directory(folder: Path) -> bool:
    """Whether a cache directory may be used: a folder of this user's that others cannot write to
    (a link to one is fine: what it points to is what is checked). A missing one is created,
    private (0700)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(status.st_mode) and owned_privately(status)


def sealing_key(folder: Path) -> bytes | None:
    """The secret that seals the cache files of this folder, made on first use; None where it
    cannot be read or made privately, or belongs to someone else."""
    path = folder / KEY_NAME
    with contextlib.suppress(FileExistsError, OSError):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, os.urandom(32))
        finally:
            os.close(descriptor)
    try:
        status = path.lstat()
        if not stat.S_ISREG(status.st_mode) or not owned_privately(status, secret=True):
            return None
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


@contextlib.contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary path next to `target`, removed unless the caller renamed it into place; removed
    on any exception, Ctrl-C and SIGTERM included (`__main__` turns signals into exceptions)."""
    temporary = target.with_name(f"{target.stem}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        yield temporary
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        for journal in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                temporary.with_name(temporary.name + journal).unlink(missing_ok=True)


def mark_used(path: Path) -> None:
    """Record that a cache file was used (its mtime), at most once a day."""
    with contextlib.suppress(OSError):
        if now_ns() - path.stat().st_mtime_ns > USED_REFRESH_NS:
            os.utime(path)


def _writer_died(temporary: Path) -> bool:
    """Whether the process that named a temporary file (`factbase-X.PID.RANDOM.tmp`) has ended."""
    parts = temporary.name.split(".")
    if len(parts) != 4 or not parts[1].isdigit():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, but another user's
        return False
    return False


def evict(folder: Path, keep: Path) -> list[Path]:
    """Delete cache files not used for 30 days, and temporary files whose process has ended (kill
    -9, a power cut) or that are an hour old; never `keep`. Returns what was deleted."""
    deleted: list[Path] = []
    moment = now_ns()
    candidates = [(p, UNUSED_NS) for p in folder.glob(CACHE_GLOB)]
    candidates += [(p, -1 if _writer_died(p) else STALE_TEMPORARY_NS) for p in folder.glob(TEMPORARY_GLOB)]
    for path, age in candidates:
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            status = path.lstat()
            if moment - status.st_mtime_ns > age and owned_privately(status):
                path.unlink()
                deleted.append(path)
                seal = seal_path(path)
                if path.suffix != ".tmp" and seal.exists():
                    seal.unlink()
                    deleted.append(seal)
    return deleted

"""`otg cache info|verify|clear`: what the cache holds, whether it can be trusted, and removing it.

Domain code: it returns reports (`CacheReport`), never prints; `views/cache_report.py` words them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from otg_cli import cache, cache_files

if TYPE_CHECKING:
    from otg_cli.models import FactBase


class CacheReport(NamedTuple):
    """One cache file of a set of fact folders, as found."""

    path: str | None
    #: "current", "stale" (fact files changed since), or why there is no cache to use
    #: (`cache.opened`): "missing", "untrusted", "other-version", "disabled", "none".
    status: str
    size: int = 0
    files: int = 0
    changed: tuple[str, ...] = ()
    records: int = 0
    facts: int = 0
    #: `verify`: the records that differ between the cache and the fact files.
    differences: tuple[str, ...] = ()

    def exit_code(self, *, verify: bool) -> int:
        """`info`: 0 when there is a cache, 1 when not. `verify`: 0 verified, 1 nothing to verify,
        3 failed (untrusted or different: deleted)."""
        from otg_cli.errors import EXIT_DISPUTED, EXIT_NO_MATCH, EXIT_OK

        if verify and (self.status == "untrusted" or self.differences):
            return EXIT_DISPUTED
        wanted = ("current",) if verify else ("current", "stale")
        return EXIT_OK if self.status in wanted else EXIT_NO_MATCH

    def as_dict(self) -> dict[str, object]:
        return {**self._asdict(), "changed": list(self.changed), "differences": list(self.differences)}


def info(directories: Sequence[Path], files: Sequence[Path]) -> CacheReport:
    """What the cache of these folders holds, and whether it is current."""
    from otg_cli.incremental import survey

    store, status = cache.opened(directories)
    path = cache.cache_path(directories)
    shown = str(path) if path is not None else None
    size = path.stat().st_size if path is not None and path.exists() else 0
    if store is None:
        return CacheReport(shown, status, size)
    try:
        found = survey(store, files)
        changed = tuple(sorted({*found.changed, *found.removed}))
        (records,) = store.connection.execute("SELECT count(*) FROM records").fetchone()
        (facts,) = store.connection.execute("SELECT count(*) FROM facts").fetchone()
    finally:
        store.close()
    return CacheReport(
        shown, "stale" if changed else "current", size, len(store.entries), changed, int(records), int(facts)
    )


def verify(directories: Sequence[Path], files: Sequence[Path]) -> CacheReport:
    """`info`, and every record of the cache compared with the base loaded from the fact files; a
    cache that is untrusted or differs is deleted (the next run writes a new one)."""
    from otg_cli.loader import load_fact_base

    report = info(directories, files)
    if report.status != "current":
        if report.status in ("untrusted", "other-version"):
            cache.discard(directories)
        return report
    warm = cache.read(directories)
    cold = load_fact_base(directories, use_cache=False)
    differences = _differences(warm, cold) if warm is not None else ("(unreadable)",)
    if differences:
        cache.discard(directories)
    return report._replace(differences=differences)


def _differences(warm: FactBase, cold: FactBase) -> tuple[str, ...]:
    from otg_cli.cache_codec import to_json

    try:
        found = {key: to_json(record) for key, record in warm.records().items()}
        found_disagreements = dict(warm.disagreements)
        found_origins = dict(warm.origins)
    except Exception:  # a row that cannot be decoded
        return ("(a row cannot be decoded)",)
    expected = {key: to_json(record) for key, record in cold.records().items()}
    differing = {key for key in found.keys() | expected.keys() if found.get(key) != expected.get(key)}
    if found_disagreements != dict(cold.disagreements):
        differing.add("(disagreements)")
    if found_origins != dict(cold.origins):
        differing.add("(origins)")
    return tuple(sorted(differing))


def clear(folder: Path | None) -> list[Path]:
    """Delete every cache file, seal, temporary file and key otg keeps in its cache directory."""
    if folder is None or not folder.is_dir():
        return []
    deleted: list[Path] = []
    patterns = (cache_files.CACHE_GLOB, f"factbase-*{cache_files.SEAL_SUFFIX}", cache_files.TEMPORARY_GLOB)
    for path in sorted({p for pattern in patterns for p in folder.glob(pattern)}):
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
    key = folder / cache_files.KEY_NAME
    with contextlib.suppress(OSError):
        key.unlink()
        deleted.append(key)
    return deleted

"""The words of `otg cache info|verify|clear`: one line per fact, for people."""

from __future__ import annotations

from pathlib import Path

from otg_cli.cache_admin import CacheReport

_STATUS = {
    "current": "current: every fact file is as cached",
    "stale": "stale: fact files changed since it was written (the next command updates it)",
    "missing": "none yet (the next command writes it)",
    "untrusted": "not used: not your own, writable by others, or its seal does not match its contents",
    "other-version": "not used: written by another version of otg or for other fact folders",
    "disabled": "not used: OTG_NO_CACHE is set",
    "none": "none: no cache directory (no HOME, and OTG_CACHE_DIR is not set)",
}


def info_lines(report: CacheReport) -> list[str]:
    lines = [f"cache: {report.path or 'none'}", f"status: {_STATUS.get(report.status, report.status)}"]
    if report.status in ("current", "stale"):
        lines.append(
            f"holds: {report.files} fact files, {report.facts} facts and {report.records} other records"
            f" ({report.size:,} bytes)"
        )
    lines.extend(f"changed: {path}" for path in report.changed)
    return lines


def verify_lines(report: CacheReport) -> list[str]:
    lines = info_lines(report)
    if report.status == "current":
        if report.differences:
            lines.append(f"differs from the fact files in {len(report.differences)} records; deleted:")
            lines.extend(f"  {key}" for key in report.differences)
        else:
            lines.append("verified: every cached record equals the one read from the fact files")
    elif report.status in ("untrusted", "other-version"):
        lines.append("deleted: the next command writes a new one from the fact files")
    return lines


def clear_lines(deleted: list[Path], folder: Path | None) -> list[str]:
    if not deleted:
        return [f"nothing to delete in {folder or 'the cache directory (there is none)'}"]
    return [f"deleted: {path}" for path in deleted]

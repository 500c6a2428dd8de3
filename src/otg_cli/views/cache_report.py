"""The words of `otg cache info|verify|clear`: one line per fact, for people."""

from __future__ import annotations

from pathlib import Path

from otg_cli import i18n
from otg_cli.cache_admin import CacheReport
from otg_cli.i18n import phrase as say

#: What each state of the cache means, as `otg cache info` says it (phrases, in every language).
STATUS = {
    "current": "current: every fact file is as cached",
    "stale": "stale: fact files changed since it was written (the next command updates it)",
    "missing": "none yet (the next command writes it)",
    "untrusted": "not used: not your own, writable by others, or its seal does not match its contents",
    "other-version": "not used: written by another version of otg or for other fact folders",
    "disabled": "not used: OTG_NO_CACHE is set",
    "none": "none: no cache directory (no HOME, and OTG_CACHE_DIR is not set)",
}


def info_lines(report: CacheReport) -> list[str]:
    status = say(STATUS[report.status]) if report.status in STATUS else report.status
    lines = [say("cache: {path}", path=report.path or say("none")), say("status: {status}", status=status)]
    if report.status in ("current", "stale"):
        template = "holds: {files} fact files, {facts} facts and {records} other records ({size} bytes)"
        size = i18n.number(report.size)
        lines.append(say(template, files=report.files, facts=report.facts, records=report.records, size=size))
    lines.extend(say("changed: {path}", path=path) for path in report.changed)
    return lines


def verify_lines(report: CacheReport) -> list[str]:
    lines = info_lines(report)
    if report.status == "current":
        if report.differences:
            template = "differs from the fact files in {count} records; deleted:"
            lines.append(say(template, count=len(report.differences)))
            lines.extend(f"  {key}" for key in report.differences)
        else:
            lines.append(say("verified: every cached record equals the one read from the fact files"))
    elif report.status in ("untrusted", "other-version"):
        lines.append(say("deleted: the next command writes a new one from the fact files"))
    return lines


def clear_lines(deleted: list[Path], folder: Path | None) -> list[str]:
    if not deleted:
        where = folder or say("the cache directory (there is none)")
        return [say("nothing to delete in {folder}", folder=where)]
    return [say("deleted: {path}", path=path) for path in deleted]

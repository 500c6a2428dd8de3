"""`--json`: exactly one JSON document on stdout, with no colour or escape codes, ever."""

from __future__ import annotations

import json
import sys
from typing import Any

from otg_cli import serialize
from otg_cli.errors import Problem
from otg_cli.models import Event, Fact, FactBase, Record, Source, Target
from otg_cli.query import AgreementGroup


def _utf8_capable(stream: Any) -> bool:
    try:
        "«≈–Қ»".encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _write(document: Any) -> None:
    # Where stdout cannot carry Cyrillic, \u escapes keep the document valid JSON.
    text = json.dumps(document, ensure_ascii=not _utf8_capable(sys.stdout), indent=2)
    sys.stdout.write(text + "\n")


class JsonFormatter:
    def facts(self, items: list[Fact], base: FactBase, *, title: str, quotes: bool) -> None:
        _write([serialize.fact(item, base) for item in items])

    def targets(self, items: list[Target], base: FactBase, *, quotes: bool) -> None:
        _write([serialize.target(item, base) for item in items])

    def agreements(self, groups: list[AgreementGroup], base: FactBase, *, quotes: bool) -> None:
        _write(serialize.agreement_groups(groups, base))

    def events(self, items: list[Event], base: FactBase) -> None:
        _write([serialize.event(item, base) for item in items])

    def sources(self, items: list[Source], base: FactBase) -> None:
        _write([serialize.source(item, base) for item in items])

    def record(self, item: Record, base: FactBase) -> None:
        _write(serialize.record(item, base))

    def check(self, problems: list[Problem], files: int) -> None:
        _write({**serialize.problems(problems), "files": files})

    def empty(self) -> None:
        _write([])


FORMATTER = JsonFormatter()

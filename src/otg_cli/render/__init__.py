"""Output formats. Each format is one module with one Formatter; `--json` picks JSON.

The formatter is imported only once chosen, so a JSON run never imports Rich.
"""

from __future__ import annotations

import enum
import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from otg_cli.errors import Problem
    from otg_cli.models import Event, Fact, FactBase, Record, Source, Target
    from otg_cli.query import AgreementGroup


class OutputFormat(str, enum.Enum):
    table = "table"
    json = "json"


class Formatter(Protocol):
    """What every output format can show. Formatters write to stdout; messages go to stderr elsewhere."""

    def facts(self, items: list[Fact], base: FactBase, *, title: str, quotes: bool) -> None: ...

    def targets(self, items: list[Target], base: FactBase, *, quotes: bool) -> None: ...

    def agreements(self, groups: list[AgreementGroup], base: FactBase, *, quotes: bool) -> None: ...

    def events(self, items: list[Event], base: FactBase) -> None: ...

    def sources(self, items: list[Source], base: FactBase) -> None: ...

    def record(self, item: Record, base: FactBase) -> None: ...

    def check(self, problems: list[Problem], files: int) -> None: ...

    def empty(self) -> None:
        """What to print when nothing matched (the reason goes to stderr)."""


_MODULES = {
    OutputFormat.table: "otg_cli.render.table",
    OutputFormat.json: "otg_cli.render.json_format",
}


def formatter_for(output: OutputFormat) -> Formatter:
    module = importlib.import_module(_MODULES[output])
    formatter: Formatter = module.FORMATTER
    return formatter

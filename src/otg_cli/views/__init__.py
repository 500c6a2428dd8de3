"""The views: what a result looks like to a person or a script, computed once.

The flow is one way: fact files -> records -> queries (`query`, `verify`, `search`) -> results ->
views -> formatters (`render`). A view is the JSON row of a result (`rows`, exactly what `--json`
prints) plus, for the Rich table, the labels only a person reads (`labels`): localized dates,
party names, citation lines. `columns` says how a table shows them, and `hints` phrases what a
command says when nothing matched.

Nothing here runs a query or scans the fact base: what a result needs from other records comes
with it from the query layer; the base is only looked up by id (a citation's source).
"""

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli.kinds import KINDS
from otg_cli.views import rows as _rows

if TYPE_CHECKING:
    from otg_cli.models import FactBase

Row = Mapping[str, Any]

#: The row builder of each kind of the registry (`kinds.KINDS`): the function of `rows` named
#: after the kind.
ROWS: dict[str, Callable[[Any, Any], Row]] = {name: getattr(_rows, name) for name in KINDS}


class View(NamedTuple):
    """One result as shown: its JSON row, and the labels only the table shows (`labels.*` paths)."""

    kind: str
    row: Row
    labels: Mapping[str, Any]

    def get(self, path: str) -> Any:
        """The value at a dotted path into the row, or `labels.NAME` for a table label."""
        head, _, rest = path.partition(".")
        if head == "labels":
            return self.labels.get(rest)
        return pick(self.row, path)


def pick(value: Any, path: str) -> Any:
    """The value at a dotted path; through a list, the list of values."""
    for part in path.split(".") if path else []:
        if isinstance(value, list):
            value = [pick(item, part) for item in value]
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def kind_name(item: object) -> str:
    """The registry name of the kind of a result (a record, or what a query returned for one)."""
    from otg_cli import kinds, query

    wrapped = {query.TargetFound: "target", query.EventFound: "event", query.SourceFound: "source"}
    name = wrapped.get(type(item))
    if name is not None:
        return name
    try:
        return kinds.kind_of(item).table
    except KeyError:
        pass
    from otg_cli.derived import Derived

    if isinstance(item, Derived):
        return "derived"
    raise TypeError(f"no view for {type(item).__name__}")


def row(item: object, base: "FactBase | None") -> Row:
    """The JSON row of one result, found by its kind."""
    return ROWS[kind_name(item)](item, base)


def rows(kind: str, items: Sequence[Any], base: "FactBase | None") -> list[dict[str, Any]]:
    """The JSON rows of results of one kind, as `--json` prints them."""
    build = ROWS[kind]
    return [dict(build(item, base)) for item in items]


def views(kind: str, items: Sequence[Any], base: "FactBase | None", *, query: str = "") -> list[View]:
    """Rows with the labels of the table; `query` is the text searched for (hits highlight it)."""
    from otg_cli.views.labels import LABELS

    build = ROWS[kind]
    labels = LABELS.get(kind)
    found = []
    for item in items:
        data = build(item, base)
        extra = labels(item, data, base, query) if labels is not None else {}
        found.append(View(kind, data, extra))
    return found


__all__ = ["ROWS", "Row", "View", "kind_name", "pick", "row", "rows", "views"]

"""Choosing and flattening fields of the JSON records, for --fields and the flat formats.

A field is a dotted path into a record as `--format json` prints it: `id`, `period.label`,
`sources.outlet` (one value per source). The available paths come from `output_models`, so they
are exactly those of the JSON contract.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from typing_extensions import is_typeddict

from otg_cli.errors import OtgError

#: The columns of the flat formats (tsv, csv, markdown) when --fields is not given: what a person
#: or a script needs to use a row, the figure with its qualifier, period and source included.
DEFAULT_FIELDS: dict[str, list[str]] = {
    "fact": [
        "id",
        "parties",
        "period.label",
        "value_label",
        "change_label",
        "value",
        "unit",
        "qualifier",
        "sources.outlet",
        "sources.published",
        "sources.language",
    ],
    "target": ["id", "parties", "value_label", "deadline_label", "progress.label", "progress.from_fact"],
    "agreement": ["id", "event.id", "status", "title.en", "parties", "sources.outlet", "sources.published"],
    "event": ["id", "name.en", "place.en", "date_label", "sources.outlet", "sources.published"],
    "source": ["id", "outlet", "published", "language", "title"],
    "group": ["id", "name.en", "members.country", "members.role"],
    "derived": ["id", "parties", "period.label", "value_label", "value", "unit", "formula"],
    "problem": ["severity", "file", "record", "field", "message"],
}


def _row_type(kind: str) -> Any:
    from otg_cli import output_models

    if kind == "problem":
        return output_models.ProblemOut
    return output_models.OUTPUT_KINDS[kind]


def _paths(hint: Any, prefix: str) -> list[str]:
    """Dotted paths to every leaf of a TypedDict, through optional values and lists of records."""
    for inner in (
        hint,
        *typing.get_args(hint),
        *[a for h in typing.get_args(hint) for a in typing.get_args(h)],
    ):
        if isinstance(inner, type) and is_typeddict(inner):
            found = [prefix] if prefix else []
            for name, field in typing.get_type_hints(inner).items():
                found.extend(_paths(field, f"{prefix}.{name}" if prefix else name))
            return found
    return [prefix]


@cache
def available_fields(kind: str) -> tuple[str, ...]:
    return tuple(_paths(_row_type(kind), ""))


def check_fields(kind: str, fields: Sequence[str]) -> None:
    known = available_fields(kind)
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise OtgError(
            f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for {kind} records; "
            f"available: {', '.join(known)}"
        )


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


def select(row: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """Only the given fields of a JSON record, keeping its nesting.

    `period.label` gives {"period": {"label": ...}}; `sources.outlet` a list of {"outlet": ...}.
    """
    chosen: dict[str, Any] = {}
    for path in fields:
        head, _, rest = path.partition(".")
        value = row.get(head)
        if not rest:
            chosen[head] = value
        elif isinstance(value, list):
            previous = chosen.get(head) or [{} for _ in value]
            chosen[head] = [
                {**old, **select(item, [rest])} for old, item in zip(previous, value, strict=True)
            ]
        elif isinstance(value, Mapping):
            chosen[head] = {**(chosen.get(head) or {}), **select(value, [rest])}
        else:
            chosen[head] = None
    return chosen


def text(value: Any) -> str:
    """A value as one cell of text: lists joined with '; ', null as empty, integers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "; ".join(text(item) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def flat_rows(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> list[list[str]]:
    return [[text(pick(row, field)) for field in fields] for row in rows]

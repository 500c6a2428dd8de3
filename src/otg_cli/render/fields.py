"""Choosing and flattening fields of the JSON records, for --fields and the flat formats.

A field is a dotted path into a record as `--format json` prints it: `id`, `period.label`,
`sources.outlet` (one value per source). The available paths come from `output_models`, so they
are exactly those of the JSON contract. The default fields of each kind are `Kind.columns`.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from typing_extensions import is_typeddict

from otg_cli.errors import OtgError
from otg_cli.views import pick


def _row_type(kind: str) -> Any:
    from otg_cli import output_models

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
        from otg_cli.i18n import phrase
        from otg_cli.text import closest

        near = closest(unknown[0], known)
        meant = phrase("; did you mean {quoted}?", quoted=near) if near is not None else ""
        template = "unknown fields {fields} for {kind} records{meant}; available: {available}"
        if len(unknown) == 1:
            template = "unknown field {fields} for {kind} records{meant}; available: {available}"
        said = phrase(template, fields=", ".join(unknown), kind=kind, meant=meant, available=", ".join(known))
        raise OtgError(said)


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


#: The words of a localized name or title (`LocalizedOut`) in each language.
_LOCALIZED = (".en", ".ru", ".kk")


def in_language(field: str, language: str) -> str:
    """A default column's path to a localized name or title in `language` (name.en -> name.kk)."""
    return f"{field.removesuffix('.en')}.{language}" if field.endswith(".en") else field


def flat_rows(
    rows: Sequence[Mapping[str, Any]], fields: Sequence[str], *, english_for_missing: bool = False
) -> list[list[str]]:
    """Each row's fields as cells of text; `english_for_missing`: a name or title a record has not
    in the language asked for (name.kk) is its English, as the tables show it."""

    def cell(row: Mapping[str, Any], field: str) -> str:
        value = pick(row, field)
        if english_for_missing and field.endswith(_LOCALIZED[1:]):
            english = pick(row, f"{field[:-3]}.en")
            if isinstance(value, list) and isinstance(english, list):
                value = [v or e for v, e in zip(value, english, strict=True)]
            elif not value:
                value = english
        return text(value)

    return [[cell(row, field) for field in fields] for row in rows]

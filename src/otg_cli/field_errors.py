"""Pydantic's validation errors in plain words: what the field holds, and what to write instead.

"Input should be a valid number" becomes `"1,7 млрд" is not a number; write 1_700_000_000`;
"Input should be an object" becomes `"2025" is not a table; write period = { start = 2025-01-01,
end = 2025-12-31 }`; an unknown field or a word outside a list of accepted ones gets a did-you-mean.
One mistake gives one message: an error that only follows from another in the same field (a list
too short because its one item was refused) is left out.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from otg_cli.errors import Words
from otg_cli.text import accepted, closest

#: How to write a table of each kind, for a field that holds something else.
_TABLES: dict[str, str] = {
    "Period": '{ start = 2025-01-01, end = 2025-12-31 } (or { basis = "level", end = 2025-11-25 })',
    "Citation": '{ source = "source-id", quote = "the words, copied from the article" }',
    "Localized": '{ en = "English", ru = "Русский", kk = "Қазақша" }',
    "Member": '{ country = "KZ" }',
    "Participant": '{ name = { en = "Name" }, role = "Role as worded", country = "KZ" }',
}

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")


def toml_number(value: float) -> str:
    """A number as a fact file writes it: 1_700_000_000, 18.5, -3."""
    value = float(f"{value:.12g}")  # 1.7 * 1e9 read from text is 1_700_000_000, not ...0.0000002
    if value.is_integer():
        return f"{int(value):_}"
    return repr(value)


def field_path(location: Iterable[int | str]) -> str:
    """`citations[0].quote` for pydantic's ("citations", 0, "quote")."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(record)"


def _shown(value: object) -> str:
    """A value as a fact file would write it: text in double quotes, true/false, numbers."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return toml_number(value) if abs(value) >= 10_000 else f"{value:g}"
    return json.dumps(value, ensure_ascii=False, default=str)


def _inner(hint: Any) -> Any:
    """The type a field holds, through Annotated, optional and tuple[X, ...]."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin is typing.Annotated or origin is tuple:
        return _inner(arguments[0])
    if origin in (typing.Union, types.UnionType):
        return _inner(next(a for a in arguments if a is not type(None)))
    return hint


def _type_at(kind: type, location: Sequence[int | str]) -> Any:
    """The type found at a location in a record class, or None when it cannot be told."""
    current: Any = kind
    for part in location:
        if isinstance(part, int):
            continue
        if not dataclasses.is_dataclass(current):
            return None
        found = {f.name: f for f in dataclasses.fields(current)}.get(part)
        if found is None:
            return None
        current = _inner(found.type)
    return current


def _name(location: Sequence[int | str]) -> str:
    names = [part for part in location if isinstance(part, str)]
    return names[-1] if names else "record"


class _Error:
    """One of pydantic's errors, with what a message needs from it."""

    def __init__(self, kind: type, item: Any) -> None:
        self.kind = kind
        self.type = str(item["type"])
        self.location: tuple[int | str, ...] = tuple(item["loc"])
        self.input = item.get("input")
        self.context = item.get("ctx") or {}
        cause = self.context.get("error")
        said = cause.args[0] if isinstance(cause, ValueError) and cause.args else None
        # A validator's own words (errors.Words) keep their phrase key.
        self.raw: str = said if isinstance(said, Words) else str(item["msg"]).removeprefix("Value error, ")
        self.name = _name(self.location)

    def hint(self) -> Any:
        return _type_at(self.kind, self.location)


def _unknown_field(error: _Error) -> str:
    owner = _type_at(error.kind, error.location[:-1])
    return Words("unknown field{accepted}", accepted=accepted(error.name, _fields(owner)))


def _fields(owner: Any) -> list[str]:
    return [f.name for f in dataclasses.fields(owner)] if dataclasses.is_dataclass(owner) else []


def _not_accepted(error: _Error) -> str:
    words = [str(a) for a in typing.get_args(error.hint())] or [str(error.context.get("expected", ""))]
    label = error.name.replace("_", " ") + ("" if isinstance(error.location[-1], str) else " entry")
    return Words(
        "{value} is not a {label}{accepted}",
        value=_shown(error.input),
        label=label,
        accepted=accepted(str(error.input), words),
    )


def _not_a_number(error: _Error) -> str:
    if isinstance(error.input, str):
        from otg_cli.claims import find_figures

        figures = find_figures(error.input.casefold())
        read = figures.value if figures.value is not None else figures.change
        if read is not None:
            return Words(
                "{value} is not a number; write {number}", value=_shown(error.input), number=toml_number(read)
            )
    return Words(
        "{value} is not a number; write a number without quotes, such as 4_300_000_000",
        value=_shown(error.input),
    )


def _day(text: str, name: str) -> str:
    """The day a mistyped date most likely means, as TOML writes it."""
    if match := _DAY_MONTH_YEAR.match(text):
        try:
            return datetime.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        except ValueError:
            pass
    if match := _ISO_DAY.match(text):
        return match[1]
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31" if name in ("end", "deadline") else f"{text}-01-01"
    return "2025-10-20"


def _not_a_date(error: _Error) -> str:
    day = _day(str(error.input), error.name)
    return Words(
        "{value} is not a date; write {name} = {day} (year-month-day, without quotes)",
        value=_shown(error.input),
        name=error.name,
        day=day,
    )


def _not_a_table(error: _Error) -> str:
    hint = error.hint()
    name = getattr(hint, "__name__", "")
    example = _TABLES.get(name, "{ ... }")
    if name == "Period" and re.fullmatch(r"\d{4}", str(error.input)):
        example = f"{{ start = {error.input}-01-01, end = {error.input}-12-31 }}"
    if isinstance(error.location[-1], int):
        example = f"[{example}]"
    return Words(
        "{value} is not a table; write {name} = {example}",
        value=_shown(error.input),
        name=error.name,
        example=example,
    )


def _not_a_list(error: _Error) -> str:
    item = _TABLES.get(getattr(error.hint(), "__name__", ""), _shown(error.input))
    return Words(
        "{value} is not a list; write {name} = [{item}]",
        value=_shown(error.input),
        name=error.name,
        item=item,
    )


def _not_text(error: _Error) -> str:
    return Words(
        '{value} is not text; put it in quotes: {name} = "{text}"',
        value=_shown(error.input),
        name=error.name,
        text=error.input,
    )


def _missing(error: _Error) -> str:
    accepted = typing.get_args(error.hint())
    if accepted:
        return Words("this field is required; accepted: {accepted}", accepted=", ".join(map(str, accepted)))
    return Words("this field is required")


def _too_short(error: _Error) -> str:
    least = error.context.get("min_length", 1)
    if least == 1:
        return Words("needs at least {least} item", least=least)
    return Words("needs at least {least} items", least=least)


_MESSAGES: dict[str, Callable[[_Error], str]] = {
    "unexpected_keyword_argument": _unknown_field,
    "literal_error": _not_accepted,
    "float_type": _not_a_number,
    "float_parsing": _not_a_number,
    "int_type": _not_a_number,
    "int_parsing": _not_a_number,
    "date_type": _not_a_date,
    "date_parsing": _not_a_date,
    "date_from_datetime_inexact": _not_a_date,
    "date_from_datetime_parsing": _not_a_date,
    "dataclass_type": _not_a_table,
    "dataclass_exact_type": _not_a_table,
    "dict_type": _not_a_table,
    "model_type": _not_a_table,
    "tuple_type": _not_a_list,
    "list_type": _not_a_list,
    "string_type": _not_text,
    "missing": _missing,
    "too_short": _too_short,
}


def plain_errors(kind: type, items: Sequence[Any]) -> list[tuple[str, str]]:
    """(field, message) for each of pydantic's errors on a record of `kind`, root causes only."""
    errors = [_Error(kind, item) for item in items]
    found: list[tuple[str, str]] = []
    for error in errors:
        if any(_follows(error, other) for other in errors if other is not error):
            continue
        explain = _MESSAGES.get(error.type)
        message = explain(error) if explain is not None else error.raw
        found.append((field_path(error.location), message))
    return found


def _follows(error: _Error, cause: _Error) -> bool:
    """Whether `error` only follows from `cause`: a list too short because one of its items was
    refused, or a field missing because it was misspelt (`qoute` for `quote`)."""
    if error.type == "too_short":
        return cause.location[: len(error.location)] == error.location
    if error.type == "missing" and cause.type == "unexpected_keyword_argument":
        same_table = cause.location[:-1] == error.location[:-1]
        owner = _type_at(error.kind, error.location[:-1])
        return same_table and closest(cause.name, _fields(owner)) == error.name
    return False

"""The JSON of a cached record, and the decoders that rebuild records from it without pydantic.

A decoder checks the type of every value it reads, so that a damaged cache row fails here, where
the cache guards its reads, rather than later in a command.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import types
import typing
from collections.abc import Callable
from typing import Any

# The cache holds records exactly as validated, so they are rebuilt field by field without
# pydantic. Each record class gets a decoder built once from its type hints.

Decoder = Callable[[Any], Any]


class CorruptRow(ValueError):
    """A cached value that cannot be what the record's field holds."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise CorruptRow(f"expected text, got {type(value).__name__}")
    return value


def _literal(allowed: tuple[Any, ...]) -> Decoder:
    def decode(value: Any) -> Any:
        if not isinstance(value, str) or value not in allowed:
            raise CorruptRow(f"expected one of {allowed}, got {value!r}")
        return value

    return decode


def _optional(inner: Decoder) -> Decoder:
    return lambda value: None if value is None else inner(value)


def _tuple_of(item: Decoder) -> Decoder:
    def decode(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise CorruptRow(f"expected a list, got {type(value).__name__}")
        return tuple(item(v) for v in value)

    return decode


def _date(value: Any) -> datetime.date:
    if not isinstance(value, str):
        raise CorruptRow(f"expected a date, got {type(value).__name__}")
    return datetime.date.fromisoformat(value)


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise CorruptRow(f"expected a number, got {type(value).__name__}")
    return float(value)


#: Decoders of the plain types a field can have.
_PLAIN: dict[Any, Decoder] = {datetime.date: _date, float: _number, str: _text}


def _decoder_for(hint: Any) -> Decoder:
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin is typing.Annotated:
        return _decoder_for(arguments[0])
    if origin in (typing.Union, types.UnionType) and len(arguments) == 2 and type(None) in arguments:
        (option,) = (a for a in arguments if a is not type(None))
        return _optional(_decoder_for(option))
    if origin is tuple:
        return _tuple_of(_decoder_for(arguments[0]))
    if origin is typing.Literal:
        return _literal(arguments)
    if dataclasses.is_dataclass(hint):
        return record_decoder(typing.cast(type, hint))
    if hint in _PLAIN:
        return _PLAIN[hint]
    raise TypeError(f"no cache decoder for {hint}")


_DECODERS: dict[type, Decoder] = {}


def record_decoder(kind: type) -> Decoder:
    if kind not in _DECODERS:
        hints = {f.name: f.type for f in dataclasses.fields(kind)}
        if any(isinstance(hint, str) for hint in hints.values()):  # postponed annotations
            hints = typing.get_type_hints(kind, include_extras=True)
        fields = [(f.name, _decoder_for(hints[f.name])) for f in dataclasses.fields(kind)]

        defaults = {
            f.name: f.default for f in dataclasses.fields(kind) if f.default is not dataclasses.MISSING
        }
        new = object.__new__
        assign = object.__setattr__

        def decode(data: Any) -> Any:
            if not isinstance(data, dict):
                raise CorruptRow(f"expected a {kind.__name__}, got {type(data).__name__}")
            # The cache holds records that passed validation when it was written, so they are
            # rebuilt without running __init__ and __post_init__ again: several times faster, and
            # a cache of 100,000 records is read within the one-second budget.
            instance: Any = new(kind)
            for name, convert in fields:
                # Records have slots (and are read-only to the type checker): object.__setattr__
                # is how a frozen dataclass's own __init__ fills them.
                assign(instance, name, convert(data[name]) if name in data else defaults[name])
            return instance

        _DECODERS[kind] = decode
    return _DECODERS[kind]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """A record's value as JSON data: what `dataclasses.asdict` gives, without the deep copy of
    every leaf that made it most of the time of writing a cache (records are read-only, and their
    leaves are text, numbers, dates and tuples)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not dataclasses.is_dataclass(kind):
            raise TypeError(f"cannot cache a {kind.__name__}")
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return {name: _plain(getattr(value, name)) for name in names}


def to_json(record: object) -> str:
    return json.dumps(_plain(record), ensure_ascii=False)

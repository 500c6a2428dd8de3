"""Dataclasses that cost next to nothing to define.

`dataclasses.dataclass` compiles an `__init__`, a `__repr__` and, for frozen classes, a
`__setattr__` and `__delattr__` for every class it decorates, each with its own exec(). For the
twenty-odd classes that a query imports that was about 8 ms of every start-up, a third of otg's own
share of `otg turnover KZ UZ 2025 --json` (see benchmarks/bench.py).

`lean_dataclass` asks `dataclasses` for the field metadata only (no generated methods), so
`dataclasses.fields`, `asdict` and `replace`, and pydantic's validation of dataclasses, work as
before; every class then shares the same few generic methods defined once below. Classes built this
way compare by identity and refuse assignment unless `frozen=False`; `kw_only=True` makes them
take keyword arguments only. Type checkers see them as dataclasses, through `dataclass_transform`.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from typing import Any, TypeVar, overload

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

_Class = TypeVar("_Class", bound=type)


def _repr(self: object) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self))  # type: ignore[arg-type]
    return f"{type(self).__qualname__}({shown})"


def _refuse_assignment(self: object, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_deletion(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _generic_init(cls: type, kw_only: bool) -> Callable[..., None]:
    """One `__init__` for `cls`, driven by its field list instead of compiled for it."""
    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    accepted = frozenset(names)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = {f.name: f.default_factory for f in fields if f.default_factory is not dataclasses.MISSING}
    required = accepted - defaults.keys() - factories.keys()
    post_init = getattr(cls, "__post_init__", None)
    positional = 0 if kw_only else len(names)
    title = f"{cls.__qualname__}()"

    def __init__(self: Any, *args: Any, **values: Any) -> None:
        if args:
            if len(args) > positional:
                raise TypeError(f"{title} takes {positional} positional arguments but {len(args)} were given")
            given_twice = values.keys() & names[: len(args)]
            if given_twice:
                raise TypeError(f"{title} got multiple values for {', '.join(sorted(given_twice))}")
            values.update(zip(names, args, strict=False))
        if not values.keys() <= accepted:
            unexpected = ", ".join(sorted(values.keys() - accepted))
            raise TypeError(f"{title} got unexpected keyword arguments: {unexpected}")
        if not required <= values.keys():
            missing = ", ".join(name for name in names if name in required and name not in values)
            raise TypeError(f"{title} is missing required arguments: {missing}")
        # Written to __dict__ directly, in field order: a frozen class's __setattr__ refuses.
        state = self.__dict__
        for name in names:
            if name in values:
                state[name] = values[name]
            elif name in defaults:
                state[name] = defaults[name]
            else:
                state[name] = factories[name]()
        if post_init is not None:
            post_init(self)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _make_lean(cls: _Class, frozen: bool, kw_only: bool) -> _Class:
    undocumented = not cls.__doc__
    if undocumented:
        # dataclasses documents such a class with inspect.signature, which is slow here (it
        # tokenizes object.__init__'s text signature); a placeholder keeps it from trying.
        cls.__doc__ = cls.__name__
    dataclasses.dataclass(cls, init=False, repr=False, eq=False, kw_only=kw_only)
    if undocumented:
        cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in dataclasses.fields(cls))})"
    cls.__init__ = _generic_init(cls, kw_only)  # type: ignore[misc]
    cls.__repr__ = _repr  # type: ignore[method-assign, assignment]
    if frozen:
        cls.__setattr__ = _refuse_assignment  # type: ignore[method-assign, assignment]
        cls.__delattr__ = _refuse_deletion  # type: ignore[method-assign, assignment]
    return cls


@overload
def lean_dataclass(cls: _Class, /) -> _Class: ...


@overload
def lean_dataclass(*, frozen: bool = True, kw_only: bool = False) -> Callable[[_Class], _Class]: ...


@dataclass_transform(frozen_default=True, eq_default=False)
def lean_dataclass(cls: _Class | None = None, /, *, frozen: bool = True, kw_only: bool = False) -> Any:
    """Like `@dataclass(frozen=True, eq=False)`, without compiling any method."""
    if cls is None:
        return lambda inner: _make_lean(inner, frozen, kw_only)
    return _make_lean(cls, frozen, kw_only)

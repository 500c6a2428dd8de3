"""A mapping that lays new entries over a read-only one, with some of its keys hidden: the tables
of a cached base while the records of the files that changed are replaced (`incremental`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from typing import TypeVar

V = TypeVar("V")


class Overlay(MutableMapping[str, V]):
    """`new` first, then `old` less the keys in `hidden`; writes go to `new`."""

    def __init__(self, old: Mapping[str, V], hidden: set[str]) -> None:
        self.old = old
        self.hidden = hidden
        self.new: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        if key in self.new:
            return self.new[key]
        if key in self.hidden:
            raise KeyError(key)
        return self.old[key]

    def __contains__(self, key: object) -> bool:
        return key in self.new or (key not in self.hidden and key in self.old)

    def __setitem__(self, key: str, value: V) -> None:
        self.new[key] = value

    def __delitem__(self, key: str) -> None:
        del self.new[key]

    def __iter__(self) -> Iterator[str]:
        yield from (key for key in self.old if key not in self.hidden and key not in self.new)
        yield from self.new

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def get(self, key: str, default: V | None = None) -> V | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default

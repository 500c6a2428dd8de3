"""lean_dataclass must behave like the dataclass it stands in for, for everything otg relies on."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from pydantic import TypeAdapter, ValidationError

from otg_cli.lean import lean_dataclass
from otg_cli.models import Citation, Fact, Period


@lean_dataclass(kw_only=True)
class _Keyed:
    name: str
    size: int = 3
    tags: list[str] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError("size must not be negative")


@lean_dataclass
class _Pair:
    left: str
    right: str = "R"


@lean_dataclass(frozen=False)
class _Mutable:
    count: int


def test_fields_defaults_and_factories_are_filled_in_field_order() -> None:
    first, second = _Keyed(name="a"), _Keyed(name="b", size=5)
    assert vars(first) == {"name": "a", "size": 3, "tags": []}
    assert list(vars(second)) == ["name", "size", "tags"]
    assert first.tags is not second.tags, "each instance gets its own default_factory value"


def test_positional_arguments_follow_field_order_unless_keyword_only() -> None:
    assert vars(_Pair("x")) == {"left": "x", "right": "R"}
    assert vars(_Pair("x", "y")) == {"left": "x", "right": "y"}
    with pytest.raises(TypeError, match=r"takes 0 positional arguments but 1 were given"):
        _Keyed("a")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"takes 2 positional arguments but 3 were given"):
        _Pair("x", "y", "z")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"multiple values for left"):
        _Pair("x", left="y")  # type: ignore[misc]


def test_wrong_arguments_are_named() -> None:
    with pytest.raises(TypeError, match=r"_Keyed\(\) is missing required arguments: name"):
        _Keyed()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword arguments: colour, weight"):
        _Keyed(name="a", weight=1, colour="red")  # type: ignore[call-arg]


def test_post_init_runs() -> None:
    with pytest.raises(ValueError, match="negative"):
        _Keyed(name="a", size=-1)


def test_frozen_classes_refuse_assignment_and_mutable_ones_allow_it() -> None:
    keyed = _Keyed(name="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        keyed.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del keyed.name
    assert keyed.name == "a"
    mutable = _Mutable(1)
    mutable.count = 2
    assert mutable.count == 2


def test_identity_equality_and_hash() -> None:
    assert _Pair("x") != _Pair("x")
    pair = _Pair("x")
    assert pair != dataclasses.replace(pair), "an equal copy is still another record"
    assert pair in [pair]
    assert len({pair, _Pair("x")}) == 2


def test_dataclasses_api_works() -> None:
    keyed = _Keyed(name="a", tags=["t"])
    assert dataclasses.is_dataclass(keyed)
    assert [f.name for f in dataclasses.fields(keyed)] == ["name", "size", "tags"]
    assert dataclasses.asdict(keyed) == {"name": "a", "size": 3, "tags": ["t"]}
    changed = dataclasses.replace(keyed, size=9)
    assert (changed.name, changed.size, keyed.size) == ("a", 9, 3)
    with pytest.raises(ValueError, match="negative"):
        dataclasses.replace(keyed, size=-2)


def test_repr_and_doc() -> None:
    assert repr(_Pair("x")) == "_Pair(left='x', right='R')"
    assert _Mutable.__doc__ == "_Mutable(count)"
    assert _Keyed.__init__.__qualname__ == "_Keyed.__init__"


def test_pydantic_validates_lean_records_with_their_invariants() -> None:
    adapter: TypeAdapter[Period] = TypeAdapter(Period)
    period = adapter.validate_python({"start": "2025-01-01", "end": "2025-08-31"}, strict=False)
    assert (period.basis, period.start, period.end) == (
        "flow",
        datetime.date(2025, 1, 1),
        datetime.date(2025, 8, 31),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        period.basis = "level"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="is after end"):
        adapter.validate_python({"start": "2025-09-01", "end": "2025-08-31"}, strict=False)
    with pytest.raises(ValidationError, match="Unexpected keyword argument"):
        TypeAdapter(Citation).validate_python({"source": "s", "quote": "q", "page": 1})


def test_records_are_keyword_only() -> None:
    with pytest.raises(TypeError, match="positional"):
        Citation("s", "q")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="needs a `value`"):
        Fact(
            id="x",
            measure="turnover",
            parties=("KZ",),
            period=Period(),
            unit="USD",
            description="d",
            citations=(Citation(source="s", quote="q"),),
        )

"""Why a part of a claim got its verdict, as data: a code and the values it names.

Compute first, translate last: the checks (`figure_checks`, `statement_checks`, ...) say what
they found as a `Reason` (a code such as "figure.rules_out_by" and its values: the fact, the
claimed amount, the difference), never as words. `views.reasons` writes a reason in the language
of the run through the phrase tables (phrases/LANG.toml, where each code is a template), and in
English for the JSON `reason` field, which is the same in every language.

A value is one of the types below, plain text otg does not translate (an id, a quote, a country
code, a date as the source gives it), a number, another reason, or a tuple of them (reasons and
figures are joined with "; ", anything else with ", ").
"""

from typing import TYPE_CHECKING, NamedTuple, Union

if TYPE_CHECKING:
    from otg_cli.models import Fact, Localized, Qualifier, Unit


class Amount(NamedTuple):
    """An amount with its unit and qualifier, written as each language writes it ("$4,3 млрд")."""

    value: float
    unit: "Unit"
    qualifier: "Qualifier" = "exact"
    #: The upper end of a range ("$4–5 bn"): `value` is its lower end.
    high: float | None = None


class Change(NamedTuple):
    """A change in percent with its sign and qualifier ("+18.5%")."""

    pct: float
    qualifier: "Qualifier" = "exact"
    #: The upper end of a range ("+15–20%"): `pct` is its lower end.
    high: float | None = None


class Delta(NamedTuple):
    """How far a claim is from a source: "+$700 m, +16%" (`share` of the source's figure, if any)."""

    value: float
    unit: "Unit"
    share: float | None = None


class Figure(NamedTuple):
    """What a fact states of a part, with its period and id: "$4.3 bn (2025, kz-uz-turnover-2025)"."""

    fact: "Fact"
    part: str = "amount"


class Parties(NamedTuple):
    """Party codes, written as a line of names: "Kazakhstan – Uzbekistan"."""

    codes: tuple[str, ...]


class Word(NamedTuple):
    """One of otg's own words (a measure, status, event kind, verdict), said in the language: the
    phrase "CONTEXT CODE" ("kind presidential talks", "qualifier almost"), else "CODE", else the
    code itself, which is the English word."""

    code: str
    context: str = ""


class Day(NamedTuple):
    """A date as precise as it is said, as `partial_dates` writes one ("2025", "2025-11",
    "--10-22" for 22 October of a year not stated): written in the language's way."""

    date: str


class Name(NamedTuple):
    """A name the sources give in several languages (a place, a person)."""

    name: "Localized"


Value = Union[
    str, int, float, "Reason", Amount, Change, Delta, Figure, Parties, Word, Name, Day, tuple["Value", ...]
]


class Reason(NamedTuple):
    """A code (its template is the phrase of that key in phrases/LANG.toml) and its values."""

    code: str
    values: tuple[tuple[str, Value], ...] = ()

    def get(self, name: str) -> Value | None:
        return dict(self.values).get(name)


def reason(code: str, /, **values: Value) -> Reason:
    """A reason: `reason("figure.backs", figure=Figure(fact))`."""
    return Reason(code, tuple(values.items()))


def joined(reasons: tuple[Reason, ...] | list[Reason]) -> Reason:
    """Several reasons said one after another ("; "), as one: the reason of a part several
    sources state."""
    items = tuple(reasons)
    return items[0] if len(items) == 1 else reason("reasons", items=items)

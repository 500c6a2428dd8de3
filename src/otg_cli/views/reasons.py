"""A reason (`otg_cli.reasons`) in words: in the run's language for a person, in English for JSON.

Each code is a phrase key whose English template is in phrases/en.toml and whose Russian and
Kazakh ones are in ru.toml and kk.toml; amounts, periods, names and otg's own words in it are
written by the same functions as everywhere else (`figures.format_amount`, `periods`,
`countries.party_line`), so "$4,3 млрд" and "4,3 млрд доллар" read as in the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from otg_cli import i18n
from otg_cli.reasons import Amount, Change, Day, Delta, Figure, Name, Parties, Reason, Value, Word

if TYPE_CHECKING:
    from otg_cli.models import Fact, FactBase


def said(reason: Reason, base: FactBase | None = None) -> str:
    """The reason in the current language."""
    if reason.code not in i18n.phrases("en"):
        raise LookupError(f"reason code {reason.code!r} has no English phrase in phrases/en.toml")
    values = {name: _value(value, base) for name, value in reason.values}
    return i18n.phrase(reason.code, **values)


def english(reason: Reason, base: FactBase | None = None) -> str:
    """The reason in English, as JSON gives it in every language."""
    with i18n.using("en"):
        return said(reason, base)


def codes(reason: Reason) -> list[str]:
    """The codes of what a reason says, one for each source or clause ("figure.rules_out_by")."""
    if reason.code == "reasons":
        items = reason.get("items")
        return (
            [c for r in items if isinstance(r, Reason) for c in codes(r)] if isinstance(items, tuple) else []
        )
    return [reason.code]


def _value(value: Value, base: FactBase | None) -> str:
    if isinstance(value, tuple) and type(value) is tuple:
        items = cast("tuple[Value, ...]", value)
        glue = "; " if items and isinstance(items[0], Reason | Figure) else ", "
        return glue.join(_value(v, base) for v in items)
    if isinstance(value, Reason | Parties):
        return said(value, base) if isinstance(value, Reason) else _parties(value.codes, base)
    if isinstance(value, float):
        return i18n.number(value)
    writer = _WRITERS.get(type(value))
    return str(value) if writer is None else writer(value)


def _amount(value: Amount) -> str:
    from otg_cli.views.amounts import claimed_amount

    return claimed_amount(value.value, value.unit, value.qualifier, value.high)


def _change(value: Change) -> str:
    from otg_cli.views.amounts import claimed_change

    return claimed_change(value.pct, value.qualifier, value.high)


def figure(fact: Fact, part: str = "amount") -> str:
    """What a fact states of a part, its period and id: "$4.3 bn (2025, kz-uz-turnover-2025)"."""
    from otg_cli.figures import format_amount, format_change
    from otg_cli.periods import describe_period

    if part == "change" and fact.change_pct is not None:
        stated = i18n.phrase("change {change}", change=format_change(fact.change_pct, fact.change_qualifier))
    elif fact.value is not None:
        stated = fact.worded or format_amount(fact.value, fact.unit, fact.qualifier)
    else:
        stated = i18n.phrase("no figure")
    return f"{stated} ({describe_period(fact.period, in_sentence=True)}, {fact.id})"


def word(value: Word) -> str:
    """One of otg's own words in the language (see `Word`): "CONTEXT CODE", else "CODE", else the code."""
    keys = [f"{value.context} {value.code}"] if value.context else []
    table = i18n.phrases(i18n.current())
    return next((table[k] for k in [*keys, value.code] if k in table), value.code)


def _delta(delta: Delta) -> str:
    """ "+$700 m, +16%": how far the claim is from the source, and by what share of its figure."""
    from otg_cli.figures import format_amount

    sign = "+" if delta.value > 0 else "−"
    text = f"{sign}{format_amount(abs(delta.value), delta.unit)}"
    if delta.unit == "percent":
        # Between two percentages, points: "+6.5 percentage points", "+6,5 п. п.", "+6,5 пайыздық тармақ".
        text = f"{sign}{i18n.number(abs(delta.value))}\u00a0{i18n.phrase('percentage points')}"
    if delta.share is not None:
        text += ", " + f"{delta.share:+.0%}".replace("-", "−")
    return text


#: How each kind of value is written (`_value` handles text, numbers, reasons and parties).
_WRITERS: dict[type, Callable[[Any], str]] = {
    Amount: _amount,
    Change: _change,
    Delta: _delta,
    Figure: lambda value: figure(value.fact, value.part),
    Word: word,
    Name: lambda value: value.name.get(i18n.current()),
    Day: lambda value: _day(value.date),
}


def _day(date: str) -> str:
    from otg_cli.periods import describe_date

    return describe_date(date)


def _parties(codes: tuple[str, ...], base: FactBase | None) -> str:
    if base is None:
        return " – ".join(codes)
    from otg_cli.countries import party_line

    return party_line(codes, base)

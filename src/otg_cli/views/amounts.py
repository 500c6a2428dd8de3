"""A figure as a sentence of news says it, for the prose of verify's reasons and understood line:
"более $12 тыс.", "почти $2 млрд"; "12 мың доллардан астам", "2 млрд долларға жуық". Tables keep
their notation ("> $12 000", with the legend); English keeps it everywhere."""

from __future__ import annotations

from otg_cli import i18n
from otg_cli.models import Qualifier, Unit

#: Russian puts every qualifier before the figure.
_RU = {
    "exact": "{amount}",
    "about": "около {amount}",
    "over": "более {amount}",
    "at_least": "не менее {amount}",
    "almost": "почти {amount}",
    "under": "менее {amount}",
    "at_most": "не более {amount}",
}

#: Kazakh puts most after it, with the case the word asks for: ablative (-дан) for "more than",
#: "less than", dative (-ға) for "almost". {stem} is the amount's last word in that case.
_KK = {
    "exact": "{amount}",
    "about": "шамамен {amount}",
    "over": "{ablative} астам",
    "at_least": "кемінде {amount}",
    "almost": "{dative} жуық",
    "under": "{ablative} аз",
    "at_most": "ең көбі {amount}",
}

#: The Kazakh cases of a figure's last word: доллар, доллардан, долларға; %, %-дан, %-ға.
_KK_CASES = {"USD": ("доллар", "доллардан", "долларға"), "percent": ("%", "%-дан", "%-ға")}


def _scaled(value: float) -> str:
    """12 000 as "12 тыс." (Russian) or "12 мың" (Kazakh), as news write round thousands."""
    from otg_cli.figures import plain_number

    words = [*i18n.scale_words(), (1e3, "тыс." if i18n.current() == "ru" else "мың")]
    for factor, suffix in words:
        if abs(value) >= factor:
            return f"{plain_number(round(value / factor, 6))} {suffix}"
    return plain_number(value)


def in_words(value: float, unit: Unit, qualifier: Qualifier = "exact") -> str:
    """The figure in the run's language as prose; a unit prose does not know keeps the table's form."""
    from otg_cli.figures import format_amount, plain_number

    language = i18n.current()
    if language == "en" or unit not in ("USD", "percent"):
        return format_amount(value, unit, qualifier)
    sign = "−" if value < 0 else ""
    if language == "ru":
        amount = f"{sign}${_scaled(abs(value))}" if unit == "USD" else f"{plain_number(value)}%"
        return _RU[qualifier].format(amount=amount)
    number = sign + _scaled(abs(value)) if unit == "USD" else plain_number(value)
    glue = " " if unit == "USD" else ""
    plain, ablative, dative = (f"{number}{glue}{word}" for word in _KK_CASES[unit])
    return _KK[qualifier].format(amount=plain, ablative=ablative, dative=dative)


def range_in_words(low: float, high: float, unit: Unit) -> str:
    """A range a claim states, in the run's language: "$4 bn to $5 bn", "от $4 млрд до $5 млрд"."""
    return i18n.phrase("range {low} {high}", low=in_words(low, unit), high=in_words(high, unit))


def claimed_amount(
    value: float, unit: Unit, qualifier: Qualifier = "exact", high: float | None = None
) -> str:
    """A claimed amount as prose: its range where it states one, else the figure with its qualifier."""
    return in_words(value, unit, qualifier) if high is None else range_in_words(value, high, unit)


def claimed_change(pct: float, qualifier: Qualifier = "exact", high: float | None = None) -> str:
    """A claimed change: "+15% to +20%" where the claim states a range, else with its qualifier."""
    from otg_cli.figures import format_change

    if high is None:
        return format_change(pct, qualifier)
    return i18n.phrase("range {low} {high}", low=format_change(pct), high=format_change(high))

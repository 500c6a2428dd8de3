"""Figures as words: "> $11.9 bn", "≈ $210 m", "almost $2 bn", "+18.5%".

The qualifier is part of the figure: no function here can show a value without it.
"""

from __future__ import annotations

from otg_cli.models import Qualifier, Unit

QUALIFIER_PREFIX: dict[str, str] = {
    "exact": "",
    "about": "≈ ",
    "over": "> ",
    "almost": "almost ",
    "under": "< ",
    "at_most": "≤ ",
}

QUALIFIER_MEANING: dict[str, str] = {
    "exact": "as stated, with no qualifier",
    "about": "about: около, порядка, шамамен",
    "over": "more than: более, свыше, превысил, астам, асты",
    "almost": "almost: почти",
    "under": "less than: менее",
    "at_most": "at most, does not exceed: аспайды",
}

_SCALES = ((1e9, "bn"), (1e6, "m"))


def plain_number(value: float) -> str:
    """Shortest exact text for a stored figure: 4.3, 425, 66.67, 12,000."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _scaled(value: float) -> str:
    for factor, suffix in _SCALES:
        if abs(value) >= factor:
            return f"{plain_number(round(value / factor, 6))} {suffix}"
    return plain_number(value)


def format_amount(value: float, unit: Unit, qualifier: Qualifier = "exact") -> str:
    if unit == "USD":
        sign = "−" if value < 0 else ""
        text = f"{sign}${_scaled(abs(value))}"
    elif unit == "percent":
        text = f"{plain_number(value)}%"
    elif unit == "tonnes":
        text = f"{_scaled(value)} t"
    elif unit == "people":
        text = f"{_scaled(value)} people"
    else:
        text = plain_number(value)
    return QUALIFIER_PREFIX[qualifier] + text


def format_change(change_pct: float, qualifier: Qualifier = "exact") -> str:
    sign = "+" if change_pct > 0 else ("−" if change_pct < 0 else "±")
    return f"{QUALIFIER_PREFIX[qualifier]}{sign}{plain_number(abs(change_pct))}%"

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


def plain_number(value: float) -> str:
    """Shortest exact text for a stored figure, in the current language: 4.3, 425, 12,000 / 4,3."""
    from otg_cli import i18n

    return i18n.number(value)


def _scaled(value: float) -> str:
    from otg_cli import i18n

    for factor, suffix in i18n.scale_words():
        if abs(value) >= factor:
            return f"{plain_number(round(value / factor, 6))} {suffix}"
    return plain_number(value)


_LOCAL_UNITS = {
    "ru": {"tonnes": "т", "people": "чел."},
    "kk": {"tonnes": "т", "people": "адам"},
}


def _prefix(qualifier: Qualifier) -> str:
    from otg_cli import i18n

    if qualifier == "almost":
        return f"{i18n.phrase('almost')} "
    return QUALIFIER_PREFIX[qualifier]


def format_amount(value: float, unit: Unit, qualifier: Qualifier = "exact") -> str:
    """ "> $11.9 bn" in English; "> 11,9 млрд $" in Russian and Kazakh, as local news write it."""
    from otg_cli import i18n

    language = i18n.current()
    sign = "−" if value < 0 else ""
    if unit == "USD":
        amount = _scaled(abs(value))
        text = f"{sign}${amount}" if language == "en" else f"{sign}{amount} $"
    elif unit == "percent":
        text = f"{plain_number(value)}%"
    elif unit in ("tonnes", "people"):
        word = {"tonnes": "t", "people": "people"}[unit] if language == "en" else _LOCAL_UNITS[language][unit]
        text = f"{_scaled(value)} {word}"
    else:
        text = plain_number(value)
    return _prefix(qualifier) + text


def format_change(change_pct: float, qualifier: Qualifier = "exact") -> str:
    sign = "+" if change_pct > 0 else ("−" if change_pct < 0 else "±")
    return f"{_prefix(qualifier)}{sign}{plain_number(abs(change_pct))}%"

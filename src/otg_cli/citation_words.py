"""The Russian and Kazakh sentence of `otg cite`: what the figure is, in otg's words.

"товарооборот между Казахстаном и Кыргызстаном за 2025 год составил почти $2 млрд";
"2025 жылы Қазақстан мен Қырғызстан арасындағы тауар айналымы 2 млрд долларға жуық болды". The
words (verbs, the instrumental case of country names) are data in phrases/ru.toml and kk.toml;
where a figure is not one otg can say (not a bilateral turnover of Kazakhstan), None: the line then
quotes the source's words alone.
"""

from __future__ import annotations

from otg_cli import i18n
from otg_cli.figures import format_amount
from otg_cli.meetings import Target
from otg_cli.models import Fact, FactBase

#: How each language says what a figure did, by its qualifier; {amount} is the figure without it.
_VERBS = {
    "ru": {
        "exact": "составил {amount}",
        "about": "составил около {amount}",
        "over": "превысил {amount}",
        "at_least": "составил не менее {amount}",
        "almost": "составил почти {amount}",
        "under": "составил менее {amount}",
        "at_most": "не превысил {amount}",
    },
    "kk": {
        "exact": "{amount} болды",
        "about": "шамамен {amount} болды",
        "over": "{amount}дан асты",
        "at_least": "кемінде {amount} болды",
        "almost": "{amount}ға жуық болды",
        "under": "{amount}дан аз болды",
        "at_most": "{amount}дан аспады",
    },
}


def _period(fact: Fact, language: str) -> str | None:
    from otg_cli.periods import describe_period, span

    kind = span(fact.period)
    label = describe_period(fact.period)
    if kind == "full_year":
        assert fact.period.start is not None
        year = fact.period.start.year
        return f"за {year} год" if language == "ru" else f"{year} жылы"
    if kind in ("part_year", "full_years"):
        return f"за {label}" if language == "ru" else f"{label} аралығында"
    if kind == "level":
        return label
    return None


def _sayable(record: Fact | Target) -> bool:
    if isinstance(record, Target) or record.measure != "turnover" or record.value is None:
        return False
    return (
        record.unit == "USD" and not record.sector and len(record.parties) == 2 and record.parties[0] == "KZ"
    )


def local_sentence(record: Fact | Target, base: FactBase, language: str) -> str | None:
    """The sentence for a bilateral turnover of Kazakhstan in US dollars, else None."""
    if not _sayable(record):
        return None
    assert isinstance(record, Fact) and record.value is not None
    partner = record.parties[1]
    period = _period(record, language)
    if period is None:
        return None
    amount = format_amount(record.value, record.unit)
    verb = _VERBS[language][record.qualifier]
    if language == "ru":
        with_partner = i18n.phrase(f"instrumental {partner}")
        if with_partner == f"instrumental {partner}":
            return None
        return f"товарооборот между Казахстаном и {with_partner} {period} {verb.format(amount=amount)}"
    country = base.countries.get(partner)
    if country is None:
        return None
    return f"{period} Қазақстан мен {country.name.kk} арасындағы тауар айналымы {verb.format(amount=amount)}"

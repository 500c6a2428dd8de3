"""Titles of listings, phrased in the run's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from otg_cli.models import FactBase
    from otg_cli.periods import DateRange


def facts_title(heading: str, parties: list[str], period: DateRange | None, base: FactBase) -> str:
    """ "Turnover: Kazakhstan – Uzbekistan, figures within 2025"."""
    from otg_cli.countries import party_line
    from otg_cli.i18n import phrase

    who = party_line(parties, base) or phrase("all parties")
    within = ""
    if period is not None:
        year = period.text if period.text.isdigit() else None
        said = (
            phrase("figures within {year}", year=year)
            if year
            else phrase("figures within {period}", period=period.text)
        )
        within = f", {said}"
    return f"{phrase(heading)}: {who}{within}"


def facts_heading(measures: list[str]) -> str:
    """ "Facts", or "Facts (exports, imports)" when only some measures were asked for."""
    from otg_cli.i18n import phrase

    return phrase("Facts ({measures})", measures=", ".join(measures)) if measures else phrase("Facts")

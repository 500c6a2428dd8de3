"""No-match hints, phrased: what was asked, and what the fact base has instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from otg_cli.countries import party_line
from otg_cli.hints import Hint, NoAgreements, NoEvent, NoFacts, NoMatch, NoRecord, NoTargets

if TYPE_CHECKING:
    from otg_cli.models import FactBase


def _no_facts(hint: NoFacts, base: FactBase) -> str:
    from otg_cli.i18n import phrase

    what = f"{' or '.join(hint.measures)} " if hint.measures else ""
    who = party_line(hint.parties, base) or phrase("all parties")
    within = f" within {hint.period}" if hint.period else ""
    if hint.closest:
        return (
            f"no {what}figures for {who}{within}. {phrase('Closest figures')}: {_figures(hint.closest, base)}"
        )
    known = "; ".join(party_line(combo, base) for combo in hint.known)
    return f"no {what}figures for {who}{within}. The fact base has {what}figures for: {known}"


def _figures(ids: tuple[str, ...], base: FactBase) -> str:
    """Figures named with their parties, period and value, as the table labels them."""
    from otg_cli import views

    rows = views.rows("fact", [base.facts[i] for i in ids], base)
    return "; ".join(
        f"{party_line(row['parties'], base)}, {row['period']['label']}: {row['value_label']} ({row['id']})"
        for row in rows
    )


def _no_event(hint: NoEvent, base: FactBase) -> str:
    from otg_cli.periods import describe_event_date

    listing = "\n".join(
        f"  {e.id}: {e.name.en}, {e.place.en if e.place else 'place not stated'}, "
        f"{describe_event_date(e.date, e.date_end)}"
        for e in hint.events
    )
    return f"no event matches {hint.text!r}. Events in the fact base:\n{listing}"


def _no_agreements(hint: NoAgreements) -> str:
    asked = " and ".join(
        part
        for part in (hint.event and f"event {hint.event!r}", hint.country and f"country {hint.country!r}")
        if part
    )
    return f"no agreements match {asked}"


def _no_match(hint: NoMatch) -> str:
    if hint.kind == "event":
        return f"no event matches {hint.text!r}; run `otg events` for all"
    if hint.kind == "derived":
        return "otg derives no figure for these parties and period"
    return f"nothing matches {hint.text!r}"


def phrase_hint(hint: Hint, base: FactBase) -> str:
    """The one line (or short block) that says why nothing matched."""
    if isinstance(hint, NoFacts):
        return _no_facts(hint, base)
    if isinstance(hint, NoEvent):
        return _no_event(hint, base)
    if isinstance(hint, NoAgreements):
        return _no_agreements(hint)
    if isinstance(hint, NoTargets):
        return "no targets for " + ", ".join(hint.asked)
    if isinstance(hint, NoRecord):
        close = f"; did you mean {', '.join(hint.close)}?" if hint.close else ""
        return f"no record with id {hint.key!r}{close}"
    return _no_match(hint)

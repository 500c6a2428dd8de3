"""No-match hints, phrased: what was asked, and what the fact base has instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from otg_cli.countries import party_line
from otg_cli.hints import Hint, NoAgreements, NoEvent, NoFacts, NoMatch, NoRecord, NoTargets

if TYPE_CHECKING:
    from otg_cli.models import FactBase


def _no_facts(hint: NoFacts, base: FactBase) -> str:
    from otg_cli.i18n import phrase

    who = party_line(hint.parties, base) or phrase("all parties")
    # "2025 г." before the sentence's own full stop keeps one.
    within = (
        phrase(" within {period}", period=_in_sentence(hint.period)).removesuffix(".") if hint.period else ""
    )
    measures = ""
    if hint.measures:
        from otg_cli.views.labels import measure_word

        measures = f" {phrase('or')} ".join(measure_word(m) for m in hint.measures)
    if hint.closest:
        figures = _figures(hint.closest, base)
        if not measures:
            return phrase(
                "no figures for {who}{within}. Closest figures: {figures}",
                who=who,
                within=within,
                figures=figures,
            )
        template = "no {measures} figures for {who}{within}. Closest figures: {figures}"
        return phrase(template, measures=measures, who=who, within=within, figures=figures)
    known = "; ".join(party_line(combo, base) for combo in hint.known)
    if not measures:
        template = "no figures for {who}{within}. The fact base has figures for: {known}"
        return phrase(template, who=who, within=within, known=known)
    template = "no {measures} figures for {who}{within}. The fact base has {measures} figures for: {known}"
    return phrase(template, measures=measures, who=who, within=within, known=known)


def _in_sentence(text: str) -> str:
    """The period asked for as a sentence words it (за 2025 год, 2025 жылғы қаңтар–тамыз); in
    English as it was typed."""
    from otg_cli.i18n import current

    if current() == "en":
        return text
    from otg_cli.models import Period
    from otg_cli.periods import describe_period, parse_period

    asked = parse_period(text)
    return describe_period(Period(basis="flow", start=asked.start, end=asked.end), in_sentence=True)


def _figures(ids: tuple[str, ...], base: FactBase) -> str:
    """Figures named with their parties, period and value, as the table labels them."""
    from otg_cli import views

    rows = views.rows("fact", [base.facts[i] for i in ids], base)
    return "; ".join(
        f"{party_line(row['parties'], base)}, {row['period']['label']}: {row['value_label']} ({row['id']})"
        for row in rows
    )


def _no_event(hint: NoEvent, base: FactBase) -> str:
    from otg_cli.i18n import current, phrase
    from otg_cli.periods import describe_event_date

    language = current()
    listing = "\n".join(
        f"  {e.id}: {e.name.get(language)}, "
        f"{e.place.get(language) if e.place else phrase('place not stated')}, "
        f"{describe_event_date(e.date, e.date_end)}"
        for e in hint.events
    )
    return phrase("no event matches {text}. Events in the fact base:", text=hint.text) + f"\n{listing}"


def _no_agreements(hint: NoAgreements) -> str:
    from otg_cli.i18n import phrase

    asked = ", ".join(
        part
        for part in (
            hint.event and phrase("event {text}", text=hint.event),
            hint.country and phrase("country {text}", text=hint.country),
        )
        if part
    )
    return phrase("no agreements match {asked}", asked=asked)


def _no_match(hint: NoMatch) -> str:
    from otg_cli.i18n import phrase

    if hint.kind == "event":
        return phrase("no event matches {text}; run `otg events` for all", text=hint.text)
    if hint.kind == "derived":
        return phrase("otg derives no figure for these parties and period")
    return phrase("nothing matches {text}", text=hint.text)


def phrase_hint(hint: Hint, base: FactBase) -> str:
    """The one line (or short block) that says why nothing matched."""
    if isinstance(hint, NoFacts):
        return _no_facts(hint, base)
    if isinstance(hint, NoEvent):
        return _no_event(hint, base)
    if isinstance(hint, NoAgreements):
        return _no_agreements(hint)
    from otg_cli.i18n import phrase

    if isinstance(hint, NoTargets):
        return phrase("no targets for {asked}", asked=", ".join(hint.asked))
    if isinstance(hint, NoRecord):
        close = phrase("; did you mean {close}?", close=", ".join(hint.close)) if hint.close else ""
        return phrase("no record with id {key}", key=hint.key) + close
    return _no_match(hint)

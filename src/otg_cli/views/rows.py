"""Results as JSON-ready rows: the stable contract for `--json` (see README "JSON output").

Numbers are in base units (an integral figure is a JSON integer), dates are ISO 8601, and every
record carries its sources with the verbatim quotes. Field names change only with a documented,
versioned change. Each label (value, change, period, progress, deadline, date) is computed here
once; the table shows the same labels. Nothing here runs a query: what a row needs from other
records (progress, agreements, citing records) comes with the result.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from otg_cli import i18n, periods
from otg_cli.figures import format_amount, format_change

if TYPE_CHECKING:
    from otg_cli.curation.quoting import Found as QuoteFound
    from otg_cli.derived import Derived
    from otg_cli.errors import Problem
    from otg_cli.meetings import Agreement, Event
    from otg_cli.models import Citation, Country, Fact, FactBase, Group, Localized, Period, Qualifier, Unit
    from otg_cli.output_models import (
        AgreementOut,
        CheckOut,
        CitationOut,
        ClaimOut,
        CountryOut,
        DerivedOut,
        EventOut,
        EventSummaryOut,
        FactOut,
        GroupOut,
        HitOut,
        LocalizedOut,
        PeriodOut,
        ProblemOut,
        ProgressOut,
        QuoteOut,
        RecordRefOut,
        SourceOut,
        SourceRefOut,
        StatementOut,
        TargetOut,
        VerificationOut,
    )
    from otg_cli.query import EventFound, Progress, SourceFound, TargetFound, Verified
    from otg_cli.search import Hit
    from otg_cli.statements import Statement


def whole(value: float) -> int | float:
    """An integral figure as a JSON integer: 4300000000, not 4300000000.0."""
    return int(value) if float(value).is_integer() else value


def number(value: float | None) -> int | float | None:
    return None if value is None else whole(value)


def localized(text: "Localized") -> "LocalizedOut":
    return {"en": text.en, "ru": text.ru, "kk": text.kk}


def maybe_localized(text: "Localized | None") -> "LocalizedOut | None":
    return None if text is None else localized(text)


def citation(item: "Citation", base: "FactBase") -> "SourceRefOut":
    source = base.sources[item.source]
    return {
        "id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published,
        "language": source.language,
        "url": source.url,
        "reporter": source.reporter,
        "quote": item.quote,
    }


def period_of(period: "Period") -> "PeriodOut":
    return {
        "start": period.start.isoformat() if period.start else None,
        "end": period.end.isoformat() if period.end else None,
        "basis": period.basis,
        "label": periods.describe_period(period),
        "span": periods.span(period),  # type: ignore[typeddict-item]
        "span_label": periods.period_kind(period),
    }


def derived(item: "Derived", base: "FactBase | None" = None) -> "DerivedOut":
    return {
        "id": item.id,
        "kind": "derived",
        "derived": True,
        "measure": item.measure,
        "parties": list(item.parties),
        "period": period_of(item.period),
        "value": whole(item.value),
        "unit": item.unit,
        "qualifier": item.qualifier,
        "value_label": format_amount(item.value, item.unit, item.qualifier),
        "formula": item.formula.english(),
        "formula_label": item.formula.text(),
        "from_facts": list(item.from_facts),
        "note": item.note.english(),
        "note_label": item.note.text(),
    }


def fact(item: "Fact", base: "FactBase") -> "FactOut":
    period = item.period
    conflicts = base.disagreements.get(item.id, ())
    return {
        "id": item.id,
        "kind": "fact",
        "measure": item.measure,
        "sector": item.sector,
        "description": item.description,
        "descriptions": {"en": item.description, "ru": item.description_ru, "kk": item.description_kk},
        "description_label": item.described(i18n.current()),
        "parties": list(item.parties),
        "period": period_of(period),
        "value": number(item.value),
        "unit": item.unit,
        "qualifier": item.qualifier,
        "value_label": None
        if item.value is None
        else (item.worded or format_amount(item.value, item.unit, item.qualifier)),
        "change_pct": number(item.change_pct),
        "change_qualifier": None if item.change_pct is None else item.change_qualifier,
        "change_label": None
        if item.change_pct is None
        else format_change(item.change_pct, item.change_qualifier),
        "conflicts_with": [c.id for c in conflicts],
        "conflicts": [{"id": c.id, "declared": c.declared, "detected": c.detected} for c in conflicts],
        "part_of": item.part_of,
        "sources": [citation(c, base) for c in item.citations],
        "notes": list(item.notes),
    }


def event_summary(item: "Event") -> "EventSummaryOut":
    return {
        "id": item.id,
        "name": localized(item.name),
        "place": maybe_localized(item.place),
        "date": item.date,
        "date_end": item.date_end,
        "date_label": periods.describe_event_date(item.date, item.date_end),
    }


def event(found: "EventFound", base: "FactBase") -> "EventOut":
    item = found.event
    summary = event_summary(item)
    return {
        "id": summary["id"],
        "name": summary["name"],
        "place": summary["place"],
        "date": summary["date"],
        "date_end": summary["date_end"],
        "date_label": summary["date_label"],
        "kind": "event",
        "category": item.kind,
        "aliases": list(item.aliases),
        "country": item.country,
        "participants": [
            {
                "name": localized(p.name),
                "role": p.role.en,
                "country": p.country,
                "source": citation(p.citation, base) if p.citation else None,
            }
            for p in item.participants
        ],
        "agreements": list(found.agreements),
        "sources": [citation(c, base) for c in item.citations],
        "notes": list(item.notes),
    }


def agreement(item: "Agreement", base: "FactBase") -> "AgreementOut":
    linked = base.events.get(item.event) if item.event else None
    return {
        "id": item.id,
        "kind": "agreement",
        "category": item.kind,
        "title": localized(item.title),
        "status": item.status,
        "status_label": i18n.phrase(item.status.replace("_", " ")),
        "parties": list(item.parties),
        "proposed_by": item.proposed_by,
        "date": item.date,
        "event": event_summary(linked) if linked else None,
        "sources": [citation(c, base) for c in item.citations],
        "notes": list(item.notes),
    }


def progress_of(progress: "Progress | None") -> "ProgressOut | None":
    if progress is None:
        return None
    return {
        "derived": True,
        "ratio_pct": whole(progress.ratio_pct),
        "qualifier": progress.qualifier,
        "label": format_amount(progress.ratio_pct, "percent", progress.qualifier),
        "from_fact": progress.fact.id,
        "period": period_of(progress.fact.period),
        "formula": progress.formula.english(),
        "formula_label": progress.formula.text(),
    }


def target(found: "TargetFound", base: "FactBase") -> "TargetOut":
    item = found.target
    return {
        "id": item.id,
        "kind": "target",
        "measure": item.measure,
        "parties": list(item.parties),
        "value": whole(item.value),
        "unit": item.unit,
        "qualifier": item.qualifier,
        "value_label": format_amount(item.value, item.unit, item.qualifier),
        "deadline": item.deadline,
        "deadline_label": periods.describe_date(item.deadline),
        "event": item.event,
        "progress": progress_of(found.progress),
        "disputed_progress": [p for p in map(progress_of, found.disputed) if p is not None],
        "sources": [citation(c, base) for c in item.citations],
        "notes": list(item.notes),
    }


def source(found: "SourceFound", base: "FactBase | None" = None) -> "SourceOut":
    item = found.source
    return {
        "id": item.id,
        "kind": "source",
        "outlet": item.outlet,
        "title": item.title,
        "published": item.published,
        "language": item.language,
        "dateline": item.dateline,
        "subject": item.subject,
        "url": item.url,
        "retrieved": item.retrieved.isoformat() if item.retrieved else None,
        "reporter": item.reporter,
        "archive": item.archive,
        "sha256": item.sha256,
        "cited_by": list(found.cited_by),
        "notes": list(item.notes),
    }


def group(item: "Group", base: "FactBase") -> "GroupOut":
    return {
        "id": item.id,
        "kind": "group",
        "name": localized(item.name),
        "aliases": list(item.aliases),
        "members": [{"country": m.country, "role": m.role} for m in item.members],
        "sources": [citation(c, base) for c in item.citations],
        "notes": list(item.notes),
    }


def country(item: "Country", base: "FactBase | None" = None) -> "CountryOut":
    return {"code": item.code, "name": localized(item.name), "aliases": list(item.aliases)}


def hit(item: "Hit", base: "FactBase | None" = None) -> "HitOut":
    return {
        "kind": item.kind,
        "id": item.id,
        "title": item.title,
        "title_label": item.title if base is None else hit_title(item, base),
        "score": item.score,
        "matches": [{"field": f, "text": t} for f, t in item.matches],
    }


def problem(item: "Problem", base: "FactBase | None" = None) -> "ProblemOut":
    """A problem's JSON: its English message, and the message in the run's language."""
    from otg_cli.views.problems import said

    found = item.as_dict()
    found["message_label"] = said(item.message)
    return found


class CheckReport(NamedTuple):
    """What `otg check` found, and in how many files."""

    problems: "Sequence[Problem]"
    files: int


def check(report: CheckReport, base: "FactBase | None" = None) -> "CheckOut":
    found = report.problems
    errors = [problem(p) for p in found if p.severity == "error"]
    warnings = [problem(p) for p in found if p.severity == "warning"]
    return {"ok": not errors, "files": report.files, "errors": errors, "warnings": warnings}


def claim_of(verified: "Verified") -> "ClaimOut":
    claim = verified.result.claim
    period = claim.period
    return {
        "text": claim.text,
        "parties": list(claim.parties),
        "indicator": claim.indicator,
        "period": None
        if period is None
        else {"start": period.start.isoformat(), "end": period.end.isoformat(), "label": period.text},
        "value": number(claim.value),
        "value_high": number(claim.value_high),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "value_label": None
        if claim.value is None or claim.unit is None
        else _claimed_label(claim.value, claim.unit, claim.qualifier, claim.value_high),
        "change_pct": number(claim.change_pct),
        "change_high": number(claim.change_high),
        "corrections": list(claim.corrections),
    }


def _claimed_label(value: float, unit: "Unit", qualifier: "Qualifier", high: float | None) -> str:
    """A claimed amount as a table shows it: "$4 bn to $5 bn" for a range, "> $11.9 bn" otherwise."""
    if high is None:
        return format_amount(value, unit, qualifier)
    return i18n.phrase("range {low} {high}", low=format_amount(value, unit), high=format_amount(high, unit))


def verification(verified: "Verified", base: "FactBase") -> "VerificationOut":
    from otg_cli.views.reasons import codes, english, said

    result = verified.result
    return {
        "verdict": result.verdict,
        "verdict_label": i18n.phrase(result.verdict.replace("_", " ")),
        "claim": claim_of(verified),
        "explanation": english(result.explanation, base),
        "explanation_label": said(result.explanation, base),
        "sources_disagree": result.sources_disagree,
        "parts": [
            {
                "part": part.name,
                "claimed": english(part.claimed, base),
                "verdict": part.verdict,
                "verdict_label": i18n.phrase(part.verdict.replace("_", " ")),
                "reason": english(part.reason, base),
                "reason_label": said(part.reason, base),
                "reason_codes": codes(part.reason),
                "records": [r.id for r in (*part.facts, *part.targets, *part.records)],
            }
            for part in result.parts
        ],
        "evidence": [fact(f, base) for f in result.facts],
        "targets": [target(t, base) for t in verified.targets],
        "records": [record_ref(r, base) for r in result.records],
        "statement": statement_of(result.statement),
        "as_of": result.as_of.isoformat() if result.as_of else None,
    }


def record_ref(record: "Agreement | Event | Group", base: "FactBase") -> "RecordRefOut":
    from otg_cli.kinds import kind_of
    from otg_cli.meetings import Agreement

    name = record.title if isinstance(record, Agreement) else record.name
    return {
        "kind": kind_of(record).table,  # type: ignore[typeddict-item]
        "id": record.id,
        "name": localized(name),
        "sources": [citation(c, base) for c in record.citations],
    }


def statement_of(statement: "Statement | None") -> "StatementOut | None":
    if statement is None:
        return None
    return {
        "action": statement.action,
        "negated": statement.negated,
        "subject": statement.subject,
        "venues": list(statement.venues),
        "year": statement.year,
        "month": statement.month,
        "day": statement.day,
        "ordinal": statement.ordinal,
        "role": statement.role,
    }


def quote(item: "QuoteFound", base: "FactBase | None" = None) -> "QuoteOut":
    passage, closest = item.passage, item.closest
    return {
        "source": item.source,
        "archive": item.archive,
        "text": item.asked,
        "found": passage is not None,
        "verbatim": item.verbatim,
        "passage": passage.text if passage else None,
        "start": passage.start if passage else None,
        "end": passage.end if passage else None,
        "occurrences": item.occurrences,
        "closest": None
        if closest is None
        else {
            "passage": closest.text,
            "start": closest.start,
            "end": closest.end,
            "similarity": item.similarity or 0.0,
            "diff": list(item.diff),
        },
    }


def cite_document(base: "FactBase", record_id: str, *, style: str, text: str) -> "CitationOut":
    """`otg cite --json`: the line as printed, with the record and the source it cites."""
    from otg_cli.citations import cited
    from otg_cli.i18n import current
    from otg_cli.meetings import Target
    from otg_cli.models import Fact

    record = base.record(record_id)
    if not isinstance(record, Fact | Target):  # pragma: no cover - attribution() refused it first
        raise TypeError(f"{record_id} is not a figure")
    language = current()
    return {
        "id": record_id,
        "kind": "fact" if isinstance(record, Fact) else "target",
        "language": language,
        "style": "markdown" if style == "markdown" else "text",
        "text": text,
        "source": citation(cited(base, record, language), base),
    }


def hit_title(item: "Hit", base: "FactBase") -> str:
    """What a hit is, in the run's language where the record has the words."""
    from otg_cli.meetings import Agreement, Event
    from otg_cli.models import Fact, Group

    record = base.record(item.id) if item.kind != "person" else None
    language = i18n.current()
    if isinstance(record, Fact):
        return record.described(language)
    if isinstance(record, Agreement):
        return record.title.get(language)
    if isinstance(record, Event | Group):
        return record.name.get(language)
    return item.title

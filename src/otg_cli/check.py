"""`otg check`: everything the loader finds, plus what only a curator's lint looks for.

Errors: quotes that are not verbatim in their archived article, records that contradict their own
quotes (`quotecheck`), and archived articles edited since their checksum was recorded. Warnings:
figures that do not add up (parts vs. totals; exports + imports vs. turnover; balance = exports -
imports), facts for the same parties, measure and period that differ without being marked as a
disagreement, and fields and parties no quote states.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from otg_cli.errors import Problem
from otg_cli.factfiles import checksum
from otg_cli.figures import Interval, add, can_be_at_most, format_amount, interval, overlaps, subtract
from otg_cli.kinds import kind_of
from otg_cli.loader import citations_of, display_path, load_with_problems
from otg_cli.models import Fact, FactBase
from otg_cli.query import dollar_figures_by_period
from otg_cli.text import collapse_whitespace


def article_texts(base: FactBase) -> dict[str, str | None]:
    """Each source's archived article, whitespace collapsed; None where it cannot be read."""
    texts: dict[str, str | None] = {}
    for source_id, path in base.archive_paths.items():
        try:
            texts[source_id] = collapse_whitespace(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            texts[source_id] = None  # reported by the loader as a missing archive
    return texts


def check_quotes(base: FactBase, texts: dict[str, str | None] | None = None) -> list[Problem]:
    """Every quote must stand, whitespace aside, in the archived article of its source."""
    texts = article_texts(base) if texts is None else texts
    problems: list[Problem] = []
    for key, record in base.records().items():
        for field, citation in citations_of(record):
            article = texts.get(citation.source)
            if article is not None and collapse_whitespace(citation.quote) not in article:
                archive = display_path(base.archive_paths[citation.source])
                problems.append(
                    Problem(
                        f"quote is not verbatim in {archive}: {citation.quote[:80]!r}",
                        base.origins.get(key),
                        f"{kind_of(record).table} {key}",
                        f"{field}.quote",
                    )
                )
    return problems


def check_checksums(base: FactBase) -> list[Problem]:
    """An archived article whose source records a `sha256` must still be the file it was."""
    problems: list[Problem] = []
    for key, source in base.sources.items():
        path = base.archive_paths[key]
        try:
            found = checksum(path.read_bytes()) if source.sha256 is not None else None
        except OSError:
            continue  # reported by the loader as a missing archive
        if found is not None and found != source.sha256:
            problems.append(
                Problem(
                    f"archived article {display_path(path)} changed since it was archived: sha256 "
                    f"expected {source.sha256}, found {found}. If the edit was a mistake, put the "
                    "article back as published (or archive it again with `otg source add`); if it "
                    f'was intended, set sha256 = "{found}" and check its quotes',
                    base.origins.get(key),
                    f"source {key}",
                    "sha256",
                )
            )
    return problems


def _warn(fact: Fact, base: FactBase, message: str, field: str = "value") -> Problem:
    return Problem(message, base.origins.get(fact.id), f"fact {fact.id}", field, severity="warning")


def _label(fact: Fact) -> str:
    assert fact.value is not None
    return f"{fact.id} ({format_amount(fact.value, fact.unit, fact.qualifier)})"


def _span(fact: Fact) -> Interval:
    """The values a fact's figure allows (`figures.interval`)."""
    assert fact.value is not None
    return interval(fact.value, fact.qualifier)


def check_parts(base: FactBase) -> list[Problem]:
    """Parts (`part_of`) must not add up to more than their total allows."""
    parts: dict[str, list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        if fact.part_of is not None and fact.part_of in base.facts and fact.value is not None:
            parts[fact.part_of].append(fact)
    problems = []
    for total_id, members in parts.items():
        total = base.facts[total_id]
        if total.value is None:
            continue
        if any(m.unit != total.unit for m in members):
            problems.append(_warn(members[0], base, f"unit differs from its total {total_id}", "unit"))
        elif not can_be_at_most(add(*map(_span, members)), _span(total)):
            listed = " + ".join(_label(m) for m in members)
            problems.append(_warn(members[0], base, f"parts {listed} exceed their total {_label(total)}"))
    return problems


def check_trade_identities(base: FactBase) -> list[Problem]:
    """exports + imports = turnover and exports - imports = balance, within what the wording allows."""
    problems = []
    for facts in dollar_figures_by_period(base, with_value=True):
        t, x, m, b = (facts.get(k) for k in ("turnover", "exports", "imports", "trade_balance"))
        if t and x and m and not overlaps(add(_span(x), _span(m)), _span(t)):
            problems.append(_warn(t, base, f"exports {_label(x)} + imports {_label(m)} ≠ turnover"))
        if x and m and b and not overlaps(subtract(_span(x), _span(m)), _span(b)):
            problems.append(_warn(b, base, f"balance ≠ exports {_label(x)} − imports {_label(m)}"))
        # Without imports: imports = turnover - exports, so balance = 2 * exports - turnover.
        elif t and x and b and not m and not overlaps(subtract(add(_span(x), _span(x)), _span(t)), _span(b)):
            problems.append(_warn(b, base, f"balance ≠ 2 × exports {_label(x)} − turnover {_label(t)}"))
    return problems


def check_unmarked_disagreements(base: FactBase) -> list[Problem]:
    """Two facts with the same parties, measure, unit and period must agree or be linked."""
    seen: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        if fact.period.end is None:
            continue
        period = fact.period
        key = (frozenset(fact.parties), fact.measure, fact.unit, period.basis, period.start, period.end)
        seen[key].append(fact)
    problems = []
    for facts in seen.values():
        for i, first in enumerate(facts):
            for second in facts[i + 1 :]:
                differ = (first.value, first.qualifier) != (second.value, second.qualifier)
                if differ and second.id not in first.conflicts_with:
                    problems.append(
                        _warn(
                            first,
                            base,
                            f"differs from {_label(second)}; if the sources disagree, "
                            "list each in the other's conflicts_with",
                            "conflicts_with",
                        )
                    )
    return problems


def run_checks(directories: Sequence[Path]) -> list[Problem]:
    """Every problem in the fact base, errors first, each with its file, record and field."""
    from otg_cli.quotecheck import check_against_quotes

    base, problems = load_with_problems(directories)
    texts = article_texts(base)
    problems += check_quotes(base, texts)
    problems += check_against_quotes(base, texts)
    problems += check_checksums(base)
    problems += check_parts(base)
    problems += check_trade_identities(base)
    problems += check_unmarked_disagreements(base)
    # Root causes first: a file that does not parse, or is not a fact file, before its records.
    return sorted(
        problems, key=lambda p: (p.severity != "error", p.record is not None, p.file or "", p.record or "")
    )

"""Figures otg computes from the sources' figures, always marked as derived, with the formula.

No source states these numbers: an implied import figure (turnover − exports), the sum of
Kazakhstan's bilateral figures next to a group's stated total, and progress toward a target. Each
carries the ids of the facts it came from, and is approximate whenever one of them is.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple

from otg_cli import i18n, periods
from otg_cli.disagreements import ids
from otg_cli.figures import Formula, Interval, Term, add, combine, stated_range, subtract
from otg_cli.models import Fact, FactBase, Period, Qualifier, Unit
from otg_cli.periods import DateRange
from otg_cli.query import dollar_figures_by_period, find_targets


class Said(NamedTuple):
    """One sentence of a note: a phrase key (phrases/LANG.toml) and what fills it in."""

    key: str
    values: tuple[tuple[str, str | Formula | tuple[Said, ...]], ...] = ()

    def text(self) -> str:
        def word(value: str | Formula | tuple[Said, ...]) -> str:
            if isinstance(value, Formula):
                return value.text()
            return value if isinstance(value, str) else "; ".join(v.text() for v in value)

        return i18n.phrase(self.key, **{name: word(value) for name, value in self.values})


class Note(NamedTuple):
    """What otg says about a derived figure, kept as phrases so that it is written in the language
    of the run (`text`) and in English as data (`english`)."""

    sentences: tuple[Said, ...]

    def text(self) -> str:
        return " ".join(s.text() for s in self.sentences)

    def english(self) -> str:
        with i18n.using("en"):
            return self.text()


class Derived(NamedTuple):
    id: str
    measure: str
    parties: tuple[str, ...]
    period: Period
    value: float
    unit: Unit
    qualifier: Qualifier
    formula: Formula
    from_facts: tuple[str, ...]
    note: Note


def _of(fact: Fact, operator: str = "") -> Term:
    assert fact.value is not None
    return Term(operator, fact.value, fact.unit, fact.qualifier, fact.id)


def implied_imports(base: FactBase) -> list[Derived]:
    """imports = turnover − exports, where the sources give both but not the imports."""
    found = []
    for measures in dollar_figures_by_period(base, with_value=False):
        turnover, exports, imports = (measures.get(m) for m in ("turnover", "exports", "imports"))
        if turnover is None or exports is None or turnover.value is None or exports.value is None:
            continue
        if imports is not None and imports.value is not None:
            continue
        qualifier = combine([turnover.qualifier, exports.qualifier])
        if qualifier is None:
            continue
        value = turnover.value - exports.value
        note = [Said("Turnover minus exports; no source states this figure.")]
        if imports is not None and imports.change_pct is not None:
            note.append(
                Said("The source gives only the change of imports ({fact}).", (("fact", imports.id),))
            )
        found.append(
            Derived(
                id=f"derived-imports-{turnover.id}",
                measure="imports",
                parties=turnover.parties,
                period=turnover.period,
                value=value,
                unit="USD",
                qualifier=qualifier,
                formula=Formula((_of(turnover), _of(exports, "−"))),
                from_facts=(turnover.id, exports.id),
                note=Note(tuple(note)),
            )
        )
    return found


def bilateral_sums(base: FactBase) -> list[Derived]:
    """The sum of one member's bilateral figures with the others, next to a group's stated total."""
    found = []
    seen: set[str] = set()
    for total in base.facts.values():
        if len(total.parties) != 1 or total.parties[0] not in base.groups or total.value is None:
            continue
        if seen & set(ids(base.disagreements.get(total.id, ()))):
            continue  # the same total as worded by another source: one sum is enough
        seen.add(total.id)
        members = [m.country for m in base.groups[total.parties[0]].members]
        for country in members:
            parts: dict[str, Fact] = {}
            for fact in base.facts.values():
                others = set(fact.parties) - {country}
                if (
                    fact.measure == total.measure
                    and fact.unit == total.unit
                    and fact.value is not None
                    and country in fact.parties
                    and len(fact.parties) == 2
                    and others <= set(members)
                    and (fact.period.start, fact.period.end) == (total.period.start, total.period.end)
                ):
                    parts.setdefault(next(iter(others)), fact)  # the first of two disagreeing sources
            if len(parts) < 2:
                continue
            chosen = list(parts.values())
            qualifier = combine(f.qualifier for f in chosen) or "about"
            value = sum(f.value for f in chosen if f.value is not None)
            used = {f.id for f in chosen}
            skipped = sorted({c for f in chosen for c in ids(base.disagreements.get(f.id, ()))} - used)
            note = [
                Said(
                    "otg's sum of {country}'s bilateral figures with other members, shown next to the "
                    "stated total {total}; the sources do not say how the two relate.",
                    (("country", country), ("total", Formula((_of(total),)))),
                )
            ]
            if skipped:
                note.append(
                    Said(
                        "Where sources disagree, the first was used (not {ids}).",
                        (("ids", ", ".join(skipped)),),
                    )
                )
            found.append(
                Derived(
                    id=f"derived-sum-{country.lower()}-{total.id}",
                    measure=total.measure,
                    parties=(country, total.parties[0]),
                    period=total.period,
                    value=value,
                    unit=total.unit,
                    qualifier=qualifier,
                    formula=Formula(tuple(_of(f, "+" if i else "") for i, f in enumerate(chosen))),
                    from_facts=tuple(f.id for f in chosen),
                    note=Note(tuple(note)),
                )
            )
    return found


def progress(base: FactBase) -> list[Derived]:
    found = []
    for found_target in find_targets(base):
        target, result = found_target.target, found_target.progress
        if result is None:
            continue
        note = [Said("Progress toward a stated target from the latest comparable figure.")]
        if found_target.disputed:
            others = tuple(
                Said(
                    "{amount} from {fact}",
                    (
                        ("amount", Formula((Term("", p.ratio_pct, "percent", p.qualifier),))),
                        ("fact", p.fact.id),
                    ),
                )
                for p in found_target.disputed
            )
            note.append(Said("Sources disagree on that figure: {others}.", (("others", others),)))
        found.append(
            Derived(
                id=f"derived-progress-{target.id}",
                measure="target_progress",
                parties=target.parties,
                period=result.fact.period,
                value=result.ratio_pct,
                unit="percent",
                qualifier=result.qualifier,
                formula=result.formula,
                from_facts=(result.fact.id, target.id),
                note=Note(tuple(note)),
            )
        )
    return found


def derived_figures(
    base: FactBase, parties: Collection[str] = (), period: DateRange | None = None
) -> list[Derived]:
    with i18n.using("en"):  # notes are English data; formulas are written by the views
        everything = [*implied_imports(base), *bilateral_sums(base), *progress(base)]
    return [d for d in everything if set(parties) <= set(d.parties) and periods.within(d.period, period)]


@lru_cache(maxsize=4)
def implied_figures(base: FactBase) -> tuple[Derived, ...]:
    """The figures `otg verify` may relate a claim to where no source states it: the implied
    imports (turnover − exports), computed once per base."""
    with i18n.using("en"):
        return tuple(implied_imports(base))


def allowed_range(found: Derived, base: FactBase) -> Interval:
    """The values a derived figure allows: its formula worked on the values each of its facts
    allows as `otg verify` reads a source (`figures.stated_range`), so that "$3 bn" less "$2.2 bn"
    is no more precise than "$3 bn"."""
    total: Interval | None = None
    for term in found.formula.terms:
        fact = base.facts[term.fact] if term.fact is not None else None
        value = fact.value if fact is not None and fact.value is not None else term.value
        span = stated_range(value, fact.qualifier if fact is not None else term.qualifier)
        total = (
            span if total is None else (subtract(total, span) if term.operator == "−" else add(total, span))
        )
    assert total is not None
    return total

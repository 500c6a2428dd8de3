"""Whether figures from different records can all be true: parts within totals, for `otg check`.

A total allows no more than its parts can add up to. The parts of a total are those a curator
lists (`part_of`) and, for figures that add up over time (flows and running totals, not balances,
shares or levels), every figure for the same parties, measure and unit whose period lies inside the
total's: a part year inside its year (H1 2025 $501 m cannot exceed the year's $425 m), a year inside
a cumulative span (a 2005–2025 total cannot be below its 2025 figure). Each figure stands for the
values its qualifier allows (`figures.interval`), so a warning means the figures cannot all be
true, never only that they look different: "over $1.3 bn" for 2025 and "about $5 bn" cumulative
agree.

Warnings name every record and file involved, and are filed against a record its reader can edit
(`Blame`): of the folders checked, the one listed last (a user's folder on top of the bundled
base), never a bundled record beside a user's.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from otg_cli.disagreements import allowed, parties_key, point
from otg_cli.errors import Joined, Problem, Spoken, Words
from otg_cli.factfiles import display_path
from otg_cli.figures import Interval, add, can_be_at_most, format_amount
from otg_cli.models import Fact, FactBase
from otg_cli.periods import describe_period, is_full_year


class Blame:
    """Which record a warning about several is filed against, and how each is named in it."""

    def __init__(self, base: FactBase, directories: Sequence[Path] = ()) -> None:
        self.base = base
        self._folders = [Path(display_path(folder)) for folder in directories]

    def _rank(self, fact: Fact) -> int:
        """The position of the fact's folder among those checked; later folders sit on top."""
        origin = self.base.origins.get(fact.id)
        if origin is None:
            return 0
        path = Path(origin)
        return max((i for i, folder in enumerate(self._folders) if path.is_relative_to(folder)), default=0)

    def choose(self, facts: Sequence[Fact]) -> Fact:
        """The first of `facts` (listed by preference) from the folder on top."""
        top = max(self._rank(fact) for fact in facts)
        return next(fact for fact in facts if self._rank(fact) == top)

    def warn(self, fact: Fact, message: str, field: str = "value") -> Problem:
        return Problem(message, self.base.origins.get(fact.id), f"fact {fact.id}", field, severity="warning")

    def named(self, fact: Fact) -> str:
        """A fact as a warning names it: id, figure, period and file, worded when shown."""

        def amount() -> str:
            if fact.value is None:
                from otg_cli.i18n import phrase

                return phrase("no figure")
            return format_amount(fact.value, fact.unit, fact.qualifier)

        where = self.base.origins.get(fact.id)
        return Words(
            "{id} ({amount}, {period}, in {file})",
            id=fact.id,
            amount=Spoken(amount),
            period=Spoken(lambda: describe_period(fact.period, in_sentence=True)),
            file=Words("file unknown") if where is None else where,
        )


#: Measures whose figures over two periods may rise and fall: a balance is not the sum of its months.
_NOT_ADDITIVE = frozenset({"trade_balance"})


def _adds_up_over_time(fact: Fact) -> bool:
    """Flows and running totals of non-negative figures, with both ends of the period stated."""
    period = fact.period
    return (
        fact.value is not None
        and fact.measure not in _NOT_ADDITIVE
        and fact.unit != "percent"
        and period.basis in ("flow", "cumulative")
        and period.start is not None
        and period.end is not None
    )


def _inside(inner: Fact, outer: Fact) -> bool:
    """Whether `inner`'s period lies inside `outer`'s and is shorter (both fully stated)."""
    a, b = inner.period, outer.period
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def span(fact: Fact) -> Interval:
    """The values a fact's figure allows; only for facts that state one."""
    found = allowed(fact)
    assert found is not None
    return found


def _heaviest_disjoint(parts: Sequence[Fact]) -> list[Fact]:
    """Parts for periods that do not overlap, with the largest sum of the least each allows:
    the strongest test of a total (weighted interval scheduling). Two figures for the same
    period, such as two sources that disagree, are never both taken."""
    ordered = sorted(parts, key=lambda f: (f.period.end, f.period.start))
    ends = [f.period.end for f in ordered if f.period.end is not None]
    best: list[tuple[float, list[Fact]]] = [(0.0, [])]
    for fact in ordered:
        assert fact.period.start is not None
        before = bisect.bisect_left(ends, fact.period.start)  # parts ending before this one starts
        weight, chosen = best[before]
        low = max(span(fact).low, 0.0)
        taken = (weight + low, [*chosen, fact])
        best.append(taken if low > 0 and taken[0] > best[-1][0] else best[-1])
    return best[-1][1]


def _one_per_point(parts: Iterable[Fact]) -> list[Fact]:
    """Of parts stating the same point (sources that disagree), the one allowing the least."""
    lowest: dict[object, Fact] = {}
    for fact in parts:
        key = point(fact) or fact.id
        if key not in lowest or span(fact).low < span(lowest[key]).low:
            lowest[key] = fact
    return list(lowest.values())


def _listed_parts(base: FactBase) -> dict[str, list[Fact]]:
    found: dict[str, list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        if fact.part_of is not None and fact.part_of in base.facts and fact.value is not None:
            found[fact.part_of].append(fact)
    return found


def _listed(total: Fact, members: list[Fact], blame: Blame) -> Problem | None:
    """Parts listed with `part_of` must not add up to more than their total allows."""
    if any(m.unit != total.unit for m in members):
        culprit = blame.choose([*members, total])
        return blame.warn(
            culprit, Words("unit differs from its total {total}", total=blame.named(total)), "unit"
        )
    parts = _one_per_point(members)
    if can_be_at_most(add(*map(span, parts)), span(total)):
        return None
    culprit = blame.choose([*parts, total])
    listed = Joined((blame.named(m) for m in parts), " + ")
    return blame.warn(
        culprit, Words("parts {parts} exceed their total {total}", parts=listed, total=blame.named(total))
    )


def _kind_of(fact: Fact) -> str:
    """ "full-year figure", "part-year figure" or "figure", in the words of every other warning."""
    start, end = fact.period.start, fact.period.end
    if is_full_year(fact.period):
        return Words("full-year figure")
    within_a_year = start is not None and end is not None and start.year == end.year
    if fact.period.basis == "flow" and within_a_year:
        return Words("part-year figure")
    return Words.coded("kind.figure", "figure")


def _contained(total: Fact, parts: list[Fact], blame: Blame) -> Problem:
    """The warning for figures inside a total's period that add up to more than it allows."""
    if total.period.basis == "cumulative":
        culprit = blame.choose([total, *parts])
        inside = Joined((blame.named(p) for p in parts), " + ")
        message = Words(
            "cumulative {total} is below {parts}, inside its span", total=blame.named(total), parts=inside
        )
        return blame.warn(culprit, message)
    culprit = blame.choose([*parts, total])
    if len(parts) == 1:
        (part,) = parts
        message = Words(
            "{kind} {part} is above the {total_kind} {total}, whose period contains it",
            kind=_kind_of(part),
            part=blame.named(part),
            total_kind=_kind_of(total),
            total=blame.named(total),
        )
    else:
        message = Words(
            "{parts}, for periods inside {total}, add up to more than it allows",
            parts=Joined((blame.named(p) for p in parts), " + "),
            total=blame.named(total),
        )
    return blame.warn(culprit, message)


def _time_groups(base: FactBase) -> list[list[Fact]]:
    """Facts that add up over time, grouped by parties, measure and unit."""
    groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        if _adds_up_over_time(fact):
            groups[(parties_key(fact), fact.measure, fact.unit)].append(fact)
    return [group for group in groups.values() if len(group) > 1]


def check_totals(base: FactBase, blame: Blame) -> list[Problem]:
    """Every total against its parts: those listed with `part_of`, then those inside its period."""
    problems: list[Problem] = []
    listed = _listed_parts(base)
    warned: set[str] = set()
    for total_id, members in listed.items():
        total = base.facts[total_id]
        if total.value is not None and (problem := _listed(total, members, blame)) is not None:
            problems.append(problem)
            warned.add(total_id)
    for group in _time_groups(base):
        for total in group:
            if total.id in warned:
                continue  # its listed parts already exceed it: one warning is enough
            chosen = _heaviest_disjoint([f for f in group if _inside(f, total)])
            if chosen and not can_be_at_most(add(*map(span, chosen)), span(total)):
                problems.append(_contained(total, chosen, blame))
    return problems

"""Claims that compare or add figures: a ranking ("largest partner"), a comparison ("more than it
received", "faster than"), a multiple ("more than double", "в десять раз", "екі есе") or a sum
("combined", "в сумме", "жиыны"; "together", "вместе", "бірге" of two or more partners or measures).

Such a claim asserts a relation between figures, not a figure: however well its own figure fits,
the relation is a part of its own, computed as interval arithmetic on the values each stated
figure allows (`figures.stated_range`, so 4.3 bn is 4.25–4.35 bn; sources that disagree on one
point are each read as worded, `figures.as_worded`, and the point allows what either allows:
"почти 2 млрд" and "2 млрд" are 1.8–2 bn):

- a ranking of partners by the figures stated for the same indicator and period: a partner whose
  figure lies wholly above the claimed first one rules it out; it holds where the claimed first
  lies above every other member of the group the claim names;
- a comparison of two figures stated for the same period: two partners on one measure ("with
  Turkey more than with Uzbekistan"), two measures of the same parties, by amount or, where the
  claim says which grew faster (or that one grew more, with no amount), by growth ("exports grew
  faster than turnover"), and an investment's two directions ("invested more than it received");
- a multiple: the ratio of two such figures (or of two growths, "grew twice as fast", or of a
  target over a stated level), its bounds the ends of one interval over the other's,
  against the multiple the claim states with its own qualifier ("more than double" is above 2, a
  bare "twice" about 2, "в два раза меньше" a half, "more than ten times smaller" below a tenth);
- a sum of figures stated for the same measure and period, one per partner, or of the money
  figures of two or more measures the claim names for the same parties and period ("34 projects
  worth $4.4bn and 7 contracts worth $2.6bn": things of one list counted apart, whose values add
  up; never a measure and its own part, turnover and exports), each count it gives of them
  checked too; against the claim's figure with its own qualifier.

Each is `supported` only where every value the stated figures allow satisfies the claim, and
`contradicted` only where none does; otherwise `not_established`. A bound with no upper end
("more than 10%") settles no faster growth, but arithmetic may: turnover is exports plus imports,
so its growth is their growths' mean weighted by their earlier (positive) levels and lies strictly
between them, and a flow that grew more than the other flow grew more than turnover. A relation
no pair of stated figures computes (a side with no figure, two periods, one sector) stays
`not_established`. The figures a claim gives each side are read as the side its words give them
(`figure_measures`): a claim's own figures swapped between the sides are not backed. The words are
the lexicon's [comparisons] table (rank, than, multiple, sum, jointly, rate, times ...) and
[multiple_factors].
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from otg_cli.claims import Claim
from otg_cli.figure_checks import HOME, MEASURES, claim_parties, described, same_period
from otg_cli.figures import Interval, add, as_worded, claimed_range, contains, overlaps, stated_range
from otg_cli.models import Fact, FactBase, Qualifier
from otg_cli.reasons import Reason, Word, reason
from otg_cli.statements import claim_folded
from otg_cli.verify import Part, Result, Verdict, explained, weakest

if TYPE_CHECKING:
    import datetime

Kind = Literal["rank", "multiple", "than", "sum"]
KINDS: tuple[Kind, ...] = ("rank", "multiple", "than", "sum")
#: Measures that are part of another: a sum of the two counts the part twice.
_PART_OF = {"exports": "turnover", "imports": "turnover"}
#: The two directions of an investment, each compared with the other ("invested more than it received").
_OTHER_WAY = {"investment_outflow": "investment_inflow", "investment_inflow": "investment_outflow"}


@cache
def _words() -> dict[str, tuple[str, ...]]:
    from otg_cli.lexicon import word_lists

    return word_lists("comparisons")


def comparison_kind(text: str) -> Kind | None:
    """Whether the claim ranks, compares, multiplies or adds figures, by the lexicon's words (word
    starts) or a factor it states ("в десять раз", "екі есе")."""
    from otg_cli.text import fold, starts_a_word

    folded = fold(text)
    for kind in KINDS:
        if starts_a_word(folded, _words().get(kind, ())) or (kind == "multiple" and _factor(folded)):
            return kind
        if kind == "rank" and _place(text) > 1:
            return kind
    return "sum" if starts_a_word(folded, _words().get("jointly", ())) else None


def comparison_part(claim: Claim, base: FactBase) -> Part | None:
    """The part of a claim that ranks, compares, multiplies or adds figures, or None when it does none."""
    kind = comparison_kind(claim.text)
    if kind is None or _none_asserted(claim, kind):
        return None
    if claim.sector is not None:
        # Figures of the whole trade say nothing of one sector's ("нефтепродуктов").
        return _uncomputed(kind)
    computers = {"rank": _rank, "multiple": _multiple, "than": _than, "sum": _sum}
    found = computers[kind](claim, base)
    if found is None and kind == "rank":
        found = _than(claim, base)  # "the biggest partner, ahead of Turkey": the two compared
    if found is not None:
        return found
    if kind == "sum" and not _several(claim, base):
        # "together" beside one partner or measure: done jointly, not a sum; "34 projects worth a
        # combined $4.4bn": the total the source states of one record's items.
        return None
    return _uncomputed(kind)


def _several(claim: Claim, base: FactBase) -> bool:
    """Whether a claim names two or more partners, or two or more measures, a sum could be of."""
    partners = {p for p in claim.parties if p != HOME and p in base.countries}
    measures = {m for *_, m in measures_named(claim.text) if m in MEASURES and m != "investment"}
    return len(partners) > 1 or len(measures) > 1


def _none_asserted(claim: Claim, kind: Kind) -> bool:
    """Whether the words of a multiple or a sum assert none: a rise "by more than a half" or "екі
    есе өсті" is a growth, which the change part checks; a share "together more than half" is a
    figure the sources state as such."""
    if (
        kind == "multiple"
        and claim.change_pct is not None
        and _grew(claim.text)
        and not _says(claim.text, "rate")
    ):
        return True
    return kind in ("sum", "multiple") and claim.unit == "percent"


def _claimed(kind: Kind) -> Reason:
    return reason("claimed.ratio" if kind == "multiple" else f"claimed.{kind}")


def _uncomputed(kind: Kind) -> Part:
    why = reason(f"comparison.{kind}.uncomputed")
    return Part("detail", _claimed(kind), "not_established", why, (), ())


def computed(part: Part) -> bool:
    """Whether a comparison part was computed from stated figures (not left as no source's)."""
    return part.claimed.code.startswith("claimed.") and not part.reason.code.endswith(".uncomputed")


# --- What the stated figures allow -------------------------------------------------------------


def allowed(facts: Sequence[Fact], base: FactBase, part: str = "amount") -> Interval | None:
    """The values the facts allow between them, for one point: each fact's figure as
    `stated_range` allows it, or, where two of them disagree, as worded (`figures.as_worded`:
    "почти 2 млрд" and "2 млрд" allow [1.8 bn, 2 bn]); None where one states no figure."""
    ids = {f.id for f in facts}
    ranges = []
    for fact in facts:
        value, qualifier = (
            (fact.change_pct, fact.change_qualifier) if part == "change" else (fact.value, fact.qualifier)
        )
        if value is None:
            return None
        disputed = any(other.id in ids for other in base.disagreements.get(fact.id, ()))
        ranges.append(as_worded(value, qualifier) if disputed else stated_range(value, qualifier))
    if not ranges:
        return None
    low = min(r.low for r in ranges)
    high = max(r.high for r in ranges)
    low_open = all(r.low_open for r in ranges if r.low == low)
    high_open = all(r.high_open for r in ranges if r.high == high)
    return Interval(low, high, low_open, high_open)


def _above(a: Interval, b: Interval) -> bool:
    """Whether every value `a` allows lies above every value `b` allows."""
    return a.low > b.high or (a.low == b.high and (a.low_open or b.high_open))


def _judged(claimed: Interval, found: Interval) -> Verdict:
    """A computed figure against what the claim asserts of it."""
    if contains(claimed, found):
        return "supported"
    return "not_established" if overlaps(found, claimed, touching=False) else "contradicted"


def _ordered(subject: Interval, reference: Interval, less: bool) -> Verdict:
    """ "Subject larger (or, with `less`, smaller) than reference", by the values both allow."""
    larger, smaller = (reference, subject) if less else (subject, reference)
    if _above(larger, smaller):
        return "supported"
    return "contradicted" if _above(smaller, larger) else "not_established"


def ratio(a: Interval, b: Interval) -> Interval | None:
    """The values a / b allows, for positive figures; None where b allows zero or less."""
    if b.low <= 0 or a.low < 0:
        return None
    high = math.inf if math.isinf(a.high) else a.high / b.low
    low = 0.0 if math.isinf(b.high) else a.low / b.high
    return Interval(low, high, a.low_open or b.high_open, a.high_open or b.low_open)


def one_period(claim: Claim) -> bool:
    """Whether a claim names no year beyond its own period: "invested more in 2025 than it
    received over 2005–2025" compares figures of two periods, which the one period the claim is
    read with would not (nor "by 2030", a deadline, which no figure states)."""
    years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", claim.text)}
    own = {claim.period.start.year, claim.period.end.year} if claim.period is not None else set()
    return years <= own


# --- Rankings -----------------------------------------------------------------------------------


def _partner_figures(claim: Claim, base: FactBase) -> dict[str, list[Fact]]:
    """Kazakhstan's figures with each single partner, for the claim's indicator and period."""
    measures = MEASURES.get(claim.indicator or "turnover", ())
    groups = [base.groups[p] for p in claim.parties if p in base.groups]
    members = {m.country for g in groups for m in g.members} if groups else None
    found: dict[str, list[Fact]] = {}
    for fact in base.fact_candidates((HOME,), measures, None, None):
        partners = set(fact.parties) - {HOME}
        if fact.measure not in measures or HOME not in fact.parties or len(partners) != 1:
            continue
        partner = partners.pop()
        if partner in base.groups or (members is not None and partner not in members):
            continue
        if fact.sector is None and fact.value is not None and same_period(claim, fact):
            found.setdefault(partner, []).append(fact)
    return found


def _one_shared_period(claim: Claim, partners: tuple[str, str], base: FactBase) -> dict[str, list[Fact]]:
    """Both partners' figures for the one dated period both have figures for; {} where none or
    several are."""
    from otg_cli.periods import DateRange

    everything = _partner_figures(claim, base)
    periods = [
        {(f.period.start, f.period.end) for f in everything.get(p, ()) if f.period.end is not None}
        for p in partners
    ]
    shared = periods[0] & periods[1]
    if len(shared) != 1:
        return {}
    start, end = shared.pop()
    if start is None or end is None:
        return {}
    dated = claim._replace(period=DateRange(start, end, str(start.year)))
    return _partner_figures(dated, base)


def _rank(claim: Claim, base: FactBase) -> Part | None:
    """A partner claimed first (or second, third: [comparisons] `second`, `third`) against every
    partner's figure for the same indicator and period; where the claim places two partners
    ("Өзбекстан ең ірі серіктес болды, Түркия екінші орында"), each, the weaker of the two."""
    if claim.period is None:
        return None
    placed = _places_given(claim.text, base)
    if len(placed) > 1:
        ranked = [_rank_of(claim, partner, place, base) for partner, place in placed]
        found = [r for r in ranked if r is not None]
        if len(found) < len(ranked):
            return None
        worst = weakest(r.verdict for r in found)
        return next(r for r in found if r.verdict == worst)
    place = _place(claim.text)
    named = [p for p in claim.parties if p != HOME and p not in base.groups]
    if len(named) == 2 and not _says(claim.text, "less"):
        # "Uzbekistan was the biggest partner, ahead of Turkey": the first-named partner's rank;
        # "Uzbekistan came second only to Turkey": so is the first named of a place.
        text = claim_folded(claim.text)
        at = _anchor(text, "than")
        pair = _two_partners(text, at, base) if at is not None else None
        if pair is None and place > 1:
            # "Uzbekistan came second only to Turkey": the other named is the one above it.
            return _rank_of(claim, named[0], place, base, ahead=named[1])
        named = [pair[0]] if pair is not None else named
    return _rank_of(claim, named[0], place, base) if len(named) == 1 else None


def _places_given(text: str, base: FactBase) -> list[tuple[str, int]]:
    """Each partner a claim gives a place, where it gives more than one place ("the biggest was
    Uzbekistan, Turkey second"): the partner named nearest to each word of a place; [] else."""
    from otg_cli.countries import named_parties
    from otg_cli.text import find_words

    folded = claim_folded(text)
    words = [
        (at, place)
        for place, table in ((1, "rank"), (2, "second"), (3, "third"))
        for at in find_words(folded, _words().get(table, ()))
    ]
    later = [at for at, place in words if place > 1]
    # "second-largest" holds "largest": a word of a later place is no first place.
    words = [(at, p) for at, p in words if p > 1 or not any(a <= at[0] < b for a, b in later)]
    if len({place for _, place in words}) < 2:
        return []
    spans = [
        (span, code) for span, code in named_parties(folded, base) if code in base.countries and code != HOME
    ]
    if not spans:
        return []
    placed = []
    for (start, end), place in words:
        nearest = min(spans, key=lambda sc: min(abs(sc[0].start - end), abs(start - sc[0].stop)))
        placed.append((nearest[1], place))
    return list(dict.fromkeys(placed))


def _rank_of(claim: Claim, partner: str, place: int, base: FactBase, ahead: str | None = None) -> Part | None:
    """One partner's place against every partner's figure for the same indicator and period;
    `ahead`, the partner the claim puts above it, must be."""
    figures = _partner_figures(claim, base)
    first = figures.get(partner)
    if not first:
        return None
    unit = first[0].unit
    ends = {p: allowed([f for f in facts if f.unit == unit], base) for p, facts in figures.items()}
    mine = ends[partner]
    if mine is None:
        return None
    others = {p: e for p, e in ends.items() if p != partner and e is not None}
    above = [p for p, theirs in others.items() if _above(theirs, mine)]
    maybe = [p for p, theirs in others.items() if p not in above and not _above(mine, theirs)]
    every = tuple(f for facts in figures.values() for f in facts)
    verdict: Verdict = "not_established"
    code, facts = "comparison.place_unstated", every
    if ahead is not None and ahead in others and _above(mine, others[ahead]):
        verdict, code, facts = "contradicted", "comparison.larger", (*first, *figures[ahead])
    elif ahead is not None and ahead not in above:
        pass  # the one it is said to trail may trail it: the figures do not settle it
    elif len(above) > place - 1:
        larger = tuple(f for p in above for f in figures[p])
        code = "comparison.larger" if place == 1 else "comparison.more_larger"
        verdict, facts = "contradicted", (*larger, *first)
    elif len(above) + len(maybe) < place - 1:
        verdict, code = "contradicted", "comparison.fewer_larger"
    elif not maybe and _placed_among_every_member(claim, partner, ends, base):
        verdict = "supported"
        code = "comparison.first_of_all" if place == 1 else "comparison.place_of_all"
    elif place == 1:
        code = "comparison.none_larger"
    return Part("detail", reason("claimed.rank"), verdict, reason(code, figures=described(facts)), facts, ())


def _place(text: str) -> int:
    """The place a claim gives a partner in a ranking: 2 or 3 by the lexicon's [comparisons]
    `second` and `third`, else 1."""
    return 2 if _says(text, "second") else 3 if _says(text, "third") else 1


def _placed_among_every_member(
    claim: Claim, partner: str, ends: dict[str, Interval | None], base: FactBase
) -> bool:
    """Whether a partner's place is settled among a group's members the claim names ("the largest
    partner in the OTS", "second among the OTS members"): every other member has a figure for the
    period, and each lies wholly above or wholly below the partner's. A ranking with no group, or
    with a member whose figure no source states, is no ranking the sources make."""
    groups = [base.groups[p] for p in claim.parties if p in base.groups]
    if len(groups) != 1:
        return False
    members = {m.country for m in groups[0].members if m.role == "member"} - {HOME, partner}
    mine = ends.get(partner)
    if not members or mine is None:
        return False
    return all(
        (theirs := ends.get(m)) is not None and (_above(mine, theirs) or _above(theirs, mine))
        for m in members
    )


# --- Two figures compared -----------------------------------------------------------------------


class _Sides(NamedTuple):
    """Two stated figures a claim compares: the one said larger (or smaller), the one it is
    compared with, and which part of them (amount or change)."""

    subject: tuple[Fact, ...]
    reference: tuple[Fact, ...]
    part: str


def _than(claim: Claim, base: FactBase) -> Part | None:
    """Two figures compared ("trade with Turkey outpaced trade with Uzbekistan", "с Турцией
    больше, чем с Узбекистаном", "exports grew faster than turnover", "invested more than it
    received") by the values both allow: the comparison holds where every value one allows lies
    on the claimed side of every value the other allows, is ruled out where every value lies on
    the other side, and is not established where they overlap."""
    combined = _than_combined(claim, base)
    if combined is not None:
        return combined
    sides = _sides(claim, base, "than")
    if sides is None:
        return None
    less = _says(claim.text, "less")
    subject, reference = allowed(sides.subject, base, sides.part), allowed(sides.reference, base, sides.part)
    if subject is None or reference is None:
        return None
    fell = sides.part == "change" and _falls(claim.text)
    lower = less != fell  # "fell faster": a lower growth
    verdict = _ordered(subject, reference, lower)
    facts = (*sides.subject, *sides.reference)
    extra: tuple[Fact, ...] = ()
    code = f"comparison.than.{verdict}"
    if verdict == "not_established" and sides.part == "change":
        settled = _by_the_other_flow(sides, lower, base)
        if settled is not None:
            verdict, extra = settled
            code = f"comparison.weighted.{verdict}"
    if fell and verdict == "supported" and not subject.high < 0:
        # A larger fall is a fall: a subject that grew in every value its figure allows did not.
        verdict = "contradicted" if subject.low >= 0 else "not_established"
        code = f"comparison.than.{verdict}"
    why = reason(code, figures=described((*facts, *extra), sides.part))
    return Part("detail", reason("claimed.than"), verdict, why, (*facts, *extra), ())


def _falls(text: str) -> bool:
    """Whether a comparison of growth is one of falls ("fell faster", "быстрее сократился",
    "жылдамырақ қысқарды"): the change word nearest the comparing word is a fall (the lexicon's
    [change] words), whatever else fell beside it ("while imports shrank")."""
    from otg_cli.lexicon import word_lists
    from otg_cli.text import find_words

    folded = claim_folded(text)
    at = _anchor(folded, "than")
    rate = find_words(folded, _words().get("rate", ()))
    if at is None:
        return False
    where = rate[0][0] if rate else at[0]
    changes = word_lists("change")
    found = [(abs(s - where), d) for d in ("up", "down") for s, _ in find_words(folded, changes.get(d, ()))]
    return bool(found) and min(found)[1] == "down"


def _grew(text: str) -> bool:
    """Whether the claim says a figure rose or fell (the lexicon's [change] words)."""
    from otg_cli.lexicon import word_lists
    from otg_cli.text import starts_a_word

    changes = word_lists("change")
    folded = claim_folded(text)
    return starts_a_word(folded, (*changes.get("up", ()), *changes.get("down", ())))


def _by_the_other_flow(sides: _Sides, less: bool, base: FactBase) -> tuple[Verdict, tuple[Fact, ...]] | None:
    """A flow's growth against turnover's, settled by the other flow's growth where the figures
    overlap: turnover is exports plus imports, its growth their growths' mean weighted by their
    earlier levels (both positive: each grew or fell from something), so it lies strictly between
    them. Exports that grew more than imports in every value either allows grew more than
    turnover; less, and they grew less."""
    subject, reference = sides.subject[0], sides.reference[0]
    flows = {"exports": "imports", "imports": "exports"}
    if subject.measure in flows and reference.measure == "turnover":
        flow, sign = sides.subject, 1
    elif reference.measure in flows and subject.measure == "turnover":
        flow, sign = sides.reference, -1
    else:
        return None
    other = [
        f
        for f in base.fact_candidates(flow[0].parties, (flows[flow[0].measure],), None, None)
        if f.measure == flows[flow[0].measure]
        and tuple(f.parties) == tuple(flow[0].parties)
        and f.sector is None
        and (f.period.basis, f.period.start, f.period.end)
        == (flow[0].period.basis, flow[0].period.start, flow[0].period.end)
        and f.change_pct is not None
    ]
    mine, theirs = allowed(flow, base, "change"), allowed(other, base, "change")
    if not other or mine is None or theirs is None:
        return None
    # The flow grew faster than the total where it grew faster than the other flow.
    if _above(mine, theirs):
        faster: Verdict = "supported"
    elif _above(theirs, mine):
        faster = "contradicted"
    else:
        return None
    claimed_faster = (sign == 1) != less  # "exports faster than turnover", "turnover slower than exports"
    opposite: Verdict = "contradicted" if faster == "supported" else "supported"
    return (faster if claimed_faster else opposite), tuple(other)


def _sides(claim: Claim, base: FactBase, kind: str) -> _Sides | None:
    """The two stated figures a claim compares, for its period: two partners on its measure, two
    measures of its parties, or an investment's two directions."""

    text = claim_folded(claim.text)
    at = _anchor(text, kind)
    if at is None or not one_period(claim):
        return None
    partners = _two_partners(text, at, base)
    if partners is not None:
        return _partner_sides(claim, partners, base)
    measures = _two_measures(text, _reference_word(text, at) if kind == "multiple" else at, claim)
    return None if measures is None else _measure_sides(claim, text, measures, kind, base)


def _than_combined(claim: Claim, base: FactBase) -> Part | None:
    """One partner's figure against the sum of several ("больше, чем с Кыргызстаном и
    Азербайджаном, вместе взятыми", "outweighed all the other OTS members combined"): the partners
    named after the comparing word, or every other member of the group the claim names ([comparisons]
    `others`), summed as the values each allows."""
    from otg_cli.countries import named_parties

    text = claim_folded(claim.text)
    at = _anchor(text, "than")
    if at is None or not _says(claim.text, "sum") or not one_period(claim):
        return None
    spans = [
        (span, code) for span, code in named_parties(text, base) if code in base.countries and code != HOME
    ]
    before = list(dict.fromkeys(code for span, code in spans if span.stop <= at[0]))
    after = [code for span, code in spans if span.start >= at[1]]
    if len(before) != 1:
        return None
    figures = _partner_figures(claim, base)
    others = list(dict.fromkeys(c for c in after if c != before[0]))
    if _says(claim.text, "others"):
        # Every other member (no observer) of the group the claim names, or every other partner.
        groups = [base.groups[p] for p in claim.parties if p in base.groups]
        members = {m.country for g in groups for m in g.members if m.role == "member"}
        others = sorted(p for p in figures if p != before[0] and (not members or p in members))
    if len(others) < 2 or any(p not in figures for p in (before[0], *others)):
        return None
    unit = figures[before[0]][0].unit
    sides = [allowed([f for f in figures[p] if f.unit == unit], base) for p in (before[0], *others)]
    if any(side is None for side in sides):
        return None
    subject, *rest = [side for side in sides if side is not None]
    verdict = _ordered(subject, add(*rest), _says(claim.text, "less"))
    facts = tuple(f for p in (before[0], *others) for f in figures[p] if f.unit == unit)
    why = reason(f"comparison.than.{verdict}", figures=described(facts))
    return Part("detail", reason("claimed.than"), verdict, why, facts, ())


def _reference_word(text: str, at: tuple[int, int]) -> tuple[int, int]:
    """Where a multiple names what it is compared with: the lexicon's `second_reference` word
    ("as", "чем") after the factor's own ("five times as much in OTS economies as it received":
    the second "as"); the factor itself where there is none."""
    from otg_cli.text import find_words

    later = [w for w in find_words(text, _words().get("second_reference", ())) if w[0] > at[1] + 1]
    return later[0] if later else at


def _partner_sides(claim: Claim, partners: tuple[str, str], base: FactBase) -> _Sides | None:
    """Two partners' figures on the claim's measure and period; for a claim that names no period,
    the one period both have figures for, where there is exactly one ("Оборот с Узбекистаном
    более чем вдвое превышает оборот с Кыргызстаном": 2025)."""
    figures = (
        _partner_figures(claim, base)
        if claim.period is not None
        else _one_shared_period(claim, partners, base)
    )
    subject, reference = partners
    if subject not in figures or reference not in figures:
        return None
    unit = figures[subject][0].unit
    return _Sides(
        tuple(f for f in figures[subject] if f.unit == unit),
        tuple(f for f in figures[reference] if f.unit == unit),
        "amount",
    )


def _measure_sides(
    claim: Claim, text: str, measures: tuple[str, str], kind: str, base: FactBase
) -> _Sides | None:
    """Two measures' figures for the claim's parties and one period: their growth where the claim
    says which grew faster (the lexicon's `rate` words), else their amounts."""
    from otg_cli.text import find_words

    # Growth where the claim says which grew faster, or that one grew more and gives no amount.
    # Growth too where it gives percentages and no amount ("outpaced trade: +26.7% against +18.5%").
    rate = bool(find_words(text, _words().get("rate", ()))) or (
        kind == "than" and claim.value is None and (_grew(claim.text) or claim.change_pct is not None)
    )
    part = "change" if rate else "amount"
    subject = _measure_facts(claim, measures[0], base, part)
    reference = _measure_facts(claim, measures[1], base, part)
    units_differ = part == "amount" and {f.unit for f in subject} != {f.unit for f in reference}
    if not subject or not reference or units_differ or len(_periods((*subject, *reference))) != 1:
        return None
    return _Sides(subject, reference, part)


def _anchor(text: str, kind: str) -> tuple[int, int] | None:
    from otg_cli.text import find_words

    if kind == "multiple":
        found = _factor(text)
        return found[0] if found else None
    return next(iter(find_words(text, _words().get("than", ()))), None)


def _two_partners(text: str, at: tuple[int, int], base: FactBase) -> tuple[str, str] | None:
    """(the partner said larger or smaller, the one it is compared with) for a claim naming two:
    the one named after the comparing word ("than Uzbekistan", "чем с Узбекистаном") or, in
    Kazakh, just before it ("Өзбекстанға қарағанда") is the one compared with."""
    from otg_cli.countries import named_parties

    spans = [
        (span, code) for span, code in named_parties(text, base) if code in base.countries and code != HOME
    ]
    partners = list(dict.fromkeys(code for _, code in spans))
    if len(partners) != 2:
        return None
    after = [(span, code) for span, code in spans if span.start >= at[0]]
    before = [code for span, code in spans if span.stop <= at[0]]
    reference = after[0][1] if after else before[-1] if before else None
    if len({code for _, code in after}) == 2 and _second_is_reference(
        text[after[0][0].stop : after[-1][0].start]
    ):
        reference = after[-1][1]  # "four times as much with Kyrgyzstan as with Azerbaijan"
    if reference is None:
        return None
    return next(p for p in partners if p != reference), reference


def _second_is_reference(between: str) -> bool:
    """Whether the words between two partners named after the comparing word mark the second as
    the one compared with (the lexicon's [comparisons] `second_reference`: "... as with")."""
    from otg_cli.text import find_words

    return bool(find_words(between, _words().get("second_reference", ())))


def measures_named(text: str) -> list[tuple[int, int, str]]:
    """Where the text names a measure, left to right (start, end, indicator), none inside another
    ("trade contracts" is no trade): investment takes the direction its own words give."""
    from otg_cli.claims import _folded_indicators, direction_of
    from otg_cli.text import find_words, fold

    folded = fold(text)
    found = [
        (start, end, indicator)
        for indicator, words in _folded_indicators()
        if indicator != "target"
        for start, end in find_words(folded, words)
    ]
    kept = [
        m
        for m in found
        if not any(o != m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in found)
    ]
    named = []
    for start, end, indicator in sorted(kept):
        direction = direction_of(text[start : end + 40]) if indicator == "investment" else indicator
        named.append((start, end, direction))
    return named


def _two_measures(text: str, at: tuple[int, int], claim: Claim) -> tuple[str, str] | None:
    """(the measure said larger or faster, the one it is compared with): the one named after the
    comparing word, or just before it (Kazakh "тауар айналымынан жылдамырақ"), is compared with.
    An investment compared with no other measure is compared with its other direction."""
    named = list(dict.fromkeys(m for *_, m in measures_named(text) if m in MEASURES))
    investing = claim.indicator in (*_OTHER_WAY, "investment")
    if investing and claim.indicator and not (set(named) - {"investment", *_OTHER_WAY}):
        return _directions(text, at, claim.indicator, claim.parties[:1])
    spans = [(s, e, m) for s, e, m in measures_named(text) if m in MEASURES and m != "investment"]
    after = [m for s, _, m in spans if s >= at[0]]
    before = [m for _, e, m in spans if e <= at[0]]
    reference = after[0] if after else before[-1] if before else None
    subject = next((m for m in reversed(before) if m != reference), None)
    if reference is None or subject is None:
        return None
    return subject, reference


def _directions(
    text: str, at: tuple[int, int], indicator: str, first: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """(the direction of investment said larger, the other): the one the words after the
    comparing word name is compared with ("получил больше, чем вложил"), else the one named
    before it is said larger ("put more into OTS economies than it got"); else the claim's own.
    Before a Kazakh postposition ("қарағанда") the words name the one compared with, which the
    claim's own direction already tells apart."""
    from otg_cli.claims import direction_of

    if text[at[0] : at[1]] in _words().get("reference_before", ()):
        # "ТМҰ елдерінен келген инвестицияға қарағанда": the direction word nearest before it.
        reference = _nearest_direction(text[: at[0]])
        if reference in _OTHER_WAY:
            return _OTHER_WAY[reference], reference
    else:
        after, before = direction_of(text[at[0] :]), direction_of(text[: at[0]])
        if after in _OTHER_WAY and after == before:
            return None  # "invested more in Kazakhstan than it received": one way on both sides
        if after in _OTHER_WAY and before not in _OTHER_WAY:
            return _larger_side(text[: at[0]], after, first)
        if after in _OTHER_WAY:
            return _OTHER_WAY[after], after
        if before in _OTHER_WAY:
            return before, _OTHER_WAY[before]
    return (indicator, _OTHER_WAY[indicator]) if indicator in _OTHER_WAY else None


def _larger_side(before: str, after: str, first: tuple[str, ...]) -> tuple[str, str] | None:
    """The direction said larger where only the side compared with names its way: none where the
    larger side says neither way nor who invests; else the way of who invests (the party named
    first: Kazakhstan's money flows out, a partner's flows in, "OTS countries invested five times
    as much ... as ... invested in Kazakhstan"), none where that is the other side's own way."""
    if not _an_investor(before):
        return None
    if not first:
        return _OTHER_WAY[after], after
    from otg_cli.figure_checks import HOME

    way = "investment_outflow" if first[0] == HOME else "investment_inflow"
    return None if way == after else (way, after)


def _an_investor(text: str) -> bool:
    """Whether the words before a comparison say who put money in ("Kazakhstan invested more",
    "it put more into"): a word of the lexicon's [comparisons] `investing` starts one of them."""
    from otg_cli.text import fold, starts_a_word

    return starts_a_word(fold(text), _words().get("investing", ()))


def figure_measures(claim: Claim, compared: Part) -> dict[float, str]:
    """The measure each figure of a claim comparing two measures is stated for, by its words
    (value, as typed: the size of a fall): a figure with the nearest measure word before it
    ("while imports shrank by about 3%"; an investment's direction by the words since the figure
    before, "than it received ... (about $210m)"); figures listed after the last measure word
    ("(26.7% vs 18.5%)", ": 26,7% және 18,5%") in the order the claim compares them, the one
    said larger first. Only the measures the comparison weighed; {} where it computed none."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.claims import direction_of, spelt
    from otg_cli.lexicon import claim_readable

    if not computed(compared) or compared.claimed.code not in ("claimed.than", "claimed.ratio"):
        return {}
    order = list(dict.fromkeys(f.measure for f in compared.facts))
    if len(order) < 2:
        return {}
    text = spelt(claim_readable(claim.text))
    figures = [a for a in amounts(text) if a.unit != "count"]
    if compared.claimed.code == "claimed.ratio":
        # "over $1.3bn ..., more than five times the roughly $210m it drew": the figure after the
        # factor is the one the other is a multiple of.
        factor = _factor(text)
        if factor is None:
            return {}
        return {a.value: order[0] if a.at[0] < factor[0][0] else order[1] for a in figures}
    words = [(s, e, m) for s, e, m in measures_named(text) if m in MEASURES]
    last = max((e for _, e, _ in words), default=0)
    listed = [a for a in figures if a.at[0] >= last]
    found: dict[float, str] = {}
    if len(listed) == 2:
        first, second = order[0], order[1]
        at = _anchor(claim_folded(claim.text), "than")
        if at is not None and claim_folded(claim.text)[at[0] : at[1]] in _words().get("reference_before", ()):
            first, second = second, first
        found = {listed[0].value: first, listed[1].value: second}
        figures = [a for a in figures if a not in listed]
    previous = 0
    for amount in figures:
        before = [(e, m) for _, e, m in words if e <= amount.at[0]]
        measure = before[-1][1] if before else None
        if measure == "investment":
            measure = direction_of(text[previous : amount.at[0]])
        if measure in order:
            found[amount.value] = measure
        previous = amount.at[1]
    return found


def _nearest_direction(text: str) -> str | None:
    """The direction of investment whose word (the lexicon's [directions]) ends last in the text."""
    from otg_cli.lexicon import entries
    from otg_cli.text import fold

    folded = fold(text)
    found = [
        (at + len(fold(word)), named)
        for named, words in entries("directions")
        if named in _OTHER_WAY
        for word in words
        if (at := folded.rfind(fold(word))) >= 0
    ]
    return max(found)[1] if found else None


def _measure_facts(claim: Claim, measure: str, base: FactBase, part: str) -> tuple[Fact, ...]:
    """The facts of one measure for the claim's parties and period that state the part."""
    parties = claim_parties(claim, base)
    return tuple(
        f
        for f in base.fact_candidates(tuple(parties), (measure,), None, None)
        if f.measure == measure
        and set(f.parties) == parties
        and f.sector is None
        and (f.change_pct if part == "change" else f.value) is not None
        and same_period(claim, f)
    )


def _periods(facts: Sequence[Fact]) -> set[tuple[object, ...]]:
    return {(f.period.basis, f.period.start, f.period.end) for f in facts}


def _says(text: str, table: str) -> bool:
    from otg_cli.text import starts_a_word

    return starts_a_word(claim_folded(text), _words().get(table, ()))


# --- Multiples ----------------------------------------------------------------------------------


@cache
def _factors() -> tuple[dict[str, float], tuple[str, ...]]:
    """The factor words ([multiple_factors]: "twice", "вдвое") and the numbers ([numbers]), folded."""
    from otg_cli.lexicon import entries
    from otg_cli.text import fold

    factors = {fold(k): float(v) for k, v in entries("multiple_factors")}
    numbers = {fold(k): float(v) for k, v in entries("numbers")}
    return {**numbers, **{f"#{k}": v for k, v in factors.items()}}, tuple(factors)


def _factor(text: str) -> tuple[tuple[int, int], float] | None:
    """The multiple a folded text states, where: a factor word ("twice", "вдвое", "половин") or a
    number before a word of times ("в 10 раз", "десять раз", "екі есе", "three times")."""
    from otg_cli.text import find_words

    table, words = _factors()
    for start, end in find_words(text, words, whole=True):
        if not _an_amount(text[end:]):
            return (start, end), table[f"#{text[start:end]}"]
    times = "|".join(map(re.escape, _words().get("times", ())))
    if not times:
        return None
    for match in re.finditer(rf"(?<!\w)(\d+(?:[.,]\d+)?|[^\W\d_]+)\s+(?:{times})(?!\w)", text):
        word = match[1]
        value = float(word.replace(",", ".")) if word[0].isdigit() else table.get(word)
        if value is not None and value > 1:
            return (match.start(), match.end()), value
    return None


def factor_in(text: str) -> tuple[int, int] | None:
    """Where in a text the words of a multiple's factor stand ("five times", "вдвое"), or None."""
    from otg_cli.text import fold

    found = _factor(fold(text))
    return found[0] if found else None


def _an_amount(rest: str) -> bool:
    """Whether a factor word begins an amount rather than a multiple: "half a billion",
    "полтора миллиарда", "half-year" (the words after it: a scale of the lexicon's [scales])."""
    from otg_cli.lexicon import word_lists

    if rest.startswith("-"):
        return True
    following = [w for w in re.findall(r"\w+", rest[:24]) if w not in ("a", "an")]
    scales = [w for words in word_lists("scales").values() for w in words if len(w) > 2]
    return bool(following) and following[0].startswith(tuple(scales))


def stated_factor(text: str) -> float | None:
    """The factor a claim's multiple states ("11 times", "в десять раз"), or None."""

    found = _factor(claim_folded(text))
    return found[1] if found else None


def _multiple(claim: Claim, base: FactBase) -> Part | None:
    """One figure as a multiple of another ("more than double its turnover with Kyrgyzstan",
    "более чем в десять раз превысил", "less than half the Uzbek figure", "екі есе көп"): the
    ratio of the values both allow against the factor the claim states, with its own qualifier
    (a bare factor is about that much)."""

    text = claim_folded(claim.text)
    found = _factor(text)
    if found is None:
        return None
    (start, end), factor = found
    claimed = _claimed_ratio(text, start, end, factor)
    if claim.indicator == "target":
        return _target_multiple(claim, claimed, base)
    sides = _sides(claim, base, "multiple")
    if sides is None:
        return None  # "grew twice as fast": the ratio of the two growths, where both rose
    subject, reference = allowed(sides.subject, base, sides.part), allowed(sides.reference, base, sides.part)
    found_ratio = ratio(subject, reference) if subject is not None and reference is not None else None
    if found_ratio is None:
        return None
    verdict = _judged(claimed, found_ratio)
    facts = (*sides.subject, *sides.reference)
    why = reason(f"comparison.multiple.{verdict}", figures=described(facts, sides.part))
    return Part("detail", _claimed("multiple"), verdict, why, facts, ())


def _target_multiple(claim: Claim, claimed: Interval, base: FactBase) -> Part | None:
    """A target as a multiple of a stated level ("a goal of $10 billion, more than three times
    the Jan–Aug 2025 level"): the target the parties set, over the figure stated for the claim's
    period on the target's measure."""
    from otg_cli.reasons import Amount

    if claim.period is None or not one_period(claim):
        return None
    parties = claim_parties(claim, base)
    targets = [t for t in base.targets.values() if set(t.parties) == parties and t.unit == claim.unit]
    if len(targets) != 1:
        return None
    target = targets[0]
    level = tuple(f for f in _measure_facts(claim, target.measure, base, "amount") if f.unit == target.unit)
    goal, stated = stated_range(target.value, target.qualifier), allowed(level, base)
    found = ratio(goal, stated) if stated is not None and level else None
    if found is None:
        return None
    verdict = _judged(claimed, found)
    why = reason(
        f"comparison.target_multiple.{verdict}",
        amount=Amount(target.value, target.unit, target.qualifier),
        id=target.id,
        figures=described(level),
    )
    return Part("detail", _claimed("multiple"), verdict, why, level, (target,))


def own_figure(claim: Claim, compared: Part | None) -> Claim:
    """A claim's own figure beside a computed multiple or comparison, read as stated: where its
    only qualifier is the multiple's ("a goal of $10 billion, more than three times the level"),
    the qualifier bounds the multiple, not the figure; where it stands before the comparing word
    of two partners ("exactly $2 billion in 2025, less than half the Uzbek figure"), it is the
    first partner's, not the two partners' together."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.claims import spelt
    from otg_cli.figures import reading
    from otg_cli.lexicon import claim_readable
    from otg_cli.text import fold, starts_a_word

    if compared is None or not computed(compared) or claim.value is None:
        return claim
    if compared.claimed.code not in ("claimed.ratio", "claimed.than"):
        return claim
    text = spelt(claim_readable(claim.text))
    at = next((a.at for a in amounts(text) if a.value == claim.value), None)
    if at is None:
        return claim
    if compared.claimed.code == "claimed.ratio" and claim.qualifier != "exact":
        # Its own qualifier stands before it, or (in Kazakh) after it within its clause.
        after = re.split(r"[—–,;:(]", text[at[1] : at[1] + 20])[0]
        near = fold(text[max(0, at[0] - 20) : at[1]] + after)
        said = [q for q, words in reading() if starts_a_word(near, tuple(fold(w) for w in words))]
        own: Qualifier = said[0] if said else "exact"
        claim = claim._replace(qualifier=own)
    pairs = list(dict.fromkeys(tuple(f.parties) for f in compared.facts))
    anchor = _anchor(fold(text), "multiple" if compared.claimed.code == "claimed.ratio" else "than")
    partners = {p for p in claim.parties if p != HOME}
    two = len(pairs) == 2 and all(HOME in pair for pair in pairs)
    if two and partners == {p for pair in pairs for p in pair} - {HOME} and anchor and at[1] <= anchor[0]:
        return claim._replace(parties=pairs[0])
    return claim


def _said(text: str, table: str) -> bool:
    from otg_cli.text import starts_a_word

    return starts_a_word(text, _words().get(table, ()))


def _claimed_ratio(text: str, start: int, end: int, factor: float) -> Interval:
    """The ratio a stated multiple asserts, with its qualifier: the claim reader's qualifier words
    just before it ("more than double", "более чем в десять раз"), or, after a Kazakh factor in
    the ablative, just after it ("екі еседен астам", "жартысынан аз"); a bare multiple is about
    that much. A word of smallness after it ("в два раза меньше", "екі есе аз", "three times
    smaller") turns the ratio over, its bounds with it ("more than ten times smaller" is below
    a tenth)."""
    from otg_cli.figures import reading
    from otg_cli.text import fold, starts_a_word

    before, after = text[max(0, start - 14) : start], text[end : end + 10]
    qualifier: Qualifier = "about"
    for said, words in reading():
        if starts_a_word(before, tuple(fold(w) for w in words)):
            qualifier = said
            break
    else:
        if text[:end].endswith(_words().get("ablative", ())):
            qualifier = (
                "over"
                if _said(after, "over_after")
                else "under"
                if _said(after, "under_after")
                else qualifier
            )
            return claimed_range(factor, qualifier)
    claimed = claimed_range(factor, qualifier)
    if not _said(after, "smaller"):
        return claimed
    low = 1 / claimed.high if claimed.high > 0 and not math.isinf(claimed.high) else 0.0
    high = math.inf if claimed.low <= 0 else 1 / claimed.low
    return Interval(low, high, claimed.high_open, claimed.low_open)


# --- Sums ---------------------------------------------------------------------------------------


def _sum(claim: Claim, base: FactBase) -> Part | None:
    """A sum the claim gives ("combined ... more than $9 billion", "вместе", "жиыны"): the figures
    stated for each partner it names on its measure and period, or for each measure it names of
    its parties, added, against the claim's figure and qualifier."""
    if claim.value is None or claim.unit is None or claim.unit == "percent" or not one_period(claim):
        return None
    terms = _partner_terms(claim, base) or _measure_terms(claim, base)
    if not terms:
        return None
    every = [f for term in terms for f in term]
    if len(_periods(every)) != 1 or {f.unit for f in every} != {claim.unit}:
        return None
    ranges = [allowed(term, base) for term in terms]
    if any(r is None for r in ranges):
        return None
    total = add(*(r for r in ranges if r is not None))
    value = claim.value
    claimed = Interval(value, value) if claim.exactly else claimed_range(value, claim.qualifier)
    summed = _judged(claimed, total)
    counted = _counts(claim, base)
    every += [f for _, facts in counted for f in facts]
    verdict = weakest([summed, *(v for v, _ in counted)])
    # Where a count is what fails ("9 trade contracts"), the reason says so, not the sum.
    code = f"comparison.sum.{verdict}" if verdict == summed else "comparison.sum.counts"
    why = reason(code, figures=described(every))
    return Part("detail", reason("claimed.sum"), verdict, why, tuple(every), ())


def _counts(claim: Claim, base: FactBase) -> list[tuple[Verdict, tuple[Fact, ...]]]:
    """Each count a sum of measures states of one of them ("34 investment projects and 7 trade
    contracts ... together"), against that measure's stated count: the sum holds of those things."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.claims import spelt
    from otg_cli.lexicon import claim_readable

    text = spelt(claim_readable(claim.text))
    named = measures_named(text)
    found: list[tuple[Verdict, tuple[Fact, ...]]] = []
    for amount in (a for a in amounts(text) if a.unit == "count"):
        # The noun the count is of: the last measure within it ("34 инвестиционных проекта").
        within = [m for start, _, m in named if amount.at[0] <= start < amount.at[1] + 2]
        measure = within[-1] if within else None
        if measure is None or measure not in MEASURES:
            continue
        facts = tuple(f for f in _measure_facts(claim, measure, base, "amount") if f.unit == "count")
        stated = allowed(facts, base)
        if stated is None:
            found.append(("not_established", ()))
            continue
        found.append((_judged(claimed_range(amount.value, "exact"), stated), facts))
    return found


def _partner_terms(claim: Claim, base: FactBase) -> list[tuple[Fact, ...]]:
    partners = [p for p in dict.fromkeys(claim.parties) if p != HOME and p in base.countries]
    if len(partners) < 2 or claim.period is None:
        return []
    figures = _partner_figures(claim, base)
    if not all(p in figures for p in partners):
        return []
    return [tuple(figures[p]) for p in partners]


def _measure_terms(claim: Claim, base: FactBase) -> list[tuple[Fact, ...]]:
    """A money figure of each measure the claim names, for its parties and period."""
    if claim.unit != "USD":
        return []
    named = list(
        dict.fromkeys(m for *_, m in measures_named(claim.text) if m in MEASURES and m != "investment")
    )
    if len(named) < 2 or any(_PART_OF.get(m) in named for m in named) or "trade_balance" in named:
        return []  # turnover already holds its exports; a balance is a difference, not a part
    terms = [tuple(f for f in _measure_facts(claim, m, base, "amount") if f.unit == "USD") for m in named]
    return terms if all(terms) else []


# --- Claims without a figure --------------------------------------------------------------------


def compared_without_figure(text: str, base: FactBase, as_of: datetime.date | None) -> Result | None:
    """A claim that ranks, compares or adds figures without giving one ("Uzbekistan was
    Kazakhstan's largest partner in 2025", "put more into OTS economies than it received"):
    the relation against the figures stated for its parties, indicator and period."""
    from otg_cli.lexicon import claim_readable

    text = claim_readable(text)  # "kz put more into ots economies than ...": codes written out
    kind = comparison_kind(text)
    if kind is None:
        return None
    from otg_cli.claim_periods import find_deadline, find_period
    from otg_cli.claims import find_indicator, find_sector
    from otg_cli.countries import find_parties
    from otg_cli.figure_checks import candidates_of

    claim = Claim(
        text,
        find_parties(text, base),
        find_indicator(text),
        find_period(text, as_of),
        None,
        None,
        "exact",
        None,
        deadline=find_deadline(text),
        sector=find_sector(text),
    )
    part = comparison_part(claim, base)
    if part is None or not claim.parties:
        return None
    if kind in ("sum", "multiple") and not computed(part):
        return None  # a sum with no figure is none; "екі есе өсті" is a growth (`multiple_checks`)
    if not part.facts:
        partners = [p for p in claim.parties if p != HOME and p in base.countries]
        pairs = [claim._replace(parties=(HOME, p)) for p in partners] if len(partners) > 1 else [claim]
        found = list(dict.fromkeys(f for pair in pairs for f in candidates_of(pair, base)))
        # With no period of its own, the figures of every period: none of them ranks the partners.
        facts = tuple(f for f in found if same_period(claim, f))
        facts = facts or (tuple(found) if claim.period is None else ())
        if not facts:
            return None
        part = part._replace(
            facts=facts, reason=reason("comparison.figures", reason=part.reason, figures=described(facts))
        )
    from otg_cli.verify import with_beyond_figures, with_deadline

    parts = with_beyond_figures(with_deadline((part,), claim.deadline), claim)
    verdict = weakest(p.verdict for p in parts)
    return Result(verdict, claim, part.facts, (), explained(parts), False, parts)


# --- A flow's part of its turnover ------------------------------------------------------------


def flow_share(claim: Claim, base: FactBase) -> Part | None:
    """A flow's share of the turnover it is part of ("exports accounted for more than two-thirds
    of Kazakhstan–Uzbekistan turnover"): the flow's stated figure divided by the turnover's, for
    the claim's parties and one period, against the share the claim gives. Not established where
    one of the two has no stated figure for the period; None where the claim names no turnover,
    or neither is stated."""
    if claim.indicator not in ("exports_share", "imports_share") or claim.value is None:
        return None
    if "turnover" not in {m for *_, m in measures_named(claim_folded(claim.text))} or not one_period(claim):
        return None
    flow = claim.indicator.removesuffix("_share")
    part, whole = (
        _measure_facts(claim, flow, base, "amount"),
        _measure_facts(claim, "turnover", base, "amount"),
    )
    facts = (*part, *whole)
    if not facts or len(_periods(facts)) != 1:
        return None
    label = reason("claimed.share_of", share=claim.amount_said(), measure=Word(flow))
    stated, total = allowed(part, base), allowed(whole, base)
    found = ratio(stated, total) if stated is not None and total is not None and part and whole else None
    if found is None:
        return Part("share", label, "not_established", reason("comparison.share.one_side"), facts, ())
    percent = Interval(found.low * 100, found.high * 100, found.low_open, found.high_open)
    verdict = _judged(claimed_range(claim.value, claim.qualifier), percent)
    return Part(
        "share", label, verdict, reason(f"comparison.share.{verdict}", figures=described(facts)), facts, ()
    )

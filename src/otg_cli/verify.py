"""Checking a claim against the fact base: a verdict per checkable part, and the weakest for the claim.

A claim is split into the parts it asserts; each part is compared with every record stating the
same point. A claim with a figure (an amount, a change, a target and its deadline) is compared
with the facts and targets for the same parties, measure and period (`figure_checks.py`); one
without, with the agreement, event or group it is about (`statement_checks.py`).
The values a stated figure allows and the values the claim asserts are intervals
(`figures.interval`, one precision policy), and for each source:

- the claim is *backed* when every value the source allows lies within what the claim asserts
  (the claim is no stronger and no more precise than the source);
- it is *ruled out* when the two share no value;
- otherwise the source is consistent with the claim but states less than it asserts.

A part is `supported` when a source backs it and none rules it out; `conflicting` when one backs it
and another rules it out; `contradicted` when a source rules it out and none backs it;
`not_established` when the sources are consistent with it but none states as much;
`period_mismatch` when nothing states this period but a figure for another period or basis fits;
`not_found` when the base says nothing about the point. The claim takes its weakest part's verdict
(`WEAKEST_FIRST`); `unreadable` is for a claim otg cannot place at all (see claims.py).
"""

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple

from otg_cli.claims import Claim
from otg_cli.figures import Interval, contains, overlaps
from otg_cli.models import Fact, FactBase, by_id
from otg_cli.reasons import Parties, Reason, Word, joined, reason

if TYPE_CHECKING:
    import datetime

    from otg_cli.meetings import Agreement, Event, Target
    from otg_cli.models import Group
    from otg_cli.statements import Statement

Verdict = Literal[
    "supported",
    "not_established",
    "conflicting",
    "contradicted",
    "period_mismatch",
    "not_found",
    "unreadable",
]

#: The order parts are weighed in: a claim is only as good as its weakest part.
WEAKEST_FIRST: tuple[Verdict, ...] = (
    "unreadable",
    "contradicted",
    "conflicting",
    "period_mismatch",
    "not_established",
    "not_found",
    "supported",
)

Relation = Literal["backs", "consistent", "rules_out"]

PartName = Literal[
    "amount",
    "change",
    "target",
    "deadline",
    "subject",
    "proposer",
    "place",
    "date",
    "ordinal",
    "parties",
    "transfer",
    "membership",
    "participant",
    "number",
    "share",
    "status",
    "detail",
]


class Part(NamedTuple):
    """One checkable part of a claim, its verdict, why, and the records it was compared with."""

    name: PartName
    #: What the claim asserts of this part, and why it got its verdict: codes and values that
    #: `views.reasons` words in each language.
    claimed: Reason
    verdict: Verdict
    reason: Reason
    facts: tuple[Fact, ...]
    targets: "tuple[Target, ...]"
    #: The agreements, events and groups a claim without a figure was compared with.
    records: "tuple[Agreement | Event | Group, ...]" = ()


class Result(NamedTuple):
    verdict: Verdict
    claim: Claim
    facts: tuple[Fact, ...]
    targets: "tuple[Target, ...]"
    explanation: Reason
    sources_disagree: bool
    parts: tuple[Part, ...] = ()
    records: "tuple[Agreement | Event | Group, ...]" = ()
    #: What was understood of a claim without a figure.
    statement: "Statement | None" = None
    #: The day the claim was read on: relative periods ("last year") count from it.
    as_of: "datetime.date | None" = None


def relation(stated: Interval, claimed: Interval) -> Relation:
    """How a source's figure bears on a claimed one (both as the intervals they allow)."""
    if stated.empty or claimed.empty:
        return "rules_out"
    if contains(claimed, stated):
        return "backs"
    # Rounded figures that only touch ("1 bn" reaching up to 1.5, "2 bn" down to 1.5) do not agree.
    return "consistent" if overlaps(stated, claimed, touching=False) else "rules_out"


def weigh(relations: Iterable[Relation]) -> Verdict:
    """The verdict on one point from every source stating it."""
    found = set(relations)
    if "backs" in found:
        return "conflicting" if "rules_out" in found else "supported"
    return "contradicted" if "rules_out" in found else "not_established"


def weakest(verdicts: Iterable[Verdict]) -> Verdict:
    return min(verdicts, key=WEAKEST_FIRST.index, default="not_found")


def _summed(parts: tuple[Part, ...], claim: Claim, compared: Part) -> tuple[Part, ...]:
    """A sum a claim gives ("в сумме примерно на 7 млрд"): where the comparison added the figures
    stated for its parts (`comparisons._sum`), the claim's figure is judged there alone, so no
    part of it is weighed as the whole; otherwise ruled out only by a part larger than it: each
    stated figure below it is one of its parts, not the sum."""
    from otg_cli.comparisons import computed

    if claim.value is None or claim.value <= 0:
        return parts
    if computed(compared):
        return tuple(
            p for p in parts if not (p.name == "amount" and _claimed_value(p.claimed) == claim.value)
        )
    return tuple(
        p._replace(verdict="not_established", reason=reason("part.sum_of", reason=p.reason))
        if p.name == "amount"
        and p.verdict == "contradicted"
        and p.facts
        and all(f.value is not None and 0 < f.value < claim.value for f in p.facts)
        else p
        for p in parts
    )


def _ratio_read(parts: tuple[Part, ...], claim: Claim, compared: Part) -> tuple[Part, ...]:
    """The parts beside a computed multiple, without the rise the reader took its factor for
    ("в два раза больше", "екі еседен астам" read as +100%): a claim that states no percent
    states no growth; the multiple is judged as one figure against another."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.comparisons import computed, stated_factor
    from otg_cli.lexicon import claim_readable

    if compared.claimed.code != "claimed.ratio" or not computed(compared):
        return parts
    factor = stated_factor(claim.text)
    # The factor's own number is no count either ("11 times Azerbaijan's").
    parts = tuple(p for p in parts if not (p.name == "amount" and _claimed_value(p.claimed) == factor))
    if any(a.unit is None for a in amounts(claim_readable(claim.text))):  # digits: "half" is spelt 50%
        return parts
    return tuple(p for p in parts if p.name != "change")


def _claimed_value(claimed: Reason) -> float | None:
    """The figure a part's label says the claim gives ("claimed.amount", within "claimed.of_pair")."""
    from otg_cli.reasons import Amount

    amount = claimed.get("amount")
    if isinstance(amount, Amount):
        return amount.value
    inner = claimed.get("claimed")
    return _claimed_value(inner) if isinstance(inner, Reason) else None


def _other_side(claim: Claim, compared: Part | None, sides: dict[float, str]) -> Claim:
    """A figure of a claim that compares two measures, read as the measure its words give it
    (`comparisons.figure_measures`): "invested more (over $1.3bn) than it received (about
    $210m)" gives the $210m of the inflow, "exports rose faster than turnover, while imports
    shrank by about 3%" the 3% of imports."""
    if compared is None:
        return claim
    said = claim.change_pct if claim.value is None else claim.value
    if said is None:
        return claim
    measure = next((m for value, m in sides.items() if math.isclose(abs(said), value, rel_tol=1e-9)), None)
    return claim if measure is None else claim._replace(indicator=measure)


def _figures_of(compared: Part | None, sides: dict[float, str]) -> tuple[float, ...]:
    """The figures of a claim a computed comparison checked: each figure its words give to one of
    the measures compared, where it is that measure's stated figure ("26.7% vs 18.5%", "over
    $1.3bn ... about $210m"), and the counts a sum of measures was judged with ("34 projects and
    7 contracts"). A claim's figure given to the wrong side is left unchecked."""
    from otg_cli.comparisons import computed

    if compared is None or not computed(compared):
        return ()
    stated = [(f.measure, abs(v)) for f in compared.facts for v in (f.value, f.change_pct) if v is not None]
    read = [
        value
        for value, measure in sides.items()
        if any(m == measure and _same_figure(value, v) for m, v in stated)
    ]
    counts = [f.value for f in compared.facts if compared.claimed.code == "claimed.sum" and f.unit == "count"]
    return tuple(v for v in (*read, *counts) if v is not None)


def _unmeasured(parts: tuple[Part, ...], claim: Claim) -> tuple[Part, ...]:
    """A claim's parts where it counts things it does not name: no count of other things (40
    goods, 34 projects) rules out "12 joint things". A sum of money keeps its verdict: between two
    countries, one flow bounds another."""
    if claim.unit != "count":
        return parts
    return tuple(
        p._replace(verdict="not_found", reason=reason("part.unmeasured", reason=p.reason))
        if p.verdict == "contradicted" and p.name == "amount"
        else p
        for p in parts
    )


def _not_established(parts: tuple[Part, ...], verdict: Verdict, why: str) -> tuple[Part, ...]:
    """The parts, those with `verdict` made not_established, their reason put into `why` (a code
    whose template holds {reason})."""
    return tuple(
        p._replace(verdict="not_established", reason=reason(why, reason=p.reason))
        if p.verdict == verdict
        else p
        for p in parts
    )


def explained(parts: tuple[Part, ...]) -> Reason:
    """The claim's explanation: each part, what it claims, its verdict and why."""
    return joined(
        [
            reason(
                "part",
                name=Word(p.name),
                claimed=p.claimed,
                verdict=Word(p.verdict.replace("_", " ")),
                reason=p.reason,
            )
            for p in parts
        ]
    )


def unreadable(text: str, why: Reason) -> Result:
    """The verdict on a claim otg cannot place: nothing is compared, and `why` says what was missing."""
    claim = Claim(text, (), None, None, None, None, "exact", None)
    return Result("unreadable", claim, (), (), why, False, ())


def _for_pair(part: Part, claim: Claim, base: FactBase) -> Part:
    """A part of one of several pairs a claim gives figures for, labelled with its pair."""
    return part._replace(
        claimed=reason("claimed.of_pair", claimed=part.claimed, parties=Parties(claim.parties))
    )


def _clause_parts(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    """The parts of one of several amounts a claim states, labelled with the measure it is of; an
    amount the claim names no measure for ("up from $2.5bn") is stated by no source."""
    from otg_cli.figure_checks import check

    if claim.indicator == "unnamed" and claim.value is not None and claim.unit is not None:
        label = reason("claimed.amount", amount=claim.amount_said())
        return (Part("amount", label, "not_established", reason("part.unnamed_figure"), (), ()),)
    measure = Word((claim.indicator or "").replace("_", " "))
    return tuple(
        p._replace(claimed=reason("claimed.of_measure", claimed=p.claimed, measure=measure))
        for p in check(claim, base)
    )


def verify(claim: Claim, base: FactBase) -> Result:
    """Every part of the claim checked; the claim's verdict is its weakest part's."""
    from otg_cli.claim_pairs import clauses, split
    from otg_cli.comparisons import comparison_part, computed, figure_measures, flow_share, own_figure
    from otg_cli.figure_checks import check

    shared = flow_share(claim, base)
    if shared is not None:
        return _result((shared,), claim, base)
    compared = comparison_part(claim, base)
    sides = figure_measures(claim, compared) if compared is not None else {}
    pairs = split(claim, base)
    read = tuple(_other_side(c, compared, sides) for c in clauses(claim, base)) if not pairs else ()
    parts = tuple(_for_pair(p, c, base) for c in pairs for p in check(c, base))
    parts = parts or tuple(p for c in read for p in _clause_parts(c, base))
    parts = parts or check(_other_side(own_figure(claim, compared), compared, sides), base)
    found = [p for p in parts if p.verdict != "not_found"]
    if not claim.parties and not found and _held_for_others(claim, base):
        # Nothing for no one: the base may well hold the figure, for parties the claim does not name.
        whose = reason("base.whose", measure=Word((claim.indicator or "").replace("_", " ")))
        parts = tuple(p._replace(reason=whose) for p in parts)
    if found and len(found) < len(parts):
        # A part no source states, beside parts that are stated: the claim asserts more than the base.
        parts = _not_established(parts, "not_found", "part.unstated_beside")
    if (
        compared is not None
        and not computed(compared)
        and parts
        and all(p.verdict == "not_found" for p in parts)
    ):
        compared = None  # a claim the base says nothing about stays not_found
    if compared is not None:
        summed = _summed(parts, claim, compared) if compared.claimed.code == "claimed.sum" else parts
        parts = (*_ratio_read(summed, claim, compared), compared)
    parts = with_deadline(parts, claim.deadline)
    parts = with_beyond_figures(parts, claim)
    parts = with_unread_figures(parts, claim, (claim, *pairs, *read), _figures_of(compared, sides))
    if claim.indicator in (None, "investment"):
        # The figure matched, but the claim does not say what it measures (or, of an investment,
        # which way it went): it cannot be backed, and figures of two measures, one fitting and
        # one not, are no disagreement of the sources.
        why = "part.no_indicator" if claim.indicator is None else "part.no_direction"
        for verdict in ("supported", "conflicting"):
            parts = _not_established(parts, verdict, why)
    if claim.indicator is None:
        # Nor can a count of other things rule it out ("12 joint things" against 40 goods).
        parts = _unmeasured(parts, claim)
    return _result(parts, claim, base)


def _result(parts: tuple[Part, ...], claim: Claim, base: FactBase) -> Result:
    """The claim's result from its parts, with the people, places and dates said beside its figures."""
    from otg_cli.speaker_checks import figure_people
    from otg_cli.venue_checks import figure_dates, figure_venues

    facts = by_id(f for p in parts for f in p.facts)
    targets = by_id(t for p in parts for t in p.targets)
    quoted = same_sentence([*facts, *targets], base)
    parts = (*parts, *figure_people(claim.text, facts, targets, quoted, base))
    parts = (
        *parts,
        *figure_venues(claim.text, facts, targets, base),
        *figure_dates(claim.text, facts, targets, base, claim.as_of),
    )
    records = by_id([*(r for p in parts for r in p.records), *quoted])
    verdict = weakest(p.verdict for p in parts)
    disagree = any(base.disagreements.get(f.id) for f in facts) or verdict == "conflicting"
    explanation = explained(parts)
    return Result(verdict, claim, facts, targets, explanation, disagree, parts, records)


def _held_for_others(claim: Claim, base: FactBase) -> bool:
    """Whether the base holds figures of the claim's measure (for parties the claim names none of)."""
    from otg_cli.figure_checks import MEASURES

    measures = MEASURES.get(claim.indicator or "", ())
    return any(f.measure in measures for f in base.facts.values())


def with_deadline(parts: tuple[Part, ...], deadline: int | None) -> tuple[Part, ...]:
    """The parts, with the deadline the claim gives where none of them weighed it: only a target
    states one, so a deadline put on a figure or a statement ("$4.3bn in 2025 by 2030", "agreed to
    create trading houses by 2030") is a detail no source gives. A claim the base says nothing
    about stays not_found."""
    if deadline is None or any(p.name == "deadline" for p in parts):
        return parts
    if all(p.verdict == "not_found" for p in parts):
        return parts
    label = reason("claimed.by_year", year=str(deadline))
    return (*parts, Part("deadline", label, "not_established", reason("target.no_deadline"), (), ()))


def with_unread_figures(
    parts: tuple[Part, ...], claim: Claim, read: tuple[Claim, ...], compared: tuple[float, ...] = ()
) -> tuple[Part, ...]:
    """The parts, with each figure the claim states that no part was read from ("34 projects
    worth $4.4bn, more than 9 contracts worth $3.4bn" read as the projects alone): the claim
    asserts it, nothing checked it, so a claim whose other parts are backed is not. A figure a
    computed comparison read (`compared`: the stated figures it weighed) was checked there."""
    from otg_cli.claim_amounts import amounts
    from otg_cli.claims import spelt
    from otg_cli.lexicon import claim_readable
    from otg_cli.reasons import Amount

    if weakest(p.verdict for p in parts) != "supported":
        return parts
    checked = [
        v
        for c in read
        for v in (c.value, c.value_high, c.change_pct, c.change_high, c.item_count)
        if v is not None
    ]
    checked += [abs(v) for v in checked]  # a deficit read as a negative balance
    unread = [
        a
        for a in amounts(spelt(claim_readable(claim.text)))
        if not any(math.isclose(a.value, v, rel_tol=1e-9) for v in checked)
        and not any(_same_figure(a.value, v) for v in compared)
    ]
    why = reason("part.unread_figure")
    labels = [reason("claimed.amount", amount=Amount(a.value, a.unit or "percent")) for a in unread]
    return (*parts, *(Part("amount", label, "not_established", why, (), ()) for label in labels))


def _same_figure(said: float, stated: float) -> bool:
    """Whether a claim's figure is a stated one, to the precision either gives it (18.5 is 18.5,
    $210m is "около 210 млн", 4 is not 4.3)."""
    from otg_cli.figures import interval

    return said in interval(stated, "exact") and stated in interval(said, "exact")


def with_beyond_figures(parts: tuple[Part, ...], claim: Claim) -> tuple[Part, ...]:
    """The parts, with what the claim says of its figure beyond the number ("a record $4.3bn",
    "впервые", "алғаш рет") where no quote of the facts it was compared with says it: a detail no
    source gives. A claim the base says nothing about stays not_found."""
    if all(p.verdict == "not_found" for p in parts):
        return parts
    cited: list[Fact | Target] = [
        *(f for p in parts for f in p.facts),
        *(t for p in parts for t in p.targets),
    ]
    said = _beyond_words(claim.text, cited)
    if not said:
        return parts
    label = reason("claimed.words", words=said)
    return (*parts, Part("detail", label, "not_established", reason("detail.unstated"), (), ()))


def _beyond_words(text: str, figures: "Iterable[Fact | Target]") -> tuple[str, ...]:
    """The words by which a claim says more of a figure than its number ("record", "впервые")
    when no quote of the figures says them; () where it says none, or a quote does."""
    from otg_cli.lexicon import readable, word_lists
    from otg_cli.text import find_words, fold

    words = word_lists("beyond_figures").get("words", ())
    folded = fold(readable(text))  # Latin-script Kazakh too ("rekordtyq")
    said = [folded[a:b] for a, b in find_words(folded, words)]
    quotes = fold(" ".join(c.quote for f in figures for c in f.citations))
    return () if not said or any(word in quotes for word in said) else tuple(said)


def same_sentence(figures: "Iterable[Fact | Target]", base: FactBase) -> "tuple[Agreement | Event, ...]":
    """The agreements and events whose quotes hold a sentence the figures are quoted from: the
    list "Казахстан представил Узбекистану перечень ... на сумму более $550 млн" recorded as an
    agreement beside its value, the talks a target was announced at."""
    quotes = {c.quote.rstrip(".") for f in figures for c in f.citations}
    if not quotes:
        return ()
    records: list[Agreement | Event] = [*base.agreements.values(), *base.events.values()]
    return tuple(r for r in records if any(q in c.quote for c in r.citations for q in quotes))


def verify_statement(statement: "Statement", claim: Claim, base: FactBase) -> Result:
    """A claim without a figure against the agreement, event or group it is about."""
    from otg_cli.claim_periods import find_deadline
    from otg_cli.lexicon import readable
    from otg_cli.statement_checks import check, records_of
    from otg_cli.text import fold

    parts = check(statement, base)
    parts = with_deadline(parts, find_deadline(fold(readable(claim.text))))  # Latin-script Kazakh too
    if not parts:
        why = reason("statement.no_record")
        return Result("not_found", claim, (), (), why, False, (), (), statement)
    verdict = weakest(p.verdict for p in parts)
    explanation = explained(parts)
    records = records_of(parts, statement, base)
    return Result(verdict, claim, (), (), explanation, False, parts, records, statement)


def check_text(text: str, base: FactBase, as_of: "datetime.date | None" = None) -> Result:
    """The verdict on a claim as typed: with a figure, against the facts and targets; without
    one, against the agreements, events and groups; `unreadable` when otg cannot place it."""
    return _check_text(text, base, as_of)._replace(as_of=as_of)


def _check_text(text: str, base: FactBase, as_of: "datetime.date | None") -> Result:
    from otg_cli.claims import MangledClaim, NotAClaim, UnreadableClaim, read_claim, unasked

    try:
        claim = read_claim(text, base, as_of)
        result = verify(claim, base)
        if claim.value is None and claim.change_pct is None and result.verdict != "supported":
            # No number, only a direction: "proposed a plan to increase trade" is a proposal.
            return _as_statement(text, claim, base, as_of) or result
        return _with_acts(result, text, base, as_of)
    except (MangledClaim, NotAClaim) as error:
        return unreadable(text, error.reason)
    except UnreadableClaim as error:
        return _without_figure(unasked(text), base, as_of, error.reason)


def _with_acts(result: Result, text: str, base: FactBase, as_of: "datetime.date | None") -> Result:
    """A claim with a figure and a clause without one that says an act ("... intend to lift trade
    to $1 billion, and that Kazakhstan proposed a work plan to get there"): the clause checked as
    a claim without a figure, against its record, beside the figure's parts."""
    from otg_cli.compound_statements import acts_beside_figures
    from otg_cli.statement_checks import check, records_of

    clauses = acts_beside_figures(text, result.claim.parties, base, as_of)
    checked = [(clause, check(clause, base)) for clause in clauses]
    if not checked:
        return result
    parts = list(result.parts)
    for clause, found in checked:
        parts += found or [_unmatched_act(clause)]
    records = by_id([*result.records, *(r for c, f in checked for r in records_of(f, c, base))])
    verdict = weakest(p.verdict for p in parts)
    return result._replace(
        verdict=verdict, parts=tuple(parts), records=records, explanation=explained(tuple(parts))
    )


def _unmatched_act(statement: "Statement") -> Part:
    """An act a claim says beside its figure that no agreement, event or group of the base is
    about: a detail no source gives."""
    said = reason("claimed.action", action=Word(statement.action or "held", "claimed"))
    return Part("subject", said, "not_established", reason("statement.no_record"), (), ())


def _without_figure(text: str, base: FactBase, as_of: "datetime.date | None", why: Reason) -> Result:
    """A claim with no figure: a comparison, a multiple ("doubled"), or a statement against the
    agreements, events and groups; `unreadable` where it places nothing."""
    from otg_cli.claims import read_as
    from otg_cli.comparisons import compared_without_figure
    from otg_cli.multiple_checks import check_multiple
    from otg_cli.statements import read_statement

    found = compared_without_figure(text, base, as_of) or check_multiple(text, base, as_of)
    found = found or _beyond_without_figure(text, base, as_of)
    if found is not None:
        return found
    statement = read_statement(text, base, as_of)
    claim = Claim(text, statement.parties, None, None, None, None, "exact", None)
    claim = claim._replace(corrections=read_as(text, base))
    result = _by_clause(text, statement, claim, base, as_of) or verify_statement(statement, claim, base)
    said = statement.stems or statement.action or statement.role
    # A claim naming a place, a person or a measure is about something the base may not hold:
    # not_found; one that places nothing at all is unreadable.
    placed = statement.places or statement.venues or _names_a_measure(text)
    if result.verdict == "not_found" and not (statement.parties and said) and not placed:
        # No figure, and no record it is about: nothing tells what the claim asserts of whom.
        return unreadable(text, _unplaced(text, why))
    if result.verdict == "not_found" and _has_figures_for(text, statement, base):
        # "Kazakhstan-Turkey trade 2025?": a measure the base states for them, and nothing asserted
        # of it: a lookup, not a claim; "the base has nothing" would be untrue.
        return unreadable(text, _unplaced(text, why))
    if result.verdict == "not_found" and not placed and _no_word_known(statement, base):
        # "lol ok so that's it then?? #OTS", "KZ KZ KZ big W": a party named, and no act, date,
        # place or word any record has; nothing says what is claimed of it.
        return unreadable(text, _unplaced(text, why))
    if _asserts_nothing(text, statement, result, base):
        # Names and tags alone ("ОТГ ОТГ ОТГ... #экономика"): a record it calls to mind, no claim.
        return unreadable(text, _unplaced(text, why))
    return result


def _by_clause(
    text: str, statement: "Statement", claim: Claim, base: FactBase, as_of: "datetime.date | None"
) -> Result | None:
    """A claim that says two things were done, each clause checked against its own record; None
    where it says one, where a clause is about no record, or where both are about the same one."""
    from otg_cli.compound_statements import read_clauses
    from otg_cli.statement_checks import check, records_of

    checked = [check(clause, base) for clause in read_clauses(text, statement, base, as_of)]
    if len(checked) < 2 or not all(checked):
        return None
    about = {parts[0].records[0].id for parts in checked if parts[0].records}
    if len(about) < len(checked):
        return None
    parts = tuple(p for clause in checked for p in clause)
    records = records_of(parts, statement, base)
    return Result(
        weakest(p.verdict for p in parts), claim, (), (), explained(parts), False, parts, records, statement
    )


def _beyond_without_figure(text: str, base: FactBase, as_of: "datetime.date | None") -> Result | None:
    """A claim with no figure that calls a measure's figure a record or a first ("OTS mutual trade
    reached a record high in 2025"), where the base states that measure for its parties and
    period: the figure is there, what is said of it beyond the number no source gives; None
    where the claim says no such word or the base has no such figure."""
    from otg_cli.claim_periods import find_period
    from otg_cli.claims import find_indicator
    from otg_cli.countries import find_parties
    from otg_cli.figure_checks import candidates_of, same_period
    from otg_cli.lexicon import claim_readable

    read = claim_readable(text)
    indicator = find_indicator(read)
    parties = find_parties(read, base)
    if indicator in (None, "target", "unnamed") or not parties:
        return None
    claim = Claim(text, parties, indicator, find_period(read, as_of), None, None, "exact", None)
    facts = tuple(f for f in candidates_of(claim, base) if claim.period is None or same_period(claim, f))
    said = _beyond_words(text, facts) if facts else ()
    if not said:
        return None
    part = Part(
        "detail", reason("claimed.words", words=said), "not_established", reason("detail.unstated"), facts, ()
    )
    return _result((part,), claim, base)


def _no_word_known(statement: "Statement", base: FactBase) -> bool:
    """Whether a claim without a figure asserts nothing otg could look for: no act, meeting held,
    date, number, role, denial or transfer, every party one the base knows, and no word but the
    names of its groups that any agreement, event or group of the base uses."""
    from otg_cli.statement_checks import known_word

    known = set(base.countries) | set(base.groups)
    if _says_a_point(statement) or any(statement.transfer) or not all(p in known for p in statement.parties):
        return False
    return not any(known_word(w, base) for w in statement.stems - statement.group_stems)


def _asserts_nothing(text: str, statement: "Statement", result: Result, base: FactBase) -> bool:
    """Whether a claim without a figure says nothing of the record it was matched to: no act,
    meeting held, date, number, place, role or denial, and no word but hashtags and the names of
    its parties ("ОТГ ОТГ ОТГ... #экономика")."""
    import re

    from otg_cli.countries import named_parties
    from otg_cli.statements import normalized, stems_of

    untagged = normalized(re.sub(r"#\w+", " ", text))
    for at, _ in reversed(named_parties(untagged, base)):
        untagged = untagged[: at.start] + " " + untagged[at.stop :]
    if stems_of(untagged):
        return False
    placed = (statement.month, statement.day, statement.venues, statement.places)
    return not (_says_a_point(statement) or any(placed)) and all(p.name == "subject" for p in result.parts)


def _says_a_point(statement: "Statement") -> bool:
    """Whether a claim without a figure says an act, a meeting held, a year, a meeting's number,
    a role, a denial, a number or a deadline: something a record could be checked for."""
    said = (
        statement.action,
        statement.held,
        statement.year,
        statement.ordinal,
        statement.role,
        statement.negated,
        statement.numbers,
        statement.deadline,
    )
    return any(said)


def _as_statement(text: str, claim: Claim, base: FactBase, as_of: "datetime.date | None") -> Result | None:
    """A claim with a direction and no number, checked as a claim without a figure where it says
    something was done (proposed, agreed, signed) to a record the base holds; None otherwise."""
    from otg_cli.statements import read_statement

    statement = read_statement(text, base, as_of)
    if statement.action in (None, "discussed"):
        return None
    plain = Claim(text, statement.parties, None, None, None, None, "exact", None)
    result = verify_statement(statement, plain._replace(corrections=claim.corrections), base)
    return None if result.verdict == "not_found" else result


def _has_figures_for(text: str, statement: "Statement", base: FactBase) -> bool:
    """Whether a claim only names a measure the base states for the parties it names: no word
    but theirs, the measure's, a period's and the lexicon's words that say nothing of a figure."""
    from otg_cli.claims import find_indicator, names_nothing_else
    from otg_cli.figure_checks import candidates_of
    from otg_cli.lexicon import claim_readable as readable

    read = readable(text)
    indicator = find_indicator(read)
    if indicator is None or not statement.parties or not names_nothing_else(read, base):
        return False
    claim = Claim(text, statement.parties, indicator, None, None, None, "exact", None)
    return bool(candidates_of(claim, base))


def _names_a_measure(text: str) -> bool:
    from otg_cli.claims import find_indicator
    from otg_cli.lexicon import claim_readable as readable

    return find_indicator(readable(text)) is not None


def _unplaced(text: str, why: Reason) -> Reason:
    """Why a claim is unreadable, with the words of it that otg could not place."""
    import re

    words = re.findall(r"[^\W\d_]{3,}", text)[:8]
    return reason("unreadable.unplaced", reason=why, words=tuple(words)) if words else why

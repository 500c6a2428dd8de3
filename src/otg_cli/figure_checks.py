"""Checking a claim's figures against the facts and targets: amount, change, target, deadline.

Each part is compared with every fact for the claim's parties, indicator, sector and period
(`_candidates`, `same_period`); a claim that names no period is compared with the period that
bears it out best; a figure for another period that backs the claim makes it `period_mismatch`; a
claim about part of a whole the sources state only as a whole ("Turkey alone") is never
supported. `verify.relation` and `verify.weigh` turn the intervals into verdicts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Literal

from otg_cli.claims import Claim
from otg_cli.figures import (
    Interval,
    as_worded,
    claimed_range,
    contains,
    interval,
    overlaps,
    stated_range,
    stated_reach,
)
from otg_cli.models import Fact, FactBase, Period, Qualifier
from otg_cli.reasons import Amount, Delta, Figure, Parties, Reason, Word, joined, reason
from otg_cli.verify import Part, Relation, relation, weigh

if TYPE_CHECKING:
    pass

#: Which stored measures a claimed indicator may be compared with.
MEASURES: dict[str, tuple[str, ...]] = {
    "turnover": ("turnover",),
    "exports": ("exports",),
    "imports": ("imports",),
    "trade_balance": ("trade_balance",),
    "investment": ("investment_inflow", "investment_outflow"),
    "investment_inflow": ("investment_inflow",),
    "investment_outflow": ("investment_outflow",),
    "companies": ("companies",),
    "joint_ventures": ("joint_ventures",),
    "trade_share": ("trade_share",),
    # A share of exports or imports: a measure no fact file states yet (never the turnover's share).
    "exports_share": ("exports_share",),
    "imports_share": ("imports_share",),
    "freight": ("freight",),
    "population": ("population",),
    "gdp": ("gdp",),
    # Measures no fact states (`claims.INDICATORS`): a claim about one is compared with none.
    "services": ("services",),
    "passengers": ("passengers",),
    "agreements": ("agreements",),
    "jobs": ("jobs",),
    "investment_projects": ("investment_projects",),
    "trade_contracts": ("trade_contracts",),
    "export_offer": ("export_offer",),
    "construction": ("construction",),
}


def described(facts: Sequence[Fact], part: str = "amount") -> tuple[Figure, ...]:
    """What each fact states of a part, with its period and id (`views.reasons.figure` words it)."""
    return tuple(Figure(f, part) for f in facts)


#: The country whose trade otg is about: "trade with Kyrgyzstan" is Kazakhstan's.
HOME = "KZ"


def claim_parties(claim: Claim, base: FactBase) -> set[str]:
    """The parties a claim is about; a lone partner country is Kazakhstan's partner, and so is a
    lone group a flow goes to or comes from ("imports from the Turkic countries")."""
    named = set(claim.parties)
    flow = set(MEASURES.get(claim.indicator or "", ())) & DIRECTIONAL
    if len(named) == 1 and HOME not in named and (flow or not named & set(base.groups) or _with_home(claim)):
        named.add(HOME)
    return named


def _with_home(claim: Claim) -> bool:
    """Whether a claim about a lone group's trade words it as Kazakhstan's trade with the group
    ("trade with Turkic countries", "товарооборот с тюркскими странами", "түркі елдерімен"), not the
    group's own ("mutual", "within", "между собой", "өзара"): the lexicon's [sides] words."""
    import re

    from otg_cli.lexicon import word_lists
    from otg_cli.text import fold, starts_a_word

    folded, words = fold(claim.text), word_lists("sides")
    with_home = "|".join(map(re.escape, words.get("with_home", ())))
    # "товарооборот с" is a phrase whose last word ends there: not "товарооборот стран".
    said = bool(with_home) and re.search(rf"(?<!\w)(?:{with_home})(?!\w)", folded) is not None
    return said and not starts_a_word(folded, words.get("mutual", ()))


def sole_record(indicator: str, sector: str | None, base: FactBase) -> Fact | None:
    """The one fact of a measure a claim that names no parties can only be about ("freight
    traffic grew to 1.5 m tonnes": the base's one freight figure), or None where the base has no
    fact of it or facts for more than one set of parties."""
    measures = MEASURES.get(indicator, ())
    facts = [f for f in base.facts.values() if f.measure in measures and f.sector == sector]
    return facts[0] if facts and len({frozenset(f.parties) for f in facts}) == 1 else None


#: The lexicon's tables of words that say how a figure is given (its number, scale, unit, period,
#: change and qualifier) or say nothing at all: what a claim may say of a figure beside its measure.
_FIGURE_TABLES = (
    "numbers", "fractions", "words", "denominators", "relative_years", "months", "indicators", "scales",
    "change", "qualifiers", "spans", "units", "stopwords", "worded", "not_qualifiers", "figure_words",
    "ranges", "ablative_comparatives",
)  # fmt: skip


@cache
def figure_words() -> tuple[str, ...]:
    """The lexicon's words that say how a figure is given, or say nothing at all (folded)."""
    from otg_cli.lexicon import entries
    from otg_cli.text import fold

    found: list[str] = []
    for table in _FIGURE_TABLES:
        for key, value in entries(table):
            found += [fold(str(w)) for w in value] if isinstance(value, list) else [fold(key)]
    # Each word of a phrase too ("transport volumes" of "transport volume").
    return tuple(dict.fromkeys([*found, *(w for phrase in found if " " in phrase for w in phrase.split())]))


def is_figure_word(word: str) -> bool:
    """Whether a folded word is one of `figure_words`, or starts with one of three letters or more
    ("a", "с" are whole words only)."""
    return any(word == k or (len(k) >= 3 and word.startswith(k)) for k in figure_words())


def unplaced_words(text: str, fact: Fact) -> tuple[str, ...]:
    """The words of a claim that neither give its figure (the lexicon's figure words) nor are the
    fact's own (its descriptions and quotes): "at Khorgos", "air", "road" of a freight claim the
    one freight record does not state."""
    import re

    from otg_cli.statements import shared, stem, stems_of
    from otg_cli.text import fold

    own = frozenset(
        stems_of(
            " ".join(
                [fact.description, fact.description_ru or "", fact.description_kk or ""]
                + [c.quote for c in fact.citations]
            )
        )
    )
    from otg_cli.people_checks import title_stems

    # An office's title says who gave the figure, which `speaker_checks` weighs.
    own |= title_stems()
    words = re.findall(r"[^\W\d_]{3,}", fold(text))
    return tuple(w for w in words if not is_figure_word(w) and not shared([stem(w)], own))


def same_parties(claim: Claim, parties: Sequence[str], base: FactBase) -> bool:
    return bool(claim.parties) and claim_parties(claim, base) == set(parties)


def same_period(claim: Claim, fact: Fact) -> bool:
    """Whether a fact states the claim's period on the claim's basis: a flow over that period, a
    level reached within it, a total over the same years ("2005–2025", "over the past 20
    years"); a claim without a period is about any."""
    period, stated = claim.period, fact.period
    if claim.span_years is not None:
        # "Over the 20 years to 2025": the years counted back end in the year the claim names.
        ends = period is None or (stated.end is not None and stated.end.year == period.end.year)
        return ends and _spans(stated, claim.span_years)
    if claim.since is not None:
        return stated.basis != "level" and stated.start is not None and stated.start.year == claim.since
    if period is None:
        return _of_any_year(claim, stated)
    if stated.basis == "level":
        return stated.end is not None and period.start <= stated.end <= period.end
    several_years = period.start.year != period.end.year
    if not claim.steady and (stated.basis == "flow" or (stated.basis == "cumulative" and several_years)):
        return (stated.start, stated.end) == (period.start, period.end)
    return False


def _of_any_year(claim: Claim, stated: Period) -> bool:
    """Whether a fact states the period of a claim that names no year: "consistently tops $0.5bn"
    is a level held over time, which no one year's figure states; "in January–August" is those
    months of whichever year; any other is about any period."""
    if claim.steady:
        return stated.basis == "level"
    return claim.months is None or _months_of(stated) == claim.months


def _months_of(stated: Period) -> tuple[int, int] | None:
    """The first and last month of a flow within one year, from its first day to its last."""
    start, end = stated.start, stated.end
    if stated.basis != "flow" or start is None or end is None or start.year != end.year or start.day != 1:
        return None
    return start.month, end.month


def _spans(stated: Period, years: int) -> bool:
    """Whether a period covers `years` years counted back: 2005–2025 is "the past 20 years"."""
    if stated.start is None or stated.end is None or stated.basis == "level":
        return False
    return stated.end.year - stated.start.year + 1 in (years, years + 1)


#: Measures whose first party is the reporting side: "Uzbekistan's exports to Kazakhstan" are not
#: Kazakhstan's exports to Uzbekistan.
DIRECTIONAL = frozenset({"exports", "imports", "trade_balance", "export_offer"})

#: Directional measures that go one way only: a list of goods one side offered the other. Stated
#: the other way round, such a claim is contradicted; "Uzbekistan's exports to Kazakhstan" are
#: another figure than Kazakhstan's exports to Uzbekistan, not its contradiction.
ONE_WAY = frozenset({"export_offer"})


def same_direction(claim: Claim, fact: Fact) -> bool:
    if fact.measure not in DIRECTIONAL or len(claim.parties) < 2:
        return True
    return claim.parties[0] == fact.parties[0]


def _candidates(claim: Claim, base: FactBase) -> list[Fact]:
    """The facts for the claim's parties and indicator. A claim that names countries and a group
    ("Turkey, Kazakhstan's biggest partner among OTS members") is about the countries when no
    fact is for all of them: the group is then its context."""
    measures = MEASURES.get(claim.indicator or "", ())
    found = [
        f
        for f in base.fact_candidates(claim.parties, measures, None, None)
        if same_parties(claim, f.parties, base)
        and (not measures or f.measure in measures)
        and f.sector == claim.sector
        and same_direction(claim, f)
    ]
    countries = tuple(p for p in claim.parties if p not in base.groups)
    if found or len(countries) == len(claim.parties) or len(set(countries) - {HOME}) == 0:
        return found
    return _candidates(claim._replace(parties=countries), base)


def candidates_of(claim: Claim, base: FactBase) -> list[Fact]:
    """The facts for the claim's parties and indicator, in any period (see `_candidates`)."""
    return _candidates(claim, base)


def _judge(
    name: Literal["amount", "change"],
    claimed: Interval,
    label: Reason,
    facts: list[tuple[Fact, Interval]],
    claim: Claim,
    base: FactBase,
) -> Part:
    """One part of a claim against the facts that state it, for its period or another."""
    from otg_cli.running_totals import running, unstarted_total

    same = [(f, stated) for f, stated in facts if same_period(claim, f)]
    if claim.period is None and claim.span_years is None:
        same = _best_period(running(same, claim), claimed)
    # Another period's figure "fits" when the claim gives its number: "$6.3 bn in 2025" is the
    # 2005–2025 total "over $6.3 bn" read as a year's, not any figure the claim's range takes in.
    fitting = [
        f
        for f, stated in facts
        if (f, stated) not in same
        and relation(stated, claimed) != "rules_out"
        and same_number(f, name, claim)
    ]
    # A figure the source gives no date for states no other period: the claim's is not established.
    undated = tuple(f for f in fitting if f.period.end is None)
    if not same and undated:
        why = reason("figure.undated", figures=described(undated, name))
        return Part(name, label, "not_established", why, undated, ())
    total = None if same else unstarted_total(name, claimed, label, facts, claim)
    if total is not None:
        return total
    if same:
        relations = _relations(name, same, claimed, claim, base)
        verdict = weigh(relations.values())
        reasons = [_reason(f, name, relations[f.id], claim) for f, _ in same]
        if verdict in ("contradicted", "not_established") and fitting:
            # Ruled out for its own period, but the figure is another period's: say which.
            reasons.append(reason("figure.also_fits", figures=described(fitting, name)))
            evidence = tuple(fitting) + tuple(f for f, _ in same)
            return Part(name, label, "period_mismatch", joined(reasons), evidence, ())
        return Part(name, label, verdict, joined(reasons), tuple(f for f, _ in same), ())
    if fitting:
        why = reason("figure.other_period", figures=described(fitting, name))
        return Part(name, label, "period_mismatch", why, tuple(fitting), ())
    others = tuple(f for f, _ in facts)
    why = reason("base.other_periods_only" if others else "base.nothing")
    return Part(name, label, "not_found", why, others, ())


def same_number(fact: Fact, name: str, claim: Claim) -> bool:
    """Whether the claim gives the fact's own number, to the precision either states it."""
    stated = fact.change_pct if name == "change" else fact.value
    claimed = claim.change_pct if name == "change" else claim.value
    if stated is None or claimed is None:
        return False
    # Each within the other's rounding: 4.3 is not "4" (though 4 bn may round 4.3), 6.3 is 6.3.
    return contains(interval(stated, "exact"), Interval(claimed, claimed)) and contains(
        interval(claimed, "exact"), Interval(stated, stated)
    )


def _best_period(facts: list[tuple[Fact, Interval]], claimed: Interval) -> list[tuple[Fact, Interval]]:
    """For a claim that names no period, the facts of the period that bears it out best: a
    figure stated for 2005–2025 backs "over $6.3 bn" though the figure for 2025 alone does not."""
    periods: dict[tuple[object, ...], list[tuple[Fact, Interval]]] = {}
    for fact, stated in facts:
        key = (fact.period.basis, fact.period.start, fact.period.end)
        periods.setdefault(key, []).append((fact, stated))
    order = ("supported", "conflicting", "not_established", "contradicted")
    ranked = sorted(
        periods.values(), key=lambda group: order.index(weigh(relation(s, claimed) for _, s in group))
    )
    return ranked[0] if ranked else []


def _reason(fact: Fact, name: str, found: Relation, claim: Claim) -> Reason:
    """What one source says of a part: its figure, how it bears on the claim, and by how much it
    differs when it rules the claim out, or its own qualifier when that must be quoted."""
    figure = Figure(fact, name)
    stated, qualifier = (
        (fact.change_pct, fact.change_qualifier) if name == "change" else (fact.value, fact.qualifier)
    )
    claimed = claim.change_pct if name == "change" else claim.value
    if found == "rules_out" and stated is not None and claimed is not None and claimed != stated:
        delta = claimed - stated
        unit = "percent" if name == "change" else fact.unit
        share = delta / stated if stated and name != "change" else None
        return reason("figure.rules_out_by", figure=figure, delta=Delta(delta, unit, share))
    if found == "backs" and qualifier not in ("exact", claim.qualifier_of(name)):
        return reason("figure.backs_qualified", figure=figure, qualifier=Word(qualifier, "qualifier"))
    return reason(f"figure.{found}", figure=figure)


#: How a source's figure bears on a claimed one, as the code of its words (phrases/en.toml).
WORDS: dict[Relation, Word] = {
    "backs": Word("relation.backs"),
    "consistent": Word("relation.consistent"),
    "rules_out": Word("relation.rules_out"),
}


def stated_amounts(facts: list[Fact], unit: str) -> list[tuple[Fact, Interval]]:
    """Each fact's figure in `unit` with the values its qualifier allows (`figures.interval`)."""
    return [(f, stated_range(f.value, f.qualifier)) for f in facts if f.value is not None and f.unit == unit]


def stated_changes(facts: list[Fact]) -> list[tuple[Fact, Interval]]:
    """Each fact's change with the values its qualifier allows."""
    return [(f, stated_range(f.change_pct, f.change_qualifier)) for f in facts if f.change_pct is not None]


def _relations(
    name: str, same: list[tuple[Fact, Interval]], claimed: Interval, claim: Claim, base: FactBase
) -> dict[str, Relation]:
    """How each source bears on the claim. Sources that disagree with each other are read as
    worded (`figures.as_worded`: "2 млрд доллар" is 2, not 1.5–2.5), and a claim that words its
    figure as one of them does takes that side ("2 млрд", which "почти 2 млрд" rules out)."""
    relations = {f.id: _unrounded(relation(stated, claimed), f, name, claimed) for f, stated in same}
    ids = {f.id for f, _ in same}
    disputed = [f for f, _ in same if any(c.id in ids for c in base.disagreements.get(f.id, ()))]
    if not disputed:
        return relations
    worded = _worded_claim(claim, name)
    ranged = (claim.change_high if name == "change" else claim.value_high) is not None
    sided = worded[0] is not None and not ranged and any(_worded(f, name) == worded for f in disputed)
    if sided and worded[0] is not None and not claim.exactly_of(name):
        claimed = as_worded(worded[0], _floor((claim.text,), worded[1]))
    # "Reached 11.9 bn" is at least 11.9 bn against a claim of the figure or more; to a claim
    # that it was no more ("exactly", "ни центом больше") it states the very number, and so it
    # does to a claim that words the very figure flat ("11,9 млрд", not "$12bn"): it backs
    # "11,9 млрд" where "превысил 11,9" rules it out.
    capped = claim.exactly_of(name) or claim.qualifier_of(name) in ("at_most", "under")
    flat = worded[0] if claim.qualifier_of(name) == "exact" and not ranged else None
    # Where one source gives the figure flat and another a bound on it ("жетті 11,9" and
    # "превысил 11,9"), "about" the figure is what both say.
    about = claim.value if name == "amount" and claim.qualifier_of(name) == "about" else None
    for fact in disputed:
        value, qualifier = _worded(fact, name)
        if value is not None:
            quotes = tuple(c.quote for c in fact.citations)
            as_claimed = flat is not None and math.isclose(flat, value)
            floor = qualifier if capped or as_claimed else _floor(quotes, qualifier)
            read = as_worded(value, floor)
            if about is not None:
                read = _bound_as_rounded(fact, read, about, floor)
            relations[fact.id] = relation(read, claimed)
    return relations


def _bound_as_rounded(
    fact: Fact, stated: Interval, claimed: float, qualifier: Qualifier | None = None
) -> Interval:
    """A disputed source's "over 11.9 bn" against a claim of "about 11.9 bn", the same figure the
    other source gives flat: given to its last digit, it says the value is above it by less than
    that digit's step (below 12.0 bn, or it would say so), so "about" the figure holds. Another
    figure ("about 13,000" for "over 12,000") is left to the bound as stated, and so are shares:
    "more than two-thirds" is no figure given to a digit. A bound no other source gives flat is
    left as stated too: "около 6,3" caps what "более 6,3" leaves open."""
    from otg_cli.figures import precision

    bound = (qualifier or fact.qualifier) in ("over", "at_least") and fact.unit != "percent"
    if fact.value is None or fact.value <= 0 or not bound or not math.isclose(fact.value, claimed):
        return stated
    return Interval(stated.low, fact.value + 2 * precision(fact.value), stated.low_open, True)


def _unrounded(found: Relation, fact: Fact, name: str, claimed: Interval) -> Relation:
    """How a source's figure bears on a claim within its reach (`figures.stated_reach`). A figure
    it rounds ("около 210 млн") rules out a claimed figure only beyond it ("$212.4 m" says more
    than it, not against it), while a claimed bound is judged by the side the figure lies on
    ("exceeded $8 bn" against "шамамен 7,9 млрд" is ruled out); a bound ("более 1300") rules out
    what lies beyond its reach ("over 12,000")."""
    value, qualifier = _worded(fact, name)
    if value is None:
        return found
    reach = stated_reach(value, qualifier)
    if found == "consistent" and not overlaps(reach, claimed, touching=False):
        return "rules_out"
    bounded = math.isinf(claimed.low) or math.isinf(claimed.high)
    if found == "rules_out" and qualifier == "about" and not bounded:
        return "consistent" if overlaps(reach, claimed, touching=False) else found
    return found


def _floor(texts: tuple[str, ...], qualifier: Qualifier) -> Qualifier:
    """An exact figure its words say was reached ("11,9 млрд долларға жетті") is, to the letter,
    at least that figure (the lexicon's [worded] words); any other keeps its qualifier."""
    from otg_cli.lexicon import word_lists
    from otg_cli.text import fold, starts_a_word

    words = word_lists("worded").get("at_least", ())
    reached = any(starts_a_word(fold(text), words) for text in texts)
    return "at_least" if qualifier == "exact" and reached else qualifier


def _worded(fact: Fact, name: str) -> tuple[float | None, Qualifier]:
    return (fact.change_pct, fact.change_qualifier) if name == "change" else (fact.value, fact.qualifier)


def _worded_claim(claim: Claim, name: str) -> tuple[float | None, Qualifier]:
    return (claim.change_pct if name == "change" else claim.value), claim.qualifier_of(name)


def _amount(claim: Claim, candidates: list[Fact], base: FactBase) -> Part | None:
    if claim.indicator == "population" and claim.unit == "count":
        claim = claim._replace(unit="people")  # "халқы 150 миллион": a population counts people
    if claim.value is None or claim.unit is None:
        return None
    facts = stated_amounts(candidates, claim.unit)
    label = reason("claimed.amount", amount=claim.amount_said())
    changes = [
        f for f in candidates if f.value is None and f.change_pct is not None and same_period(claim, f)
    ]
    claimed = claim.asserted("amount")
    assert claimed is not None
    if not any(same_period(claim, f) for f, _ in facts):
        # No source states it; the base may derive it from two that do (turnover − exports).
        from otg_cli.derived_checks import derived_amount

        derived = derived_amount(claim, label, claimed, changes, base)
        if derived is not None:
            return derived
    if not facts and changes:
        why = reason("figure.only_change", figures=described(changes, "change"))
        return Part("amount", label, "not_established", why, tuple(changes), ())
    return _judge("amount", claimed, label, facts, claim, base)


def _count(claim: Claim, candidates: list[Fact], base: FactBase) -> Part | None:
    """A count stated beside an amount: the 34 of "34 projects worth $4.4 bn"."""
    if claim.item_count is None:
        return None
    facts = stated_amounts(candidates, "count")
    qualifier = claim.count_qualifier
    counted = claim._replace(value=claim.item_count, unit="count", qualifier=qualifier)
    label = reason("claimed.amount", amount=Amount(claim.item_count, "count", qualifier))
    return _judge("amount", claimed_range(claim.item_count, qualifier), label, facts, counted, base)


def _change(claim: Claim, candidates: list[Fact], base: FactBase) -> Part | None:
    if claim.change_pct is None:
        return None
    label = reason("claimed.change", change=claim.change_said())
    changes = stated_changes(candidates)
    claimed = claim.asserted("change")  # "ровно на 3%", "на 15–20%"
    assert claimed is not None
    return _judge("change", claimed, label, changes, claim, base)


def check(claim: Claim, base: FactBase) -> tuple[Part, ...]:
    """The parts of a claim with a figure, each against the facts or targets stating it."""
    from otg_cli.direction_checks import direction

    if claim.indicator == "target":
        from otg_cli.target_checks import check_target

        return check_target(claim, base)
    candidates = _candidates(claim, base)
    from otg_cli.claim_sides import mirrored, reversed_parties

    if not candidates and (turned := mirrored(claim)) is not None:
        # "Uzbekistan ran a surplus with Kazakhstan": Kazakhstan's balance with Uzbekistan, negated.
        claim, candidates = turned, _candidates(turned, base)
    found = (
        _amount(claim, candidates, base),
        _count(claim, candidates, base),
        _change(claim, candidates, base),
        direction(claim, candidates, base),
    )
    parts = tuple(p for p in found if p is not None)
    from otg_cli.derived_checks import DERIVED_REASONS

    if any(p.reason.code in DERIVED_REASONS for p in parts):
        return parts  # a figure derived for these very parties: no reading of them as others
    if not candidates and (reverse := reversed_parties(claim, base)):
        return reverse
    if not candidates or (parts and all(p.verdict == "not_found" for p in parts)):
        # No figure for the pair, or none for its period: a whole's figure it may be part of.
        from otg_cli.whole_checks import part_of_whole

        parts = part_of_whole(claim, base) or parts
    parts = tuple(_whose_number(p, claim, base) for p in parts)
    action = _action(claim, candidates)
    return (*parts, action) if action is not None and parts else parts


def _action(claim: Claim, facts: list[Fact]) -> Part | None:
    """What a claim with a figure says was done ("signed 7 contracts", "launched 34 projects")
    against what the facts' quotes say: never more than they state."""
    from otg_cli.lexicon import claim_readable as readable
    from otg_cli.statements import STRENGTH, action_of, mentions, normalized, undone

    folded = normalized(readable(claim.text))  # Latin-script Kazakh too
    if facts and undone(folded):
        # "Scrapped seven contracts worth $2.6bn": the act the figure is of, undone.
        quotes = tuple(reason("quoted", quote=f.citations[0].quote, id=f.id) for f in facts[:2])
        said = reason("claimed.not", claimed=reason("claimed.action", action=Word("signed", "claimed")))
        return Part(
            "subject",
            said,
            "contradicted",
            reason("action.sources_say_only", quotes=quotes),
            tuple(facts),
            (),
        )
    claimed = action_of(mentions(folded, "actions"))
    if claimed is None or claimed == "discussed" or not facts:
        return None
    quoted = [action_of(mentions(normalized(c.quote), "actions")) for f in facts for c in f.citations]
    stated = max((STRENGTH[a] for a in quoted if a is not None), default=0)
    if STRENGTH[claimed] <= stated:
        return None
    quotes = tuple(reason("quoted", quote=f.citations[0].quote, id=f.id) for f in facts[:2])
    why = reason("action.sources_say_only", quotes=quotes)
    said = reason("claimed.action", action=Word(claimed, "claimed"))
    return Part("subject", said, "not_established", why, tuple(facts), ())


def _partners_number(
    part: Part, claim: Claim, parties: set[str], measures: Sequence[str], base: FactBase
) -> list[Fact]:
    """Figures of the claim's measure and period for another partner of the same country, whose
    number the claim gives: "Kazakh–Uzbek trade hit $4.9 bn" has Turkey's 2025 figure."""
    if len(parties) != 2 or HOME not in parties:
        return []
    return [
        f
        for f in base.fact_candidates((HOME,), measures, None, None)
        if f.measure in measures
        and len(set(f.parties)) == 2
        and HOME in f.parties
        and set(f.parties) != parties
        and f.sector is None
        and same_period(claim, f)
        and same_number(f, part.name, claim)
    ]


def _whose_number(part: Part, claim: Claim, base: FactBase) -> Part:
    """A part the sources do not back, with what its number is where the base states it for the
    same parties as another measure: "26.7% is the growth of exports, not of trade"."""
    if part.verdict == "supported" or part.name not in ("amount", "change"):
        return part
    parties = claim_parties(claim, base)
    measures = MEASURES.get(claim.indicator or "", ())
    seen = {f.id for f in part.facts}
    others = [
        f
        for f in base.fact_candidates(claim.parties, (), None, None)
        if f.id not in seen
        and f.measure not in measures
        and set(f.parties) == parties
        and same_number(f, part.name, claim)
    ]
    targets = tuple(
        t
        for t in base.targets.values()
        if part.name == "amount"
        and set(t.parties) == parties
        and claim.value == t.value
        and t.unit == claim.unit
    )
    partners = _partners_number(part, claim, parties, measures, base)
    if not others and not targets and not partners:
        return part
    said = tuple(
        [
            reason(
                "figure.is_measure", figure=Figure(f, part.name), measure=Word(f.measure.replace("_", " "))
            )
            for f in others
        ]
        + [
            reason("figure.is_partner", figure=Figure(f, part.name), parties=Parties(f.parties))
            for f in partners
        ]
        + [reason("figure.is_target", amount=Amount(t.value, t.unit, t.qualifier), id=t.id) for t in targets]
    )
    return part._replace(
        reason=reason("figure.another_one", reason=part.reason, others=said),
        facts=(*part.facts, *others, *partners),
        targets=(*part.targets, *targets),
    )

"""A sentence giving one figure for each of several partners, read as one claim per partner.

"Kazakhstan traded $4.9bn with Turkey and $2bn with Kyrgyzstan in 2025" and "товарооборот
Казахстана с Узбекистаном составил 4,3 млрд, с Кыргызстаном — 2 млрд долларов" each state two
points: the n-th partner named goes with the n-th amount. Each point keeps the claim's measure,
period and sector, and is checked on its own; the claim is only as good as its weakest.
"""

from __future__ import annotations

import re

from otg_cli.claim_amounts import Amount, amounts
from otg_cli.claim_periods import find_period, half_year
from otg_cli.claims import Claim, insists, qualifier_between, spelt
from otg_cli.figure_checks import HOME
from otg_cli.lexicon import claim_readable as readable
from otg_cli.lexicon import word_lists
from otg_cli.models import FactBase
from otg_cli.text import fold, starts_a_word


def split(claim: Claim, base: FactBase) -> tuple[Claim, ...]:
    """One claim per partner where the claim gives as many amounts as partners (two or more);
    () where it does not (a claim about one pair, or about a group's total)."""
    partners = [p for p in claim.parties if p != HOME and p not in base.groups]
    if len(partners) < 2 or claim.value is None or claim.change_pct is not None or claim.item_count:
        return ()
    if claim.indicator in (None, "target"):
        return ()
    text = spelt(readable(claim.text))
    every = amounts(text)
    # Sums with no currency ("4,9 млрд с Турцией и 2 млрд с Кыргызстаном") are in the unit the
    # claim was read in, where it names no currency at all.
    bare = claim.unit != "count" and not any(a.unit == claim.unit for a in every)
    found = [
        a for a in every if a.strong and (a.unit == claim.unit or (bare and a.unit == "count" and a.scaled))
    ]
    if len(found) != len(partners):
        return ()
    claims = []
    for index, (partner, amount) in enumerate(zip(partners, found, strict=True)):
        start = found[index - 1].at[1] if index else 0
        end = found[index + 1].at[0] if index + 1 < len(found) else len(text)
        parties = tuple(p for p in claim.parties if p not in partners or p == partner)
        qualifier = qualifier_between(text, amount.at, start, end)
        # "425 млн, а с Кыргызстаном ровно 2 млрд": the word insists on the figure it stands before.
        exactly = insists(text[start : amount.at[0]])
        claims.append(
            claim._replace(
                parties=parties,
                value=amount.value,
                value_high=amount.high,
                qualifier=qualifier,
                exactly=exactly,
            )
        )
    return tuple(claims)


def clauses(claim: Claim, base: FactBase) -> tuple[Claim, ...]:
    """One claim per amount where a claim states amounts of one unit for different measures
    ("exports reached $2.2bn with a surplus of $2bn", "товарооборот достиг $3 млрд, а экспорт —
    $2,5 млрд", "12,000 companies and 1,300 joint ventures"): each amount with the measure named
    nearest before it (or right after it), the qualifier beside it, the claim's parties and
    period. The change goes with the measure named nearest before it ("imports down 5%"), its own
    claim where no amount is of that measure. () where the claim states one amount, or one per
    partner (`split`)."""
    from otg_cli.claims import direction_of, nearest_indicator

    figureless = _without_amount(claim)
    if figureless is not None:
        return figureless
    if claim.value is None or claim.indicator in (None, "target") or split(claim, base):
        return ()
    text = spelt(readable(claim.text))
    every = amounts(text)
    counting = claim.unit == "count"
    found = [a for a in every if a.unit == claim.unit and (a.strong or counting)]
    counts = [] if counting else [a for a in every if a.unit == "count" and not a.strong]
    if len(found) == 1 and claim.change_pct is not None:
        percents = [a for a in every if a.unit is None]
        paired = _amount_and_change(claim, text, found[0], percents)
        return paired or _later_changes(claim, text, found, percents)
    if len(found) < 2:
        return ()
    # "$6.3bn, about $210m of it in 2025", "порядка 5 млрд, включая более 1,3 млрд за 2025 год":
    # a part of the figure before it, each with the period its own words give.
    partitive = starts_a_word(fold(text), word_lists("partitive").get("words", ()))
    claims: list[Claim] = []
    for index, amount in enumerate(found):
        start = found[index - 1].at[1] if index else 0
        end = found[index + 1].at[0] if index + 1 < len(found) else len(text)
        before, after = text[start : amount.at[0]], text[amount.at[0] : end]  # "1,300 joint ventures"
        # A count names what it counts after it ("1,300 joint ventures"), an amount before it.
        # What a count counts stands right after it, within its clause ("12 мыңнан асады, ал
        # бірлескен кәсіпорындар ...": the joint ventures are the next figure's).
        words = (
            nearest_indicator(re.split(r",(?!\d)", after, maxsplit=1)[0], last=False),
            nearest_indicator(before),
        )
        priced = _priced(text, amount)
        measure = words[0] or words[1] if counting or priced else words[1] or words[0]
        if measure is None and index and not partitive:
            # "$425 million in 2025, well short of half a billion": the same figure bounded again;
            # "up from $2.5bn": a figure for no measure the claim names.
            measure = claims[-1].indicator if claims and _restated(before) else "unnamed"
        if measure is not None and measure.startswith("investment"):
            # Its own clause says which way ("... инвестиция келсе, Қазақстан олардың
            # экономикасына 1,3 млрд салды"): the words from the last comma before it to the next.
            way = direction_of(re.split(r",(?!\d)", before)[-1] + re.split(r",(?!\d)", after, maxsplit=1)[0])
            measure = way if way != "investment" else measure
        if measure == "investment" or measure is None:
            measure = claim.indicator
        qualifier = qualifier_between(text, amount.at, start, end)
        # A period of its own before the amount: "…, ал жарты жылдағы экспорт 2,2 млрд".
        own = half_year(before, claim.period.start.year) if index and claim.period else None
        if partitive:
            # Its own period is said after the word that makes it a part ("exceeded $6.3 bln over
            # 2005-2025, of which more than $210 mln came in 2025"): not the whole's before it.
            own = find_period(text[_after_partitive(text, start, amount.at[0]) : end], claim.as_of)
        value = -abs(amount.value) if claim.value < 0 and measure == claim.indicator else amount.value
        # The count stated right before an amount is its own ("34 projects worth $4.4bn"); after
        # it, where the amount prices what follows ("4,4 млрд долларлық 34 инвестжоба").
        count = next((c for c in reversed(counts) if start <= c.at[0] and c.at[1] <= amount.at[0]), None)
        if priced:
            count = next((c for c in counts if amount.at[1] <= c.at[0] and c.at[1] <= end + 1), count)
        claims.append(
            claim._replace(
                indicator=measure,
                period=own if partitive else own or claim.period,
                # A part with a year of its own counts no span back ("over the 20 years to 2025
                # ..., of which about $210m came in 2025").
                span_years=None if partitive and own is not None and index else claim.span_years,
                since=None if partitive and own is not None and index else claim.since,
                value=value,
                value_high=amount.high,
                qualifier=qualifier,
                change_pct=None,
                change_high=None,
                item_count=None if count is None else count.value,
                count_qualifier="exact"
                if count is None
                else qualifier_between(text, count.at, start, amount.at[0]),
            )
        )
    if len({(c.indicator, c.value) for c in claims}) < 2:
        return ()
    return _with_change(claim, claims, text, [a for a in every if a.unit is None], found)


def _restated(between: str) -> bool:
    """Whether the words between two amounts only bound the second ("..., well short of", ", under",
    ", то есть менее"): every word is one of the lexicon's figure words, one is a qualifier's, with
    a comma before it, and none compares. Then the second amount restates the first's measure."""
    from otg_cli.claims import qualifier_between
    from otg_cli.comparisons import comparison_kind, stated_factor
    from otg_cli.figure_checks import is_figure_word

    words = re.findall(r"[^\W\d_]+", fold(between))
    if "," not in between or not words or not all(is_figure_word(w) for w in words):
        return False
    if comparison_kind(between) is not None or stated_factor(fold(between)) is not None:
        return False  # "..., more than five times the roughly $210m": the other side of a multiple
    return qualifier_between(between + " 1", (len(between), len(between) + 1), 0, len(between) + 1) != "exact"


def _priced(text: str, amount: Amount) -> bool:
    """Whether an amount prices the noun after it (the lexicon's [priced]): its last word has an
    adjective's ending ("4,4 млрд долларлық 34 инвестжоба") or a word such as "worth of" follows."""
    said = word_lists("priced")
    last = fold(text[amount.at[0] : amount.at[1]]).split()[-1]
    if last.endswith(tuple(said.get("endings", ()))):
        return True
    beside = fold(text[amount.at[0] : amount.at[1] + 12])  # "$2.6bn worth" is the amount as read
    return any(f" {word} " in f" {beside} " for word in said.get("words", ()))


def _changes(claim: Claim, text: str) -> tuple[Claim, ...]:
    """One claim per change where a claim gives changes of different measures and no amount
    ("экспорт вырос на 16,6%, а импорт сократился примерно на 3%"): each with the measure named
    nearest before it, its own direction and qualifier. () where they are of one measure."""
    from otg_cli.claims import change_window, nearest_indicator, percent_is

    percents = [a for a in amounts(text) if a.unit is None]
    if len(percents) < 2:
        return ()
    claims = []
    for index, percent in enumerate(percents):
        start = percents[index - 1].at[1] if index else 0
        measure = nearest_indicator(text[start : percent.at[0]]) or (claim.indicator if not index else None)
        if measure is None:
            return ()
        down = percent_is(text[start : change_window(text, percent.at)]) == "down"
        change = (-1.0 if down else 1.0) * abs(percent.value)
        qualifier = qualifier_between(text, percent.at, start, change_window(text, percent.at))
        claims.append(
            claim._replace(
                indicator=measure, change_pct=change, change_qualifier=qualifier, qualifier=qualifier
            )
        )
    return tuple(claims) if len({c.indicator for c in claims}) == len(claims) else ()


def _without_amount(claim: Claim) -> tuple[Claim, ...] | None:
    """The clauses of a claim that gives no amount: changes of several measures, or the ways
    several measures went; None for a claim with an amount."""
    if claim.value is not None:
        return None
    if claim.change_pct is not None and claim.indicator not in (None, "target"):
        return _changes(claim, spelt(readable(claim.text)))
    if claim.change_pct is None and claim.direction in ("up", "down"):
        return _directions(claim, spelt(readable(claim.text)))
    return None


def _directions(claim: Claim, text: str) -> tuple[Claim, ...]:
    """One claim per clause where a claim says which way two measures went and gives no figure
    ("imports increased as exports boomed", "экспорт вырос, а импорт сократился"): each clause's
    measure with the way its own words say. () where the claim speaks of one measure."""
    from otg_cli.claims import clause_boundary, nearest_indicator, percent_is

    pieces = clause_boundary().split(fold(text))
    read = [(nearest_indicator(p), percent_is(p)) for p in pieces]
    said = [(m, d) for m, d in read if m is not None and d in ("up", "down")]
    if len(said) < 2 or len({m for m, _ in said}) < len(said):
        return ()
    return tuple(claim._replace(indicator=m, direction=d) for m, d in said)


def _after_partitive(text: str, start: int, at: int) -> int:
    """Where the words after the last partitive word ("of which", "из них", "оның ішінде") before
    the amount at `at` begin; `start` where there is none."""
    from otg_cli.text import find_words

    words = word_lists("partitive").get("words", ())
    found = [end for begin, end in find_words(fold(text[start:at]), words)]
    return start + found[-1] if found else start


def _amount_and_change(claim: Claim, text: str, amount: Amount, percents: list[Amount]) -> tuple[Claim, ...]:
    """One amount and one change of different measures, each named nearest before it: "exports
    jumped by more than a quarter, leaving a surplus of $1.4bn" is a change of exports and an
    amount of the balance; () where both are of one measure ("exports reached $2.2bn, up 26.7%")."""
    from otg_cli.claims import nearest_indicator

    if not percents:
        return ()
    of_amount = nearest_indicator(text[: amount.at[0]])
    of_change = nearest_indicator(text[: percents[0].at[0]])
    if None in (of_amount, of_change) or of_amount == of_change or "investment" in (of_amount, of_change):
        return ()
    return (
        claim._replace(indicator=of_amount, change_pct=None, change_high=None),
        # Without an amount, a claim's change is worded by its qualifier (`Claim.qualifier_of`).
        claim._replace(
            indicator=of_change, value=None, value_high=None, unit=None, qualifier=claim.change_qualifier
        ),
    )


def _with_change(
    claim: Claim, claims: list[Claim], text: str, percents: list[Amount], found: list[Amount]
) -> tuple[Claim, ...]:
    """The clauses, each change given to the one of the measure named nearest before it: the
    claim's own change (as read, its sign and qualifier) first, then any later percentage
    ("up more than 10 per cent, with exports rising 16.6 per cent to about $7.9 bln")."""
    from otg_cli.claims import nearest_indicator, percent_is

    if claim.change_pct is None or not percents:
        return tuple(claims)
    extra: list[Claim] = []
    for index, percent in enumerate(percents):
        at = percent.at
        figures = sorted([*found, *percents[:index]], key=lambda a: a.at)
        before = [a for a in figures if a.at[1] <= at[0]]
        start = before[-1].at[1] if before else 0
        measure = nearest_indicator(text[start : at[0]])
        high = claim.change_high if index == 0 else percent.high
        if index == 0:
            change, qualifier = claim.change_pct, claim.change_qualifier
        else:
            sign = -1.0 if percent_is(text[start : at[1]]) == "down" else 1.0
            change, qualifier = sign * abs(percent.value), qualifier_between(text, at, start, len(text))
            if high is not None and sign < 0:
                change, high = -high, change  # "imports down 2–4%": −4% to −2%
        owner = next((i for i, c in enumerate(claims) if c.indicator == measure), None)
        if owner is None and measure is None and index == 0:
            owner = found.index(before[-1]) if before else 0  # only `found` stands before the first
        if owner is not None and claims[owner].change_pct is None:
            claims[owner] = claims[owner]._replace(
                change_pct=change, change_high=high, change_qualifier=qualifier
            )
        elif owner is None and index == 0:
            extra.append(claim._replace(indicator=measure, value=None, value_high=None, unit=None))
        elif owner is None and measure is not None:
            # "..., while imports shrank by about 3%": a later change of a measure no amount is of.
            extra.append(
                claim._replace(
                    indicator=measure,
                    value=None,
                    value_high=None,
                    unit=None,
                    change_pct=change,
                    change_high=high,
                    change_qualifier=qualifier,
                    qualifier=qualifier,
                )
            )
    return (*claims, *extra)


def _later_changes(claim: Claim, text: str, found: list[Amount], percents: list[Amount]) -> tuple[Claim, ...]:
    """One amount with its change, and a later change of another measure ("exports up 16.6% to
    $7.9bn while imports shrank by about 3%"): a clause for each; () where no later change is of
    another measure."""
    if len(percents) < 2:
        return ()
    read = _with_change(claim, [claim], text, percents, found)
    return read if len(read) > 1 else ()

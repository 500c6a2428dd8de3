"""Reading a claim as a journalist has it, in English, Russian or Kazakh.

"Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов" becomes parties
KZ and UZ, indicator turnover, period 2025, amount 4_300_000_000 USD, qualifier exact. Everything
understood is returned, so that a wrong reading is visible before any verdict is trusted.
"""

import datetime
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from otg_cli import figures
from otg_cli.claim_amounts import amounts
from otg_cli.claim_periods import find_deadline, find_period, find_since, find_span, find_within
from otg_cli.errors import OtgError
from otg_cli.lexicon import claim_readable as latin_to_cyrillic
from otg_cli.lexicon import entries, month_of, word_lists
from otg_cli.models import Fact, FactBase, Qualifier, Unit
from otg_cli.periods import DateRange
from otg_cli.reasons import Reason, reason

if TYPE_CHECKING:
    from otg_cli.reasons import Amount, Change
from otg_cli.statements import case_ending, parties_beside_venues
from otg_cli.text import blank_words, casefold_claim, fold, starts_a_word

# Words are matched on casefolded text with ё as е. Stems match inflected forms: "узбекистан"
# matches Узбекистана, Узбекистаном; "өзбекстан" matches Өзбекстанмен; "turkey" matches Turkey's.

#: The indicators a claim may measure, in the order they are tried: the first whose words the claim
#: has wins ("export" before "trade"). Their words are the lexicon's [indicators] tables.
INDICATORS = (
    "target",
    "services",
    "passengers",
    "investment_projects",
    "trade_contracts",
    "export_offer",
    "exports",
    "imports",
    "trade_balance",
    "investment",
    "joint_ventures",
    "companies",
    "trade_share",
    "freight",
    "construction",
    "population",
    "agreements",
    "jobs",
    "gdp",
    "turnover",
)


class Claim(NamedTuple):
    """What otg understood of a claim. Fields are None where the claim says nothing of them."""

    text: str
    parties: tuple[str, ...]
    indicator: str | None
    period: DateRange | None
    value: float | None
    unit: Unit | None
    qualifier: Qualifier
    change_pct: float | None
    #: The year a target is to be met by ("by 2030", "к 2030 году", "2030 жылға дейін").
    deadline: int | None = None
    #: The claim insists on the figure to the unit ("exactly", "ровно", "дәл"): no rounding.
    exactly: bool = False
    #: The same of its change, where it states an amount too ("hit exactly $11bn, up more than
    #: 10%": the amount is insisted on, the change is not).
    change_exactly: bool = False
    #: How the claim words its change, where it states an amount too ("rose more than 10% to $11bn").
    change_qualifier: Qualifier = "exact"
    #: A span of years counted back ("over the past 20 years", "за 20 лет", "соңғы 20 жылда").
    span_years: int | None = None
    #: The year a running total starts ("since 2005", "с 2005 года", "2005 жылдан бері").
    since: int | None = None
    #: The part of trade the claim is about ("agro-industrial"); None for all of it.
    sector: str | None = None
    #: A count stated beside the amount: "34" of "34 projects worth $4.4 bn".
    item_count: float | None = None
    #: How the claim words that count ("more than 30 projects worth $4 bn").
    count_qualifier: Qualifier = "exact"
    #: How the reader corrected the claim's words: misspelt names, Kazakh in the Latin alphabet.
    corrections: tuple[str, ...] = ()
    #: Which way the claim says the figure moved, where it gives no percentage ("narrowed to $4.8
    #: bn", "экспорт сократился"): "up" or "down"; or the sign of a balance it gives no figure for
    #: ("ran a deficit"): "deficit" or "surplus".
    direction: str | None = None
    #: A deadline counted in years from the claim ("within five years", "в течение пяти лет",
    #: "бес жыл ішінде"): no year is computed for it.
    within_years: int | None = None
    #: The claim states a level held over time ("consistently tops", "стабильно превышает",
    #: "тұрақты түрде асады"): only a figure stated as a level backs it, not one year's.
    steady: bool = False
    #: The months a claim names without a year ("in January–August", "10 айда"): the first and
    #: last; None when it names none or its period is read (`period`).
    months: tuple[int, int] | None = None
    #: The upper end of a range the claim states for its amount ("between $4bn and $5bn", "от 4
    #: до 5 млрд", "4 пен 5 млрд доллар аралығында"): `value` is then its lower end.
    value_high: float | None = None
    #: The same of its change ("rose 15–20%").
    change_high: float | None = None
    #: The day the claim's relative periods count from (`read_claim`'s `as_of`), for a figure of
    #: it read with a period of its own ("..., причём больше 1,3 млрд пришлось на прошлый год").
    as_of: datetime.date | None = None

    def asserted(self, part: str) -> figures.Interval | None:
        """The values the claim asserts of one part, its amount or its change: a range it states
        from its lower end to its upper ("between $4bn and $5bn" is [4 bn, 5 bn]), a figure it
        insists on the very number, any other what its qualifier allows (`figures.claimed_range`)."""
        change = part == "change"
        value, high = (self.change_pct, self.change_high) if change else (self.value, self.value_high)
        if value is None:
            return None
        if high is not None:
            return figures.claimed_between(value, high, self.qualifier_of(part))
        if self.exactly_of(part):
            return figures.Interval(value, value)
        return figures.claimed_range(value, self.qualifier_of(part))

    def amount_said(self) -> "Amount":
        """The claimed amount as a reason shows it, with its range or qualifier."""
        from otg_cli.reasons import Amount

        assert self.value is not None and self.unit is not None
        return Amount(self.value, self.unit, self.qualifier, self.value_high)

    def change_said(self) -> "Change":
        """The claimed change as a reason shows it, with its range or qualifier."""
        from otg_cli.reasons import Change

        assert self.change_pct is not None
        return Change(self.change_pct, self.qualifier_of("change"), self.change_high)

    def exactly_of(self, part: str) -> bool:
        """Whether the claim insists on one part's figure to the unit."""
        return self.change_exactly if part == "change" and self.value is not None else self.exactly

    def qualifier_of(self, part: str) -> Qualifier:
        """How the claim words one part: a change has its own words when an amount is stated too."""
        return self.change_qualifier if part == "change" and self.value is not None else self.qualifier


class UnreadableClaim(OtgError):
    """otg cannot tell what the claim is about; `reason` says what was missing, as a code and the
    claim (`views.reasons` words it)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.code)
        self.reason = reason


class NotAClaim(UnreadableClaim):
    """The text asks rather than asserts ("how much did Kazakhstan trade with Turkey?")."""


class MangledClaim(UnreadableClaim):
    """The claim has a currency sign or a scale with no number: the shell ate the figure."""


#: A hyphen inside a compound amount: "one-billion-dollar", "$1-billion", "4.3-bn".
_COMPOUND = r"(?<=[\w$])-(?=(?:billion|million|thousand|bn|mln|dollar))"

#: A currency sign or a scale with no number: what a shell leaves of "$3bn" in double quotes.
_MANGLED = r"(?:^|\s)(?:\$|bn\b|млрд|млн)(?:\s|$)"
#: Anywhere in a claim, a dollar sign, scale or percent sign with no number before it, after a
#: word: what a shell leaves of "hit $3bn in 2025, up 5%" ("hit  bn in 2025, up % on the year").
_EATEN = (
    r"(?:^|(?<=[^\d\s%]))\s+(?:bn\b|млрд|млн|%)"
    r"|(?:^|(?<!\d)(?<!млрд)(?<!млн)(?<!bn)(?<!mln)\s)\$(?!\s*\d)"  # not "4,3 млрд $"
)


def _signs(text: str) -> bool:
    """Whether the text has a currency or percent sign or a scale: what a mangled claim keeps, so
    that `re` compiles those patterns only for a text with one."""
    return any(sign in text for sign in ("$", "%", "bn", "млрд", "млн"))


def _folded_indicators() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The indicator words as they are matched, in the order of INDICATORS."""
    words = word_lists("indicators")
    return tuple((indicator, words.get(indicator, ())) for indicator in INDICATORS)


def find_indicator(text: str, *, target: bool = True) -> str | None:
    """What the text is about (turnover, exports, a target ...); with `target=False`, the measure
    a target sentence is about rather than its being a target."""
    folded = fold(text)
    for indicator, words in _folded_indicators():
        if (target or indicator != "target") and starts_a_word(folded, words):
            return direction_of(text) if indicator == "investment" else indicator
    misspelt = misspelt_indicator(folded)
    if misspelt and (target or misspelt[2] != "target"):
        return direction_of(text) if misspelt[2] == "investment" else misspelt[2]
    return None


def nearest_indicator(text: str, *, last: bool = True) -> str | None:
    """The measure whose word stands last in the text: the one an amount right after it is of
    ("exports of $2.2bn with a surplus of" is the surplus's); with `last=False`, the one whose
    word stands first ("3 млрд долларлық сауда жасады, ал ... экспорт"). Investment takes its
    direction."""
    folded = fold(text)
    found: list[tuple[int, int, int, str]] = []
    for order, (indicator, words) in enumerate(_folded_indicators()):
        for word in words:
            at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}", folded)]
            if at and indicator != "target":
                # At one place the longer word wins: "trade surplus" is a balance, not trade.
                found.append((at[-1] if last else -at[0], len(word), -order, indicator))
    if not found:
        return None
    indicator = max(found)[3]
    return direction_of(text) if indicator == "investment" else indicator


def misspelt_indicator(folded: str) -> tuple[str, str, str] | None:
    """An indicator word typed with a letter or two wrong ("Товарооборт"), read as the lexicon's
    word within the small edit distance misspelt country names are (`text.misspelling_of`):
    the word as typed, the word it was read as, and the indicator."""
    return _misspelt_indicator(folded)


@lru_cache(maxsize=16)  # a claim is read for its indicator, its corrections and its statement
def _misspelt_indicator(folded: str) -> tuple[str, str, str] | None:
    from otg_cli.text import misspelling_of

    known = _indicator_words()
    starts = tuple(known)
    for word in re.findall(r"\w+", folded):
        if word.startswith(starts):
            continue
        close = misspelling_of(word, known)
        # Another ending of the word ("торговые" for "торговый") is an inflection, not a misspelling.
        if close and not _inflected(word, close):
            return word, close, known[close]
    return None


def _inflected(word: str, known: str) -> bool:
    """Whether two words differ only in an ending of up to two letters ("торговые", "торговым",
    "торговыи"): a case or number ending, where "товарооборт" drops a letter of the stem."""
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, known, strict=False)) if a != b), min(len(word), len(known))
    )
    tails = word[shared:] + known[shared:]
    return len(known) >= 6 and shared >= len(known) - 2 and bool(tails) and set(tails) <= _ENDINGS


#: The letters Russian and Kazakh case and number endings are made of: vowels (and й, folded to
#: и), and the "м", "х", "в" of "-ым", "-ых", "-ов".
_ENDINGS = frozenset("аеёиоуыэюяйіүұөәмхв")


@cache
def _indicator_words() -> dict[str, str]:
    """The indicators' single words, folded, each with its indicator."""
    return {w: name for name, words in _folded_indicators() for w in words if " " not in w}


def direction_of(text: str) -> str:
    """investment_inflow or investment_outflow where the claim says which way, else investment."""
    folded = fold(text)
    # "From Kazakhstan into OTS members", "Қазақстаннан ... келді": where the money comes from or
    # goes to decides, whatever else the claim calls it ("inflows", "келді").
    sides = word_lists("directions")
    out = any(word in folded for word in sides.get("from_home", ()))
    into = any(word in folded for word in sides.get("to_home", ()))
    if out != into:
        return "investment_outflow" if out else "investment_inflow"
    # Otherwise the direction named first: "Казахстанские инвестиции в экономики ОТГ ..., из них
    # ... пришлось на 2025 год" is Kazakhstan's, whatever a later word says.
    # At one place the longest word wins: "елдерінен" (from the countries), not "елдеріне" (to them).
    found = [
        (at, -len(word), named)
        for named, words in entries("directions")
        if named in ("investment_inflow", "investment_outflow")
        for word in words
        if (at := folded.find(fold(word))) >= 0
    ]
    return min(found)[2] if found else "investment"


@cache
def _qualifier_words() -> tuple[tuple[Qualifier, tuple[str, ...]], ...]:
    return tuple((qualifier, tuple(map(fold, words))) for qualifier, words in figures.reading())


@cache
def _qualifier_all() -> tuple[str, ...]:
    """Every qualifier's words, folded (matched at word starts, longest first)."""
    return tuple({w for _, words in _qualifier_words() for w in words})


def _not_qualifiers(folded: str) -> str:
    """The folded text without the phrases whose words are no qualifier (the lexicon's
    [not_qualifiers]: "built up to"), nor the words that are none before a year ("over 2025")."""
    folded = blank_words(folded, word_lists("not_qualifiers").get("words", ()), whole=True)
    before_years = word_lists("not_qualifiers").get("before_years", ())
    if not before_years or not any(map(str.isdigit, folded)):
        return folded
    words = "|".join(map(re.escape, before_years))
    return re.sub(rf"(?<!\w)(?:{words})(?=\s+(?:19|20)\d\d(?![\d.,]?\d))", lambda m: " " * len(m[0]), folded)


def find_qualifier(text: str) -> Qualifier:
    """The claim's qualifier, by the lexicon's words in the order figures.reading gives them; a
    claim that says its figure was passed and came close to it at once ("превысила почти пять
    миллиардов") is read as passing it: the stronger of the two, which a figure below it rules out."""
    from otg_cli.text import find_words

    folded = _not_qualifiers(fold(text))
    found = [q for q, words in _qualifier_words() if starts_a_word(folded, words)]
    if "almost" in found and "over" in found:
        # "over" inside a longer phrase of another qualifier ("did not exceed") is that one's.
        spans = {q: find_words(folded, words) for q, words in _qualifier_words() if q in found}
        others = [span for q, found_spans in spans.items() if q != "over" for span in found_spans]
        alone = [
            a for a in spans["over"] if not any(b[0] <= a[0] and a[1] <= b[1] and b != a for b in others)
        ]
        if alone and found[0] == "almost":
            return "over"
    return found[0] if found else "exact"


def denied(text: str) -> bool:
    """Whether a claim with a figure denies what it says was done ("did not agree to raise trade
    to $1bn", "не условились"); the words of a qualifier ("не менее", "не превысил") deny nothing."""
    from otg_cli.statements import negated, normalized

    return negated(normalized(blank_words(_not_qualifiers(fold(text)), _qualifier_all())))


def _months_alone(text: str) -> tuple[int, int] | None:
    from otg_cli.claim_periods import find_months

    named = find_months(text)
    return named[0] if named is not None else None


def find_multiple(text: str) -> float | None:
    """A change said as a multiple ("doubled", "удвоился", "екі есе"), in percent, by the
    lexicon's [change_multiples]; None when the claim says none, or says it as an aim ("to
    double", "екі есеге арттыруды көздейді": [aimed_multiples], or any target word), which
    `multiple_checks` weighs against the target."""
    from otg_cli.lexicon import entries
    from otg_cli.text import find_words

    folded = fold(text)
    aims = tuple(fold(words) for words, _ in entries("aimed_multiples"))
    if find_words(folded, aims) or find_indicator(text) == "target":
        return None
    for words, percent in entries("change_multiples"):
        if find_words(folded, (fold(words),)):
            return float(percent)
    return None


def states_a_level(text: str) -> bool:
    """Whether a claim says a figure held steady over time, by the lexicon's [spans] steady words."""
    return starts_a_word(fold(text), word_lists("spans").get("steady", ()))


def find_sector(text: str) -> str | None:
    """The part of trade a claim is about, by the lexicon's [sectors] words."""
    folded = fold(text)
    return next(
        (sector for sector, words in word_lists("sectors").items() if starts_a_word(folded, words)), None
    )


class Figures(NamedTuple):
    """The claimed amount and change, and where each stands in the text (start, end)."""

    value: float | None
    unit: Unit | None
    change: float | None
    value_at: tuple[int, int] | None
    change_at: tuple[int, int] | None
    #: A count stated beside an amount ("34 проекта на $4,4 млрд"), and where it stands.
    item_count: float | None = None
    count_at: tuple[int, int] | None = None
    #: The upper ends of a range stated for the amount and for the change ("4–5 млрд", "15–20%").
    value_high: float | None = None
    change_high: float | None = None


def find_amounts(text: str) -> tuple[float | None, Unit | None, float | None]:
    """The claimed figure (value, unit) and a claimed change in percent, if any."""
    figures = find_figures(text)
    return figures.value, figures.unit, figures.change


def find_figures(text: str) -> Figures:
    """The claimed figure (value, unit) and a claimed change in percent, with their places.

    An amount with a currency or a scale ("$4.3bn", "425 млн") wins over a bare number; the first
    percent is the change.
    """
    found = amounts(text)
    change = next((a for a in found if a.unit is None), None)
    candidates = [a for a in found if a.unit is not None]
    change_value, change_at = (change.value, change.at) if change else (None, None)
    change_high = change.high if change else None
    if not candidates:
        return Figures(None, None, change_value, None, change_at, change_high=change_high)
    best = next((c for c in candidates if c.strong), candidates[0])
    # A bare count beside an amount in dollars: the 34 of "34 проекта на $4,4 млрд".
    count = next((c for c in candidates if c is not best and c.unit == "count" and not c.strong), None)
    read = Figures(best.value, best.unit, change_value, best.at, change_at)
    read = read._replace(value_high=best.high, change_high=change_high)
    # A sum in millions or billions beside it is one too, its currency unsaid ("7 контрактов на
    # 2,6 млрд"): `_unit_of_measure` gives it the measure's.
    if count is None or not (best.unit == "USD" or (best.unit == "count" and best.value >= 1e6)):
        return read
    return read._replace(item_count=count.value, count_at=count.at)


def names_a_day(text: str, at: tuple[int, int]) -> bool:
    """Whether the number at `at` is a day of a month ("22–23 октября", "25 ноября"), not an amount."""
    found = re.match(r"\d{1,2}\s*(?:[-–—]\s*\d{1,2}\s*)?([^\W\d_]+)", text[at[0] :])
    return found is not None and month_of(found[1]) is not None


#: Qualifiers that follow their figure, as Kazakh puts them ("11,9 млрд доллардан асты").
_AFTER: tuple[Qualifier, ...] = ("at_most", "almost", "over", "under")


@cache
def _after_words() -> tuple[tuple[Qualifier, tuple[str, ...]], ...]:
    """The Kazakh words of the qualifiers that follow their figure, folded."""
    words = figures.reader_words("kk")
    return tuple((qualifier, tuple(map(fold, words[qualifier]))) for qualifier in _AFTER)


def _exactly(text: str, at: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """Whether the claim insists on the figure at `at` ("exactly", "ровно", "дәл"): anywhere in a
    claim of one figure; of two, the word stands between this figure and the one before it."""
    if at is None or other is None:
        return insists(text)
    start = other[1] if other[1] <= at[0] else 0
    return insists(text[start : at[0]])


def insists(text: str) -> bool:
    """Whether the text has words that insist on a figure to the unit ("exactly", "ровно", "дәл")."""
    return bool(_insisting(text))


def _insisting(text: str) -> list[tuple[int, int]]:
    """Where the text has words that insist on a figure to the unit (the lexicon's [exactly]),
    matched as whole words on the text folded one for one."""
    from otg_cli.text import find_words

    return find_words(fold(text), word_lists("exactly").get("words", ()), whole=True)


def _bound_qualifier(text: str, at: tuple[int, int], *others: tuple[int, int] | None) -> Qualifier:
    """The qualifier of the figure at `at` when a claim states several (an amount, a change, a
    count): the words between it and the figures either side of it."""
    start = max((o[1] for o in others if o is not None and o[1] <= at[0]), default=0)
    end = min((o[0] for o in others if o is not None and o[0] >= at[1]), default=len(text))
    if start:
        # A Kazakh qualifier right after the figure before belongs to it ("долларға жуық 34 жоба").
        gap = fold(text[start : at[0]])
        ends = [
            m.end()
            for _, words in _after_words()
            for w in words
            if (m := re.search(rf"(?<!\w){re.escape(w)}", gap))
        ]
        start += max(ends, default=0)
    return qualifier_between(text, at, start, end)


#: A percentage as a claim writes one: "16.6%", "10 per cent", "27,6 процента", "16,6 пайызға".
_PERCENT = r"\d[\d.,]*\s*(?:%|per\s?cent|процент\w*|пайыз\w*)"


def qualifier_between(text: str, at: tuple[int, int], start: int, end: int) -> Qualifier:
    """The qualifier of the figure at `at`: the words from `start` up to it, or Kazakh ones right
    after it, up to `end` (where the next figure's words begin). A percentage or a multiple's factor
    between is another figure with its own words: "up more than 10 per cent, with exports rising
    16.6 per cent to about $7.9 bln" gives the amount "about"."""
    percents = list(re.finditer(_PERCENT, text[start : at[0]]))
    if percents:
        start += percents[-1].end()
    # So is a multiple's factor: "more than five times the roughly $210m" gives the amount "about".
    from otg_cli.comparisons import factor_in

    factor = factor_in(text[start : at[0]])
    if factor is not None:
        start += factor[1]
    before = find_qualifier(text[start : at[0]])
    if before != "exact":
        return before
    compared = after_ablative(text, at, end)
    if compared is not None:
        return compared
    # Nor are a factor's words after it the figure's: "(4,3 млрд) более чем вдвое превышает".
    following = factor_in(text[at[0] : end])
    if following is not None:
        end = at[0] + following[0]
    after = fold(text[at[0] : end])  # the figure's own words too: "12 мыңнан астам"
    return next((qualifier for qualifier, words in _after_words() if starts_a_word(after, words)), "exact")


#: The qualifiers a Kazakh comparative word gives a figure in the ablative ("1300-ден көп"), in
#: the order they are tried: "сәл ғана аз" (almost) before "аз" (under).
_ABLATIVE: tuple[Qualifier, ...] = ("almost", "under", "over")


def after_ablative(text: str, at: tuple[int, int], end: int | None = None) -> Qualifier | None:
    """The qualifier a Kazakh comparative word gives the figure at `at` when the figure stands in
    the ablative and the word follows it ("1300-ден көп", "мыңнан артық", "2 млрд доллардан сәл
    ғана аз"): the lexicon's [ablative_comparatives]. Anywhere else "көп" and "аз" bound no figure."""
    words = word_lists("ablative_comparatives")
    endings = words.get("endings", ())
    said = fold(text[at[0] : len(text) if end is None else end])
    # The ending is on one of the figure's own words: its number ("1300-ден"), scale ("мыңнан")
    # or unit ("доллардан").
    for token in list(re.finditer(r"\S+", said))[:3]:
        if not token.group().rstrip(",.").endswith(endings):
            continue
        rest = said[token.end() :].lstrip()
        for qualifier in _ABLATIVE:
            if any(_opens(rest, w) for w in words.get(qualifier, ())):
                return qualifier
        return None
    return None


def _balance_sign(text: str) -> str | None:
    """ "deficit" or "surplus" where a claim about a trade balance says which (the lexicon's
    [change] words), else None."""
    folded = fold(text)
    words = word_lists("change")
    return next((sign for sign in ("deficit", "surplus") if starts_a_word(folded, words.get(sign, ()))), None)


def _balance(
    readable: str,
    spaced: str,
    parties: tuple[str, ...],
    value: float | None,
    change: float | None,
    moves: str | None,
    base: FactBase,
) -> tuple[tuple[str, ...], float | None, str | None]:
    """A balance claim's parties (its holder first), value and sign: "ran a deficit", "профицит"
    with no figure is the balance's sign; "a $1.4bn deficit" is a balance of −$1.4 bn."""
    sign = _balance_sign(spaced)
    if value is None and change is None:
        moves = sign or moves
    elif value is not None and sign == "deficit":
        value = -abs(value)
    parties, value = _balance_holder(readable, parties, value, base)
    return parties, value, moves


def _balance_holder(
    readable: str, parties: tuple[str, ...], value: float | None, base: FactBase
) -> tuple[tuple[str, ...], float | None]:
    """A balance's parties with its holder first: the country it is in favour of ("в пользу
    Узбекистана", "Өзбекстанның пайдасына", a surplus of that size), else the country other than
    the one traded "with" ("Өзбекстанмен саудада Қазақстанның тапшылығы" is Kazakhstan's)."""
    from otg_cli.countries import named_parties
    from otg_cli.statements import normalized

    if len(parties) != 2:
        return parties, value
    text = normalized(readable)
    words = word_lists("balance")
    spans = [(at, code) for at, code in named_parties(text, base) if code in parties]
    favoured = next((code for at, code in spans if _marked(text, at, words, "favour")), None)
    if favoured is not None:
        return (favoured, *(p for p in parties if p != favoured)), None if value is None else abs(value)
    partner = {code for at, code in spans if _marked(text, at, words, "with")}
    if len(partner) == 1 and (holder := set(parties) - partner):
        return (*holder, *partner), value
    return parties, value


def _marked(text: str, at: range, words: dict[str, tuple[str, ...]], mark: str) -> bool:
    """Whether a country named at `at` carries the mark: a word before it ("with", "в пользу"),
    a word after it ("favour", "пайдасына") or a case ending ("Өзбекстанмен")."""
    before = " " + " ".join(text[: at.start].split()[-4:])
    after = text[at.stop :].split()[:2]
    name = (text[at.start : at.stop].split() or [""])[-1]
    following = words.get(f"{mark}_after", ())
    suffixes = words.get(f"{mark}_suffixes", ())
    return (
        any(before.endswith(" " + w) for w in words.get(f"{mark}_before", ()))
        or (bool(following) and any(w.startswith(following) for w in after))
        or case_ending(name, suffixes)
    )


def _flow_sides(
    readable: str, indicator: str | None, parties: tuple[str, ...], base: FactBase
) -> tuple[str, ...]:
    """A flow's two parties in the order the sources state them, the exporter's or the importer's
    first, where the claim says where the goods come from and go into ("imports from Turkic
    states into Kazakhstan", "импорт из тюркских стран в Казахстан", "түркі елдерінен Қазақстанға
    импорт": Kazakhstan's imports)."""
    from otg_cli.countries import named_parties
    from otg_cli.statements import normalized

    if len(parties) != 2:
        return parties
    text = normalized(readable)
    spans = [(at, code) for at, code in named_parties(text, base) if code in parties]
    if indicator == "export_offer":
        # Offered one way: the side it was handed to ("Узбекской стороне передан список") is second.
        from otg_cli.statements import is_recipient

        given = {code for at, code in spans if is_recipient(text, at.start)}
        return (*(p for p in parties if p not in given), *given) if len(given) == 1 else parties
    if indicator not in ("exports", "imports"):
        return parties
    words = word_lists("flow")
    origin = {code for at, code in spans if _marked(text, at, words, "from")}
    into = {code for at, code in spans if _marked(text, at, words, "into")}
    if len(origin) != 1 or into - origin != set(parties) - origin:
        return parties
    first = origin if indicator == "exports" else into - origin
    return (*first, *(p for p in parties if p not in first))


def buyers_side(
    indicator: str | None, parties: tuple[str, ...], text: str
) -> tuple[str | None, tuple[str, ...]]:
    """A flow of Kazakhstan's goods named from the buyer's side ("Uzbekistan bought $2.2bn of
    Kazakh goods", "импорт Узбекистана из Казахстана", "Өзбекстан Қазақстаннан сатып алды") as
    Kazakhstan's exports to the buyer: the measure and parties the sources state it with."""
    home = "KZ"
    if indicator not in ("exports", "imports") or home not in parties[1:]:
        return indicator, parties
    if not starts_a_word(fold(text), word_lists("sides").get("from_home", ())):
        return indicator, parties
    return "exports", (home, *(p for p in parties if p != home))


def percent_is(text: str) -> str | None:
    """What a percentage in the claim says: a rise ("up"), a fall ("down"), a share of a whole
    ("share"), by the lexicon's [change] words; None when the claim does not say."""
    # "up to $5 bn" is a bound, not a rise; "drawing up a list" is neither.
    from otg_cli.text import find_words

    words = word_lists("change")
    moves = (*words.get("up", ()), *words.get("down", ()))
    folded = fold(text)
    for start, _ in find_words(folded, words.get("share", ())):
        before = folded[:start].split()
        # "Рост товарооборота Казахстана с ...": the genitive names what rose, not a whole.
        if not (before and before[-1].startswith(moves)):
            return "share"  # "of overall turnover": a word that also starts a qualifier is still a share's
    if _whole_after_percent(folded, words.get("share_after", ())):
        return "share"
    folded = blank_words(_not_qualifiers(folded), _qualifier_all())
    for meaning in ("down", "up"):
        if starts_a_word(folded, words.get(meaning, ())):
            return meaning
    return None


def _whole_after_percent(folded: str, wholes: tuple[str, ...]) -> bool:
    """Whether a percentage is followed by the whole it is a part of ("70% товарооборота", "70% of
    turnover"), or a Kazakh percentage carries the possessive ending that makes it one ("70
    пайызы"): the lexicon's [change] `share_after`."""
    from otg_cli.text import find_words

    found = find_words(folded, wholes)
    return any(m.start() <= start <= m.end() + 1 for m in re.finditer(_PERCENT, folded) for start, _ in found)


def read_as(text: str, base: FactBase) -> tuple[str, ...]:
    """What the reader read differently from how the claim is written, to show with the verdict."""
    from otg_cli.countries import corrections
    from otg_cli.lexicon import abbreviations_of, expanded
    from otg_cli.lexicon import readable as from_latin

    written = expanded(text)
    readable = from_latin(written)
    short = tuple(f"{abbreviation} → {name}" for abbreviation, name in abbreviations_of(text))
    latin = (f"Latin-script Kazakh as «{readable}»",) if readable != written else ()
    misspelt = misspelt_indicator(fold(readable))
    indicator = (f"{misspelt[0]} → {misspelt[1]}",) if misspelt else ()
    return short + latin + corrections(readable, base) + indicator


def spelt(readable: str) -> str:
    """A claim as its figures are read: case-folded, numbers and shares in words as digits."""
    from otg_cli.lexicon import spell_counts, spell_numbers, spell_shares

    # "the one-billion-dollar mark", "a $1-billion deal": the hyphens of a compound are spaces.
    folded = casefold_claim(readable)
    unhyphened = re.sub(_COMPOUND, " ", folded) if "-" in folded else folded
    return _plus_as_over(spell_shares(spell_counts(spell_numbers(unhyphened))))


#: A percentage with a plus after it: "10%+", "10 %+", "10+ per cent", "10+ пайыз" is over 10%.
_PLUS = r"(?<![\d.,])(\d[\d.,]*)(?:\s*\+\s*(?=%|per\s?cent|процент|пайыз)|(\s*%)\s*\+(?![\s+]*\d))"


def _plus_as_over(text: str) -> str:
    """The text with a percentage followed by a plus ("10%+") as the English word for "over"
    before it, which the reader takes in any language's claim."""
    if "+" not in text:
        return text
    over = figures.reader_words("en")["over"][0]
    return re.sub(_PLUS, lambda m: f"{over} {m[1]}{m[2] or ''}", text)


def _within(text: str) -> tuple[str, ...]:
    """The region a claim that names no party means by trade within it (the lexicon's [within])."""
    folded = fold(text)
    return next(
        ((region,) for region, words in word_lists("within").items() if starts_a_word(folded, words)), ()
    )


def _refuse_unclaimed(text: str, asked: str, spaced: str) -> None:
    """MangledClaim where the shell ate a figure, NotAClaim for a question that is still one once
    its yes/no frame is dropped (`unasked`: "how much did ...?")."""
    if _signs(spaced) and re.search(_EATEN, spaced):
        raise MangledClaim(reason("unreadable.mangled", text=text))
    if asked.rstrip().endswith("?"):
        raise NotAClaim(reason("unreadable.question", text=text))
    from otg_cli.statements import impossible_date

    wrong = impossible_date(asked)
    if wrong is not None:
        raise NotAClaim(reason("unreadable.bad_date", text=text, date=wrong))


def unasked(text: str) -> str:
    """A claim pasted as a yes/no question as the statement it asks about: "Did trade top $4bn?",
    "Правда ли, что экспорт превысил $2 млрд?", "... 2 млрд доллардан аз болды ма?" without the
    lexicon's [questions] words that open or close it (and "ли" wherever it stands), or its mark
    alone ("KZ-UZ trade 2025: $4.3bn?"); unmarked, without the words that ask whatever the
    punctuation ("... или нет", "... бар ма"). A question with an asking word ("how much",
    "сколько", "қанша") stays as it is."""
    from otg_cli.text import find_words

    text = unhedged(text)
    stripped = text.rstrip()
    words = word_lists("questions")
    body = stripped.rstrip("?!. ")
    folded = fold(body)
    if not stripped.endswith("?"):
        # Unmarked, a question closes with words that ask whatever the punctuation ("... или нет",
        # "... бар ма"); those alone are dropped.
        closing = _closing(folded, words.get("unmarked", ()))
        return " ".join(body[: len(body) - closing].split()).strip(" ,;:—–-") if closing else text
    if find_words(folded, words.get("asking", ()), whole=True):
        return text
    opening = _opening(folded, words.get("opening", ()))
    closing = _closing(folded, words.get("closing", ()))
    particles = find_words(folded, words.get("particles", ()), whole=True)
    if not opening and not closing and not particles:
        # A question asked by its mark alone ("KZ-UZ trade 2025: $4.3bn?") asks whether it holds.
        return " ".join(body.split()).strip(" ,;:—–-") or text
    for start, end in reversed(particles):
        if opening <= start and end <= len(body) - closing:
            body = body[:start] + " " * (end - start) + body[end:]
    statement = body[opening : len(body) - closing].strip(" ,;:—–-")
    return " ".join(statement.split()) if statement else text


def unhedged(text: str) -> str:
    """A claim without the lexicon's [hedges] that open or close it, which say how the writer came
    by it or how sure they are ("Saw on news: ...", "..., я правильно понял?", "... деп
    естідім"); a question mark after them stays. The text as it is where it is nothing else."""
    words = word_lists("hedges")
    stripped = re.sub(
        r"[^\w\"»'%$)]+$", lambda m: "?" if "?" in m.group() else "", text
    )  # "... 🙃", "...?? 😂"
    mark = "?" if stripped.endswith("?") else ""
    body = stripped.rstrip("?!. ")
    folded = fold(body)
    opening = _opening(folded, words.get("opening", ()))
    closing = _closing(folded, words.get("closing", ()))
    if opening + closing >= len(body) or not (opening or closing):
        return text
    core = " ".join(body[opening : len(body) - closing].split()).strip(" ,;:—–-")
    return core + mark if core else text


def _opening(folded: str, words: Iterable[str]) -> int:
    """The length of the longest of the words the text opens with, whole; 0 for none."""
    return max((len(w) for w in words if _opens(folded, w)), default=0)


def _closing(folded: str, words: Iterable[str]) -> int:
    """The length of the longest of the words the text closes with, whole; 0 for none."""
    return max((len(w) for w in words if _closes(folded, w)), default=0)


def _opens(folded: str, word: str) -> bool:
    """Whether the text opens with the word, whole."""
    return folded.startswith(word) and (len(folded) == len(word) or not folded[len(word)].isalnum())


def _closes(folded: str, word: str) -> bool:
    """Whether the text closes with the word, whole."""
    return folded.endswith(word) and (len(folded) == len(word) or not folded[-len(word) - 1].isalnum())


def _insisted(spaced: str) -> tuple[str, bool]:
    """The claim with its words that insist on the figure to the unit ("ровно", "ни больше ни
    меньше") blanked, so that no qualifier is read in them, and whether it has any."""
    found = _insisting(spaced)
    for start, end in found:
        spaced = spaced[:start] + " " * (end - start) + spaced[end:]
    return spaced, bool(found)


@cache
def clause_boundary() -> re.Pattern[str]:
    """Where another clause begins: a comma that is no decimal comma, or a word of the lexicon's
    [clauses] ("while", "а", "ал")."""
    words = "|".join(map(re.escape, word_lists("clauses").get("words", ())))
    return re.compile(rf",(?!\d)|(?<!\w)(?:{words})(?!\w)" if words else r",(?!\d)")


def change_window(text: str, at: tuple[int, int]) -> int:
    """Where the words about the change at `at` end: a little after it (a Kazakh verb follows:
    "3 пайызға қысқарды"), short of the next clause or percentage ("вырос на 16,6%, а импорт
    сократился ...")."""
    later = [a.at[0] for a in amounts(text) if a.unit is None and a.at[0] > at[0]]
    clause = clause_boundary().search(fold(text[at[1] :]))
    return min([at[1] + 24, *later, *([at[1] + clause.start()] if clause else [])])


def _change_direction(spaced: str, figures: "Figures", direction: str | None) -> str | None:
    """Which way the claim's change goes, by the words beside it: from the figure before it to a
    little after it (a Kazakh verb follows: "3 пайызға қысқарды"), so that "the surplus worsened
    to $4.8 bln, while imports rose by roughly 3%" is a rise of imports."""
    at, value_at = figures.change_at, figures.value_at
    # A headline before a colon ("Exports up, imports down: ... sales rose 16.6%") is no word of it.
    opened = spaced.rfind(":", 0, at[0]) + 1 if at is not None else 0
    if at is not None and value_at is None:
        # Changes alone: the words up to a little after it, short of the next percentage
        # ("экспорт вырос на 16,6%, а импорт сократился примерно на 3%" is a rise of exports).
        return percent_is(spaced[opened : change_window(spaced, at)]) or direction
    if at is None or value_at is None:
        return direction
    start = value_at[1] if value_at[1] <= at[0] else opened
    end = at[1] + 24 if value_at[0] < at[0] else min(at[1] + 24, value_at[0])
    return percent_is(spaced[start:end]) or direction


def _parties(readable: str, spaced: str, base: FactBase) -> tuple[str, ...]:
    """The claim's parties, less its venues; a region where it speaks of trade within one beside
    no country ("доля внутрирегиональной торговли тюркских стран" is the region's, not with it)."""
    parties = parties_beside_venues(readable, base)
    within = _within(spaced)
    return within if within and all(party in base.groups for party in parties) else parties


def read_claim(text: str, base: FactBase, as_of: datetime.date | None = None) -> Claim:
    """Understand a claim, or UnreadableClaim when nothing in it can be checked.

    `as_of` is the day relative periods count from ("last year" read on 2026-03-01 is 2025);
    without it such a period is left unread, never guessed from the clock.
    """
    readable = unasked(latin_to_cyrillic(text))
    spaced = spelt(readable)
    _refuse_unclaimed(text, readable, spaced)
    # The words that insist on a figure are blanked so that no qualifier is read in them
    # ("ни больше ни меньше"); `insisting` keeps them, one for one, for `_exactly`.
    insisting = spaced
    spaced, _ = _insisted(spaced)
    parties = _parties(readable, spaced, base)
    paired = _pair_of_speaker(readable, spaced, base) if not parties else None
    figures = find_figures(spaced)
    parties = paired[:2] if paired else parties or _parties_of_people(readable, figures, base)
    value, unit, change = figures.value, figures.unit, figures.change
    value_high, change_high = figures.value_high, figures.change_high
    if change is None:
        change = find_multiple(spaced)  # "doubled to $4.3bn" is up 100%
    qualifier, change_qualifier = _qualifiers(spaced, figures)
    counted = figures.count_at
    indicator, parties = buyers_side(find_indicator(spaced), parties, spaced)
    parties = _flow_sides(readable, indicator, parties, base)
    direction = percent_is(spaced)
    if change is not None and (indicator == "trade_share" or direction == "share") and value is None:
        # A percentage of a whole ("more than two-thirds of the trade") is a share, not a change.
        # A share of exports or imports is not the share of the turnover the base states.
        whole = f"{indicator}_share" if indicator in ("exports", "imports") else "trade_share"
        value, unit, change, indicator = change, "percent", None, whole
        value_high, change_high = change_high, None
    elif change is not None and _change_direction(spaced, figures, direction) == "down" and change > 0:
        change, change_high = _negated(change, change_high)  # "fell 3%", "3 пайызға қысқарды"
    moves = direction if direction in ("up", "down") and change is None and indicator != "target" else None
    if indicator == "trade_balance":
        stated = value
        parties, value, moves = _balance(readable, spaced, parties, value, change, moves, base)
        if stated is not None and value == -stated:
            value, value_high = _negated(stated, value_high)  # "a deficit of $1–1.5bn"
    if value is None and change is None and not (moves and indicator and parties):
        if _signs(spaced) and re.search(_MANGLED, spaced):
            raise MangledClaim(reason("unreadable.mangled", text=text))
        raise UnreadableClaim(reason("unreadable.no_figure", text=text))
    if not parties and indicator is None:
        raise UnreadableClaim(reason("unreadable.no_parties", text=text))
    bare = indicator is None and value is None and change is not None and direction is None
    if bare and names_nothing_else(readable, base):
        # "ТМҰ 55%": a percentage of no measure, neither a rise, a fall nor a share of anything.
        raise NotAClaim(reason("unreadable.no_measure", text=text))
    deadline = find_deadline(spaced)
    unit, in_dollars = _unit_of_measure(unit, value, figures.item_count, indicator, parties, base)
    indicator = "target" if _by_a_year_to_come(indicator, deadline, value, change, as_of) else indicator
    if indicator == "target" and qualifier == "at_most":
        qualifier = "exact"  # "bring trade up to $10bn", "eye up to $10bn": the target is the figure
    inferred = _sole_parties(spaced, indicator, parties, find_sector(spaced), base)
    parties = inferred.parties if inferred is not None else parties
    period = find_period(spaced, as_of)
    if not parties and period is None and find_span(spaced) is None and find_since(spaced) is None:
        # "trade up 4.9%" of no one at no time: nothing tells whose figure it is.
        raise NotAClaim(reason("unreadable.no_whose", text=text))
    return Claim(
        text=text,
        parties=parties,
        indicator=indicator,
        period=period,
        value=value,
        unit=unit,
        qualifier=qualifier,
        change_qualifier=change_qualifier,
        change_pct=change,
        deadline=deadline,
        within_years=find_within(spaced),
        exactly=_exactly(insisting, figures.value_at, figures.change_at),
        change_exactly=_exactly(insisting, figures.change_at, figures.value_at),
        span_years=find_span(spaced),
        since=find_since(spaced),
        sector=find_sector(spaced),
        item_count=figures.item_count,
        count_qualifier=_bound_qualifier(spaced, counted, figures.value_at) if counted else "exact",
        corrections=read_as(text, base) + _inferred_from(inferred) + _paired_by(paired) + in_dollars,
        as_of=as_of,
        direction=moves,
        steady=states_a_level(spaced),
        months=_months_alone(spaced) if period is None else None,
        value_high=value_high,
        change_high=change_high,
    )


def _qualifiers(spaced: str, figures: Figures) -> tuple[Qualifier, Qualifier]:
    """The qualifiers of a claim's amount and of its change: one for both where it states one
    figure, each bound to the figure it stands by where it states several ("rose more than 10% to
    $11bn"); a Kazakh comparative after an ablative figure is its own ("1300-ден көп")."""
    from otg_cli.comparisons import factor_in

    qualifier = change_qualifier = find_qualifier(spaced)
    if figures.value_at is not None and factor_in(spaced) is not None:
        # A multiple's words are the factor's: "(4,3 млрд) более чем вдвое превышает" says 4.3.
        qualifier = qualifier_between(spaced, figures.value_at, 0, len(spaced))
    if qualifier == "exact" and figures.value_at is not None:
        qualifier = after_ablative(spaced, figures.value_at) or qualifier
    counted = figures.count_at
    if figures.value_at is not None and (figures.change_at or counted) is not None:
        qualifier = _bound_qualifier(spaced, figures.value_at, figures.change_at, counted)
        if figures.change_at is not None:
            change_qualifier = _bound_qualifier(spaced, figures.change_at, figures.value_at, counted)
    return qualifier, change_qualifier


def _negated(value: float, high: float | None) -> tuple[float, float | None]:
    """A figure made negative (a fall, a deficit), and the range it is the lower end of turned
    over with it: "fell 10–15%" is −15% to −10%."""
    return (-value, None) if high is None else (-high, -value)


def _by_a_year_to_come(
    indicator: str | None,
    deadline: int | None,
    value: float | None,
    change: float | None,
    as_of: datetime.date | None,
) -> bool:
    """Whether a claim gives a trade figure by a year after the day it is read on with no target
    word ("Казахстан и Узбекистан: 10 млрд к 2030"): that figure is a target, never a turnover
    already reached. Without a day to count from, a deadline is read as one still to come."""
    if deadline is None or value is None or change is not None or indicator not in (None, "turnover"):
        return False
    return as_of is None or deadline > as_of.year


def _sole_parties(
    text: str, indicator: str | None, parties: tuple[str, ...], sector: str | None, base: FactBase
) -> Fact | None:
    """The fact whose parties a claim naming none is about: the base's only fact for its measure,
    of countries only, where the claim says nothing the record does not ("air cargo", "at
    Khorgos" are another figure's). A claim naming some of its parties ("Kazakhstan-Turkmenistan
    freight") names a part of the record's whole, which `whole_checks` weighs: never supported."""
    from otg_cli.figure_checks import sole_record, unplaced_words

    if indicator is None or indicator in ("target", "unnamed"):
        return None
    fact = None if parties else sole_record(indicator, sector, base)
    if fact is None or any(p in base.groups for p in fact.parties):
        return None  # a group's figure is of its group ("companies with OTS capital"), not of any
    # A word the record does not state ("at Khorgos", "air cargo") is of another figure; a person
    # named is who gave it (`speaker_checks` weighs them).
    from otg_cli.statements import is_a_person

    return None if [w for w in unplaced_words(text, fact) if not is_a_person(w, base)] else fact


def _parties_of_people(readable: str, figures: Figures, base: FactBase) -> tuple[str, ...]:
    """For a claim of a sum or a change that names no country, the two countries of the two
    people it names ("Tokayev and Berdimuhamedov agreed to bring trade to $1bn"); a count or a
    date ("25/11/2025") is no figure of theirs."""
    from otg_cli.speaker_checks import countries_of_people

    money = figures.unit not in (None, "count") or (figures.value or 0) >= 1e6
    return countries_of_people(readable, base) if money or figures.change is not None else ()


def _pair_of_speaker(readable: str, spaced: str, base: FactBase) -> tuple[str, str, str] | None:
    """The two countries a claim calls "the two countries" ("екі ел"), when it names a person
    whose meetings were between exactly two: (country, country, person)."""
    if not starts_a_word(fold(spaced), word_lists("sides").get("pair", ())):
        return None
    from otg_cli.speaker_checks import speakers_pair

    return speakers_pair(readable, base)


def names_nothing_else(readable: str, base: FactBase) -> bool:
    """Whether a claim has no word but the names of its parties and the lexicon's words that say
    how a figure is given or say nothing ("ТМҰ 55%", "Kazakhstan-Turkey trade 2025?"); a word
    otg does not know ("инфляция") may name a measure the base does not hold."""
    from otg_cli.countries import named_parties
    from otg_cli.figure_checks import is_figure_word

    folded = fold(readable)
    for at, _ in reversed(named_parties(folded, base)):
        folded = folded[: at.start] + " " + folded[at.stop :]
    # A letter typed over and over ("жжж", "xxx") is no word of any language: it names nothing.
    words = [w for w in re.findall(r"[^\W\d_]{3,}", folded) if len(set(w)) > 1]
    return all(is_figure_word(w) for w in words)


def _unit_of_measure(
    unit: Unit | None,
    value: float | None,
    items: float | None,
    indicator: str | None,
    parties: tuple[str, ...],
    base: FactBase,
) -> tuple[Unit | None, tuple[str, ...]]:
    """A sum in millions or billions with no currency ("товарооборот 4,3 млрд") in the currency
    of the measure it is of, where the base states that measure for these parties in US dollars
    only; any other count stays one. Of several partners ("4,9 млрд с Турцией и 2 млрд с
    Кыргызстаном"), the measure of each with Kazakhstan counts."""
    from otg_cli.figure_checks import HOME, MEASURES

    if unit != "count" or value is None or value < 1e6 or indicator is None:
        return unit, ()
    measures = MEASURES.get(indicator, ())
    if indicator == "target":
        units = {t.unit for t in base.targets.values()}
    else:
        pairs = [parties, *((HOME, p) for p in parties if p != HOME and p not in base.groups)]
        found = [f for pair in pairs for f in base.fact_candidates(pair, measures, None, None)]
        units = {f.unit for f in found if f.measure in measures and f.value is not None}
    # Beside a count of things ("7 контрактов на 2,6 млрд") the sum is what they are worth.
    if units != {"USD"} and not (items is not None and "USD" in units):
        return unit, ()
    return "USD", ("no currency → US dollars, the unit of every figure for this measure",)


def _paired_by(paired: tuple[str, str, str] | None) -> tuple[str, ...]:
    """What `understood` says of the two countries read from the person who speaks."""
    return (f"{paired[0]} – {paired[1]} ({paired[2]})",) if paired else ()


def _inferred_from(fact: Fact | None) -> tuple[str, ...]:
    """What `understood` says of parties the claim does not name but its only record gives."""
    if fact is None:
        return ()
    measure, parties = fact.measure.replace("_", " "), ", ".join(fact.parties)
    return (f"parties as the only {measure} record gives them: {parties} ({fact.id})",)

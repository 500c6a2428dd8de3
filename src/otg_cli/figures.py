"""What a stated figure means: the values it allows, the words for its qualifier, and how it reads.

A source never states a number alone: "4.3 bn" is exact as far as its last digit goes, "about
$210 m" is approximate, "more than $11.9 bn" is a bound. This module is the one place that says
what each qualifier means, in numbers and in words; every tolerance in otg comes from here.

The values a figure allows follow one policy, `PRECISION_POLICY`, "half a unit of the last stated digit":

- exact: the figure as rounded to its last stated digit, so half a unit of that digit either
  way: 4.3 bn -> [4.25 bn, 4.35 bn]; 4.25 bn -> ± 5 m; 425 m -> ± 0.5 m; 12,000 -> ± 500;
  18.5 (%) -> ± 0.05. Digits are counted in the unit the figure is read in (bn, m, thousand,
  units) with at most three decimals; below 1 the precision is half a unit (`precision`).
- about: ± 10% (`ABOUT`), and never narrower than the exact precision ("about 1 bn" is
  [0.5 bn, 1.5 bn], since a figure rounded to whole billions already allows that much);
  The claim checker reads "about" on each side as its words mean there (`stated_range`,
  `claimed_range`): a source's "about" says the figure is rounded, so half a unit of its last
  digit or ± 10%, whichever is narrower ("около 210 млн" is [209.5 m, 210.5 m]), and rules out
  a claimed figure only beyond ± 10% (`stated_reach`: "$212.4 m" is consistent with it; a
  claimed bound, "over $8 bn" against "about 7.9 bn", is judged by the side it lies on); a claim's
  "about" is ± 10% even for a round number ("roughly a thousand" is [900, 1,100]);
- almost: [v − 10%, v), below the figure but close to it;
- over: (v, ∞); at_least: [v, ∞); under: (−∞, v); at_most: (−∞, v]. A source's bound rules out
  only what lies beyond twice its figure (or below half of it): `stated_reach`, `BOUND_REACH`.

Intervals (`Interval`) carry whether each end is open, so "over 5" and "at most 5" share no
value, while "at most 5" and [5, 6] share 5. `overlaps`, `contains`, `add` and `subtract` are the
arithmetic the lint (`otg check`: do parts and totals, exports, imports and balance agree?) and
the claim checker (`otg verify`: strict overlap, `touching=False`) do with them; `combine` says
what qualifier a sum or difference of figures carries.

The words: `reader_words` (what the claim reader takes for each qualifier in English, Russian and
Kazakh, from the lexicon's data files), `PREFIXES` (how a figure is shown: "≈ ", "> ",
"almost "), `EN_VERBS` and
`EN_HEDGES` (how an English attribution line says it). `format_amount` and `format_change`
show a figure with its qualifier: no function here can show a value without it.
"""

import math
from collections.abc import Iterable
from typing import NamedTuple

from otg_cli import i18n
from otg_cli.i18n import Language
from otg_cli.models import Qualifier, Unit

#: The name of the one precision policy, as documented above.
PRECISION_POLICY = "half a unit of the last stated digit"
#: How far "about" (either way) and "almost" (below) stretch, as a share of the figure.
ABOUT = 0.10
#: How far a source's bound reaches ("over X" up to this many times X, "under X" down to X over it):
#: what it does not rule out (`stated_reach`), not what it backs.
BOUND_REACH = 2.0

_SCALES = (1e9, 1e6, 1e3, 1.0)
_MAX_DECIMALS = 4


class _Ends(NamedTuple):
    low: float
    high: float
    low_open: bool
    high_open: bool


class Interval(_Ends):
    """The values a figure allows, from `low` to `high`; an infinite end is always open."""

    __slots__ = ()

    def __new__(cls, low: float, high: float, low_open: bool = False, high_open: bool = False) -> "Interval":
        if math.isnan(low) or math.isnan(high) or low > high:
            raise ValueError(f"not an interval: {low} to {high}")
        return super().__new__(cls, low, high, low_open or math.isinf(low), high_open or math.isinf(high))

    @property
    def empty(self) -> bool:
        """True for [v, v) and the like: a figure that allows no value ("almost 0")."""
        return self.low == self.high and (self.low_open or self.high_open)

    def __contains__(self, value: object) -> bool:
        """Whether the figure allows this value (`4.3e9 in interval(4.3e9, "exact")`)."""
        if not isinstance(value, int | float):
            return False
        above = self.low < value or (self.low == value and not self.low_open)
        below = value < self.high or (value == self.high and not self.high_open)
        return above and below

    def __str__(self) -> str:
        return f"{'(' if self.low_open else '['}{self.low:g}, {self.high:g}{')' if self.high_open else ']'}"


_EMPTY = Interval(0.0, 0.0, True, True)


def precision(value: float) -> float:
    """Half a unit of the last digit a figure is stated with: 4.3 bn -> 0.05 bn, 425 m -> 0.5 m."""
    for scale in _SCALES:
        if abs(value) >= scale:
            scaled = abs(value) / scale
            for decimals in range(_MAX_DECIMALS):
                if abs(round(scaled, decimals) - scaled) < 1e-9:
                    return 0.5 * scale * 10.0**-decimals
    return 0.5


def interval(value: float, qualifier: Qualifier) -> Interval:
    """The values a figure stated with this qualifier allows, under `PRECISION_POLICY`. A negative
    figure is a fall or a deficit, and its qualifier bounds the size of it: "fell more than 10%"
    is below −10%, "a deficit of almost $1bn" between −$1bn and −$0.9bn."""
    if value < 0:
        size = interval(-value, qualifier)
        return Interval(-size.high, -size.low, size.high_open, size.low_open)
    exact = precision(value)
    spread = ABOUT * abs(value)
    about = max(spread, exact)
    ends: dict[Qualifier, tuple[float, float, bool, bool]] = {
        "exact": (value - exact, value + exact, False, False),
        "about": (value - about, value + about, False, False),
        "almost": (value - spread, value, False, True),
        "over": (value, math.inf, True, True),
        "at_least": (value, math.inf, False, True),
        "under": (-math.inf, value, True, True),
        "at_most": (-math.inf, value, True, False),
    }
    if qualifier not in ends:
        raise ValueError(f"unknown qualifier {qualifier!r}")
    return Interval(*ends[qualifier])


def stated_range(value: float, qualifier: Qualifier) -> Interval:
    """The values a source's figure allows when a claim is checked against it. A source's "about"
    says its figure is rounded: it allows half a unit of the last stated digit or ± `ABOUT`,
    whichever is narrower ("около 210 млн" is [209.5 m, 210.5 m], within a claim of "over 200 m";
    "шамамен 3 пайыз" is [2.7, 3.3], within a claim of "about 3%"); any other qualifier as `interval`."""
    if qualifier == "about":
        spread = min(precision(value), ABOUT * abs(value))
        return Interval(value - spread, value + spread)
    return interval(value, qualifier)


def stated_reach(value: float, qualifier: Qualifier) -> Interval:
    """The values a source's figure does not rule out. Its "about" is rounded, so it may stand for
    any value within ± `ABOUT` ("около 210 млн" neither backs nor rules out "$212.4 m": it is
    consistent with it); a positive bound reaches no further than `BOUND_REACH` times its figure,
    since a source would have said more ("более 1300 совместных предприятий" is not 12,000 of
    them, "over $11.9 bn" may be $12 bn); any other qualifier as `stated_range`."""
    if qualifier == "about":
        return interval(value, qualifier)
    if value > 0 and qualifier in ("over", "at_least"):
        return Interval(value, value * BOUND_REACH, qualifier == "over", True)
    if value > 0 and qualifier in ("under", "at_most"):
        return Interval(value / BOUND_REACH, value, True, qualifier == "under")
    return stated_range(value, qualifier)


def claimed_range(value: float, qualifier: Qualifier) -> Interval:
    """The values a claim's figure asserts: its "about" is ± `ABOUT` of the figure even when the
    figure is round ("roughly a thousand" is [900, 1,100], which "over 1,300" rules out); every
    other qualifier as `interval`."""
    if qualifier == "about":
        return Interval(value - ABOUT * abs(value), value + ABOUT * abs(value))
    return interval(value, qualifier)


def claimed_between(low: float, high: float, qualifier: Qualifier = "exact") -> Interval:
    """The values a claimed range asserts: from its lower end to its upper ("between $4bn and
    $5bn" is [4 bn, 5 bn], which "4.9 bn" lies within); a range said to be approximate ("4-5 млрд
    доллар шамасында") reaches `ABOUT` beyond either end. A bound on a range ("превысил от 4 до 5
    млрд") is read the stronger way, beyond the end it points past: over its upper end, under or
    almost its lower one."""
    if qualifier == "about":
        return Interval(low - ABOUT * abs(low), high + ABOUT * abs(high))
    if qualifier in ("over", "at_least"):
        return interval(high, qualifier)
    if qualifier in ("under", "at_most", "almost"):
        return interval(low, qualifier)
    return Interval(low, high)


def as_worded(value: float, qualifier: Qualifier) -> Interval:
    """A figure read to the letter, where two sources word one point differently and disagree
    ("2 млрд доллар" against "почти 2 млрд"): an exact figure is the very number it names, not
    the values it rounds; a qualified one allows what its qualifier does (`interval`)."""
    return Interval(value, value) if qualifier == "exact" else interval(value, qualifier)


def _later_low(a: Interval, b: Interval) -> tuple[float, bool]:
    if a.low == b.low:
        return a.low, a.low_open or b.low_open
    return (a.low, a.low_open) if a.low > b.low else (b.low, b.low_open)


def _earlier_high(a: Interval, b: Interval) -> tuple[float, bool]:
    if a.high == b.high:
        return a.high, a.high_open or b.high_open
    return (a.high, a.high_open) if a.high < b.high else (b.high, b.high_open)


def overlaps(a: Interval, b: Interval, *, touching: bool = True) -> bool:
    """Whether some value is allowed by both.

    With `touching=False` intervals must share more than an end: "2 bn" (reaching down to 1.5 bn)
    and "1 bn" (reaching up to 1.5 bn) then do not overlap, whether their ends are open or not.
    """
    low, low_open = _later_low(a, b)
    high, high_open = _earlier_high(a, b)
    if not touching and a.low != a.high and b.low != b.high:
        # (A single value — "exactly 11.9" — has no width to share: it is in or out.)
        return low < high
    return low < high or (low == high and not low_open and not high_open)


def contains(outer: Interval, inner: Interval) -> bool:
    """Whether every value `inner` allows is allowed by `outer` (an empty interval is in any)."""
    if inner.empty:
        return True
    low_in = outer.low < inner.low or (outer.low == inner.low and (inner.low_open or not outer.low_open))
    high_in = inner.high < outer.high or (
        inner.high == outer.high and (inner.high_open or not outer.high_open)
    )
    return low_in and high_in


def can_be_at_most(a: Interval, b: Interval) -> bool:
    """Whether some value `a` allows is at most some value `b` allows (parts within a total)."""
    return overlaps(Interval(a.low, math.inf, a.low_open), b)


def _sum(a: Interval, b: Interval) -> Interval:
    if a.empty or b.empty:
        return _EMPTY
    return Interval(a.low + b.low, a.high + b.high, a.low_open or b.low_open, a.high_open or b.high_open)


def add(first: Interval, *rest: Interval) -> Interval:
    """The values a sum of figures allows: [2.45, 2.55] + [1.75, 1.85] = [4.2, 4.4]."""
    total = first
    for term in rest:
        total = _sum(total, term)
    return total


def subtract(a: Interval, b: Interval) -> Interval:
    """The values a − b allows: [2.45, 2.55] − [1.75, 1.85] = [0.6, 0.8]."""
    if a.empty or b.empty:
        return _EMPTY
    return Interval(a.low - b.high, a.high - b.low, a.low_open or b.high_open, a.high_open or b.low_open)


def combine(qualifiers: Iterable[Qualifier]) -> Qualifier | None:
    """The qualifier of a figure computed from others: exact when every input is; about when some
    are approximate; None when one is a one-sided bound (the result then has no honest wording)."""
    found = set(qualifiers)
    if found <= {"exact"}:
        return "exact"
    if found <= {"exact", "about", "almost"}:
        return "about"
    return None


# --- Words -------------------------------------------------------------------------------------

#: The order the claim reader tries qualifiers in: "не более" is at_most before "более" is over.
#: "не менее" and "кемінде" are at_least before "менее" and "кем" are under.
READING_ORDER: tuple[Qualifier, ...] = ("at_least", "at_most", "almost", "under", "over", "about")

_READER_LANGUAGES: tuple[Language, ...] = ("ru", "en", "kk")


def reader_words(language: Language) -> dict[Qualifier, tuple[str, ...]]:
    """The words the claim reader takes for each qualifier in one language: the lexicon's
    [qualifiers] table (lexicon/en.toml, ru.toml, kk.toml), matched at a word start."""
    from otg_cli.lexicon import load

    table = load(language).get("qualifiers", {})
    return {qualifier: tuple(table.get(qualifier, ())) for qualifier in READING_ORDER}


def reading() -> tuple[tuple[Qualifier, tuple[str, ...]], ...]:
    """Each qualifier in `READING_ORDER` with its words in every language, as the reader tries them."""
    return tuple(
        (qualifier, tuple(w for lang in _READER_LANGUAGES for w in reader_words(lang)[qualifier]))
        for qualifier in READING_ORDER
    )


_SYMBOLS: dict[Qualifier, str] = {
    "exact": "",
    "about": "≈ ",
    "over": "> ",
    "at_least": "≥ ",
    "under": "< ",
    "at_most": "≤ ",
}

#: How a figure is shown with its qualifier: "≈ $210 m", "> $11.9 bn", "almost $2 bn", "почти $2 млрд"
#: (Kazakh "almost" follows the figure: `format_amount`).
PREFIXES: dict[Language, dict[Qualifier, str]] = {
    "en": {**_SYMBOLS, "almost": "almost "},
    "ru": {**_SYMBOLS, "almost": "почти "},
    "kk": {**_SYMBOLS, "almost": "жуық "},
}

#: How an English attribution line states a figure ("... was more than $11.9 billion").
#: Russian and Kazakh lines quote the source's own words instead.
EN_VERBS: dict[Qualifier, str] = {
    "exact": "was",
    "about": "was about",
    "over": "was more than",
    "at_least": "was at least",
    "almost": "was almost",
    "under": "was less than",
    "at_most": "did not exceed",
}

#: How an English attribution line hedges a figure after a verb or preposition ("rose by about
#: 18.5%", "to more than $1 billion"): every qualifier keeps its words.
EN_HEDGES: dict[Qualifier, str] = {
    "exact": "",
    "about": "about ",
    "over": "more than ",
    "at_least": "at least ",
    "almost": "almost ",
    "under": "less than ",
    "at_most": "at most ",
}


# --- Figures as words ----------------------------------------------------------------------------

_LOCAL_UNITS: dict[Language, dict[str, str]] = {
    "en": {"tonnes": "t", "people": "people"},
    "ru": {"tonnes": "т", "people": "чел."},
    "kk": {"tonnes": "т", "people": "адам"},
}


def plain_number(value: float) -> str:
    """Shortest exact text for a stored figure, in the current language: 4.3, 425, 12,000 / 4,3."""
    return i18n.number(value)


def _scaled(value: float) -> str:
    for factor, suffix in i18n.scale_words():
        if abs(value) >= factor:
            return f"{plain_number(round(value / factor, 6))} {suffix}"
    return plain_number(value)


def english_amount(value: float, unit: Unit) -> str:
    """A figure in the words of an English sentence: $4.3 billion, $425 million, 12,000, 10%."""
    with i18n.using("en"):
        for factor, word in ((1e9, "billion"), (1e6, "million")):
            if abs(value) >= factor:
                scaled = f"{plain_number(round(value / factor, 4))} {word}"
                break
        else:
            scaled = plain_number(round(value, 4))
    return {
        "USD": f"${scaled}",
        "percent": f"{scaled}%",
        "tonnes": f"{scaled} tonnes",
        "people": f"{scaled} people",
    }.get(unit, scaled)


def prefix(qualifier: Qualifier) -> str:
    """The qualifier as shown before a figure in the current language: "≈ ", "почти "."""
    return PREFIXES[i18n.current()][qualifier]


#: Kazakh puts "almost" after the figure, in the dative: "2 млрд долларға жуық", "50%-ға жуық".
_KAZAKH_ALMOST: dict[str, str] = {"USD": "долларға", "people": "адамға", "tonnes": "тоннаға"}


def _kazakh(amount: str, unit: Unit, qualifier: Qualifier) -> str:
    """A Kazakh figure: "4,3 млрд доллар", "≈ 210 млн доллар", "2 млрд долларға жуық"."""
    if qualifier != "almost":
        return prefix(qualifier) + {"USD": f"{amount} доллар", "percent": f"{amount}%"}.get(unit, amount)
    if unit in _KAZAKH_ALMOST:
        return f"{amount.removesuffix(' т')} {_KAZAKH_ALMOST[unit]} жуық"
    return f"{amount}%-ға жуық" if unit == "percent" else f"{amount}-ға жуық"


def format_amount(value: float, unit: Unit, qualifier: Qualifier = "exact") -> str:
    """ "> $11.9 bn" in English; "> $11,9 млрд" in Russian, "> 11,9 млрд доллар" in Kazakh, as
    their news write it."""
    language = i18n.current()
    sign = "−" if value < 0 else ""
    if unit == "USD":
        amount = sign + _scaled(abs(value))
        if language == "kk":
            return _kazakh(amount, unit, qualifier)
        text = f"{sign}${_scaled(abs(value))}"
    elif unit == "percent":
        if language == "kk":
            return _kazakh(plain_number(value), unit, qualifier)
        text = f"{plain_number(value)}%"
    elif unit in ("tonnes", "people"):
        if language == "kk" and qualifier == "almost":
            return _kazakh(_scaled(value), unit, qualifier)
        text = f"{_scaled(value)} {_LOCAL_UNITS[language][unit]}"
    else:
        if language == "kk" and qualifier == "almost":
            return _kazakh(plain_number(value), unit, qualifier)
        text = plain_number(value)
    return prefix(qualifier) + text


class Term(NamedTuple):
    """One figure in a formula otg computed: its operator ("" for the first), value and fact id."""

    operator: str
    value: float
    unit: Unit
    qualifier: Qualifier
    fact: str | None = None


class Formula(NamedTuple):
    """A formula kept as figures, so that it is written in the language of the run, never stored
    in one: "$4.3 bn (kz-uz-turnover-2025) + $4.9 bn (kz-tr-turnover-2025)"."""

    terms: tuple[Term, ...]

    def text(self) -> str:
        said = []
        for term in self.terms:
            amount = format_amount(term.value, term.unit, term.qualifier)
            if term.fact is not None:
                amount += f" ({term.fact})"
            said.append(f"{term.operator} {amount}" if term.operator else amount)
        return " ".join(said)

    def english(self) -> str:
        with i18n.using("en"):
            return self.text()


def format_change(change_pct: float, qualifier: Qualifier = "exact") -> str:
    """A change in percent with its sign and qualifier: "+18.5%", "≈ −3%", "±0%"."""
    sign = "+" if change_pct > 0 else ("−" if change_pct < 0 else "±")
    if i18n.current() == "kk" and qualifier == "almost":
        return f"{sign}{plain_number(abs(change_pct))}%-ға жуық"
    return f"{prefix(qualifier)}{sign}{plain_number(abs(change_pct))}%"

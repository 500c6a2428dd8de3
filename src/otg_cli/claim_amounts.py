"""The amounts and percentages a text gives, each with its unit and where it stands: what the
claim reader (`claims.find_figures`), `otg check` and `otg draft` choose their figures from.

"4,3 млрд долларов" is 4.3e9 USD, "12 000" twelve thousand, "34 проекта" a count of 34, "18,5%" a
percent; years, durations ("10 месяцев"), ordinals ("14-я") and days ("25 ноября") are none.
"""

import re
from functools import cache
from typing import NamedTuple

from otg_cli.claim_periods import FIRST_MONTHS, YEAR
from otg_cli.lexicon import month_of, word_lists
from otg_cli.models import Unit
from otg_cli.text import fold

#: What each scale word of the lexicon's [scales] tables multiplies by.
SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}


#: A hyphen after a number that makes it an ordinal ("14-я", "14-ю", "14-е", "14-м", "14-ші"); a
#: Kazakh case ending ("1300-ден астам") leaves it a number.
_ORDINAL = (
    r"[-–—]\s*(?:я\b|й\b|ю\b|е\b|ое\b|ая\b|ую\b|ой\b|ый\b|ий\b|ей\b|го\b|м\b|му\b|ом\b|ым\b|х\b|ших\b|ші\b|шы\b|ши\b|інші|ыншы|"
    r"th\b|st\b|nd\b|rd\b)"
)
#: A dash after a number and before another: a range's start ("4–5 млрд", "22–23 октября").
_DASH = r"\s*[-–—]\s*\d"
#: Days as a range before their month: "22–23 октября", "22-23 қазан".
_DAYS = r"\d{1,2}\s*[-–—]\s*\d{1,2}\s*([^\W\d_]+)"


def names_an_event(text: str, at: int) -> bool:
    """Whether a number ending at `at` is joined by a hyphen to a word for a meeting ("14-кездесуі",
    "3-заседание"): an ordinal, as Kazakh and Russian write one (the lexicon's [events] words)."""
    if text[at : at + 1] not in ("-", "–"):
        return False
    word = fold(text[at + 1 : at + 24])
    return word.startswith(_event_words())


@cache
def _event_words() -> tuple[str, ...]:
    from otg_cli.lexicon import entries

    return tuple(fold(word) for word, _ in entries("events"))


#: Words after a number that make it a duration or an ordinal, not an amount.
_NOT_AMOUNTS = ("месяц", "лет", "год", "month", "year", "жыл", "ай", "-я", "th", "й", "раз")

_AMOUNT = (
    # A dash right after a number joins a range ("4-5"): no sign of the number after it.
    r"(?P<dollar>(?:\$|(?<![a-zA-Z])(?:USD|usd)(?=\s*\d)(?!\s*(?:19|20)\d\d(?!\d)))\s*)?"
    r"(?P<sign>(?<![\d.,%])(?<![\d.,%]\s)[+−-])?"
    r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*)\s*"
    # A dollar sign that starts the next number is that number's ("in 2025 exceeded $250 million").
    r"(?P<scale>[a-zа-яәіңғүұқөһ]+\.?)?\s*(?P<rest>(?:[a-zа-яәіңғүұқөһ%]|\$(?!\s*\d))*)"
)


#: Scale words only English uses: after them a comma groups thousands ("$4,300 million").
_ENGLISH_SCALE = re.compile(r"(?:trillion|billion|million|thousand|bn|bln|m|mn|b|k)\.?")


def _number(text: str, has_scale: bool, *, english: bool = False) -> float:
    """'4,3' and '4.3' are decimals; '12,000', '12 000' and '1,300' group thousands (unless a scale
    follows a comma group: "0,425 млрд"; an English scale keeps the group, "$4,300 million")."""
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    grouped = re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", text) if english else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) and (not has_scale or grouped):
        return float(text.replace(",", ""))
    if text.count(",") == 1 and "." not in text:
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


def _scale(word: str) -> float | None:
    cleaned = fold(word.rstrip("."))
    for name, words in word_lists("scales").items():
        if any(cleaned == w or (len(w) > 2 and cleaned.startswith(w)) for w in words):
            return SCALES[name]
    return None


def _unit_of(match: re.Match[str], text: str, scale: float | None) -> Unit:
    """What an amount counts: dollars, tonnes, people, or plain items."""
    scale_word = (match["scale"] or "").lower()
    rest = (match["rest"] or "").lower()
    after = text[match.end() : match.end() + 25]
    # A noun right after a bare number makes it a count ("34 проекта на $4,4 млрд").
    noun = re.match(r"[a-zа-яәіңғүұқөһ]{3,}", scale_word)
    counted = scale is None and not match["dollar"] and noun is not None
    words = f"{scale_word} {rest}" if counted else f"{scale_word} {rest} {after}"
    if match["dollar"]:
        return "USD"
    folded = fold(words)
    for unit, names in word_lists("units").items():
        if any(name in folded for name in names):
            return unit  # type: ignore[return-value]
    return "count"


class Amount(NamedTuple):
    """One figure the reader sees in a text, where it stands (start, end): an amount with its unit,
    or a percent (`unit` None). `strong`: stated with a currency, a scale or a measure."""

    value: float
    unit: Unit | None
    strong: bool
    at: tuple[int, int]
    #: Stated with a scale ("млрд", "bn").
    scaled: bool = False
    #: What the scale multiplies by (1 for none).
    scale: float = 1.0
    #: The upper end of a range the text states ("between $4bn and $5bn"): `value` is its lower end.
    high: float | None = None


def amounts(text: str) -> list[Amount]:
    """Every amount and percent in the text, left to right: what `find_figures` chooses from.

    Years, durations ("10 месяцев") and ordinals ("14-я") are never amounts.
    """
    found: list[Amount] = []
    if not any(map(str.isdigit, text)):
        return found  # every amount has a digit: `re` compiles the pattern only for a text with one
    for match in re.finditer(_AMOUNT, text):
        raw = match["number"]
        scale_word = (match["scale"] or "").lower()
        rest = (match["rest"] or "").lower()
        scale = _scale(scale_word) if scale_word else None
        is_percent = (
            "%" in (scale_word + rest)
            or scale_word.startswith(("процент", "пайыз", "percent"))
            or (scale_word == "per" and rest.startswith("cent"))  # "16.6 per cent"
        )
        if not is_percent and FIRST_MONTHS.match(text, match.start("number")):
            continue  # "10 мес.", "9M 2025": months counted, not an amount
        if not is_percent and scale is None and _no_amount(match, text):
            continue
        try:
            number = _number(raw, scale is not None, english=_ENGLISH_SCALE.fullmatch(scale_word) is not None)
        except ValueError:
            continue  # "1.2.3" is a version or a date, not a figure
        if match["sign"] in ("-", "−"):
            number = -number
        at = (match.start(), match.end())
        if is_percent:
            found.append(Amount(number, None, True, at))
            continue
        unit = _unit_of(match, text, scale)
        strong = bool(match["dollar"]) or scale is not None or unit != "count"
        found.append(Amount(number * (scale or 1), unit, strong, at, scale is not None, scale or 1.0))
    return _ranges(_compounds(_shared_units(found, text), text), text)


def _no_amount(match: re.Match[str], text: str) -> bool:
    """Whether a number without a scale is no amount: a duration or an ordinal ("10 лет", "14-я",
    "14-кездесуі"), a year, or a day ("25 ноября", "October 22-23"), alone or joined by a dash
    ("2005-2025", "22–23 октября"), where a dash between two amounts makes a range."""
    raw, end = match["number"], match.end("number")
    scale_word = (match["scale"] or "").lower()
    if scale_word.startswith(_NOT_AMOUNTS) or re.compile(_ORDINAL).match(text, end):
        return True
    if re.compile(_DASH).match(text, end) and (YEAR.fullmatch(raw) or _days(text, match.start("number"))):
        return True
    if names_an_event(text, end) or (YEAR.fullmatch(raw) and not match["dollar"]):
        return True
    return month_of(scale_word) is not None or _after_a_month(text, match.start(), raw)


def _days(text: str, at: int) -> bool:
    """Whether the numbers from `at` are days of a month written as a range ("22–23 октября")."""
    found = re.compile(_DAYS).match(text, at)
    return found is not None and month_of(found[1]) is not None


def _ranges(found: list[Amount], text: str) -> list[Amount]:
    """Two amounts the text joins as a range, as one whose `high` is the second: "between $4bn
    and $5bn", "от 4 до 5 млрд долларов", "4 пен 5 млрд доллар аралығында", "15–20%". The first
    takes the second's scale and unit where it states none ("4 to 5 billion" is $4–5 bn)."""
    merged: list[Amount] = []
    for amount in found:
        last = merged[-1] if merged else None
        joined = _joined(last, amount, text) if last is not None else None
        if joined is not None:
            merged[-1] = joined
            continue
        merged.append(amount)
    return merged


def _joined(low: Amount, high: Amount, text: str) -> Amount | None:
    """The range `low` to `high` where the text joins them as one (the lexicon's [ranges]), or None."""
    if low.high is not None or high.high is not None or not _joins(low, high, text):
        return None
    lent = _lent(low, high)
    if lent is None or not lent[0] < high.value:
        return None
    value, unit = lent
    return Amount(
        value, unit, low.strong or high.strong, (low.at[0], high.at[1]), high.scaled, high.scale, high.value
    )


def _joins(low: Amount, high: Amount, text: str) -> bool:
    """Whether the words between two amounts join them as a range: a dash, or a join word with
    an opener before the first ("between", "от") or a closer after the second ("аралығында"),
    and no more between them than the first's own scale and unit."""
    from otg_cli.text import starts_a_word

    gap = re.match(r"\s*(?:\$|usd)?\s*[\d.,\s]*\d\s*(?P<tail>\D*)$", fold(text[low.at[0] : high.at[0]]))
    if gap is None:
        return False
    words = word_lists("ranges")
    rest = gap["tail"].strip()
    if rest.endswith(("-", "–", "—")):
        return _own_words(rest[:-1])
    join = _last_word(rest, words.get("joins", ()))
    after = fold(text[high.at[0] : high.at[1] + 24])
    if join is None:
        return _joined_by_case(rest, after, text)
    if not _own_words(rest[: -len(join)]):
        return False
    opener = _last_word(fold(text[: low.at[0]]).rstrip(), words.get("openers", ()))
    if opener is None:
        closed = starts_a_word(after, words.get("closers", ()))
        return closed or (join in words.get("alone", ()) and not _moves(text))
    # "grew from $3bn to $4bn", "raise trade to $10bn": a figure before and after, not a range.
    return opener not in words.get("moving", ()) or not _moves(text)


def _joined_by_case(rest: str, after: str, text: str) -> bool:
    """Whether a range is joined by its first number's case ending and a closer after the second
    ("4 млрд доллардан 5 млрд долларға дейін", "1300-ден 1500-ге дейін"), the lexicon's [ranges]
    suffixes and suffix closers, in a claim whose figure did not move."""
    from otg_cli.text import starts_a_word

    words = word_lists("ranges")
    suffix = next((x for x in words.get("suffixes", ()) if rest.endswith(x)), None)
    if suffix is None or not starts_a_word(after, words.get("suffix_closers", ())):
        return False
    own = rest[: -len(suffix)].rstrip("-")
    return (not own or (own[-1].isalpha() and _own_words(own))) and not _moves(text)


def _own_words(text: str) -> bool:
    """Whether the words after a range's first number are its own scale and unit at most ("bn",
    "млрд долларов", "%"), not another clause ("4,3 млрд, Турцией – 4,9 млрд" is two figures)."""
    units = tuple(w for names in word_lists("units").values() for w in names)
    said = re.findall(r"[^\s.]+", text)
    return len(said) <= 2 and all(
        w in ("%", "$") or _scale(w) is not None or any(w.startswith(u.strip()) for u in units) for w in said
    )


def _last_word(text: str, words: tuple[str, ...]) -> str | None:
    """The one of the words the text ends with, whole, or None."""
    return next((w for w in words if re.search(rf"(?<!\w){re.escape(w)}$", text)), None)


def _lent(low: Amount, high: Amount) -> tuple[float, Unit | None] | None:
    """The lower end of a range with the scale and unit the upper end lends it ("4 to 5 billion"
    is 4 billion), or None where the two measure different things."""
    if low.unit is None or high.unit is None:
        # Percentages: "15–20%", "between 15% and 20%".
        plain = low.unit is None or (low.unit == "count" and not low.scaled)
        return (low.value, None) if high.unit is None and plain else None
    if low.unit not in ("count", high.unit) or (low.unit == "count" and low.scaled and high.unit != "count"):
        return None
    return (low.value if low.scaled else low.value * high.scale), high.unit


def _moves(text: str) -> bool:
    """Whether the text says its figure moved or is to move (the lexicon's [change] words for a
    rise or a fall, its target words)."""
    from otg_cli.text import starts_a_word

    words = word_lists("change")
    aims = word_lists("indicators").get("target", ())
    return starts_a_word(fold(text), words.get("up", ()) + words.get("down", ()) + aims)


def _compounds(found: list[Amount], text: str) -> list[Amount]:
    """An amount said in two scales, one right after the other, as one: "4 миллиард 900 миллион
    доллар" (from "төрт миллиард тоғыз жүз миллион") is $4.9 bn, "4 млрд 300 млн" is 4.3 bn."""
    merged: list[Amount] = []
    for amount in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.scaled
            and amount.scaled
            and last.unit == amount.unit
            and not text[last.at[1] : amount.at[0]].strip()
            and 0 < amount.value < _scale_of(last.value)
        ):
            merged[-1] = last._replace(value=last.value + amount.value, at=(last.at[0], amount.at[1]))
            continue
        merged.append(amount)
    return merged


def _scale_of(value: float) -> float:
    """The largest scale a whole amount is a multiple of (4e9: 1e9); 0 for none."""
    return next((scale for scale in (1e12, 1e9, 1e6, 1e3) if value and value % scale == 0), 0.0)


def _after_a_month(text: str, at: int, raw: str) -> bool:
    """Whether the number at `at` is a day written after its month ("October 22", "Oct. 22-23",
    the 23 of "October 22-23" too): a whole number up to 31 right after an English month's name."""
    if not raw.isdigit() or not 1 <= int(raw) <= 31:
        return False
    before = re.sub(r"[0-9]{1,2}\s*[-–—]?\s*$", "", text[max(0, at - 24) : at].rstrip())
    words = re.findall(r"\w+", before)
    # Only English writes the day after its month: "қаңтар-қазанда 2-4 пайызға" is no 2 October.
    return bool(words) and words[-1].isascii() and month_of(words[-1]) is not None


def _shared_units(found: list[Amount], text: str) -> list[Amount]:
    """A scaled amount with no unit of its own takes the unit written once after a list of them:
    "4,3 млрд, с Кыргызстаном — 2 млрд долларов" is two amounts in dollars."""
    shared: Unit | None = None
    for index in reversed(range(len(found))):
        amount = found[index]
        if amount.scaled and amount.unit not in (None, "count"):
            shared = amount.unit
        elif amount.scaled and amount.unit == "count" and shared is not None:
            found[index] = amount._replace(unit=shared)
    # A scaled amount after one in a unit, with no unit of its own and no noun of things counted
    # after it, takes that unit: "$7,9 млрд ..., а сальдо достигло 4,8 млрд", "roughly five
    # billion dollars, including more than 1.3 billion put in during 2025".
    from otg_cli.lexicon import COUNTED

    nouns = tuple(w for m in COUNTED for w in word_lists("indicators").get(m, ()))
    unit: Unit | None = None
    for index, amount in enumerate(found):
        bare = not fold(text[amount.at[1] :]).lstrip().startswith(nouns)
        if amount.scaled and amount.unit == "count" and unit is not None and bare:
            found[index] = amount._replace(unit=unit)
        elif amount.unit is not None:
            unit = amount.unit if amount.unit != "count" else None
    return found

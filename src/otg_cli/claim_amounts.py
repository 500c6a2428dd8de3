"""The amounts and percentages a text gives, each with its unit and where it stands: what the
claim reader (`claims.find_figures`), `otg check` and `otg draft` choose their figures from.

"4,3 млрд долларов" is 4.3e9 USD, "12 000" twelve thousand, "34 проекта" a count of 34, "18,5%" a
percent; years, durations ("10 месяцев"), ordinals ("14-я") and days ("25 ноября") are none.
"""

import re
from functools import cache
from typing import NamedTuple

from otg_cli.claim_periods import YEAR
from otg_cli.lexicon import month_of, word_lists
from otg_cli.models import Unit
from otg_cli.text import fold

#: What each scale word of the lexicon's [scales] tables multiplies by.
SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}


#: A hyphen after a number that makes it an ordinal ("14-я", "14-ші") or a range's start
#: ("22-23"); a Kazakh case ending ("1300-ден астам") leaves it a number.
_ORDINAL_OR_RANGE = (
    r"[-–—]\s*(?:\d|я\b|й\b|ая\b|ой\b|ый\b|ий\b|го\b|му\b|ші\b|шы\b|ши\b|інші|ыншы|th\b|st\b|nd\b|rd\b)"
)


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
    r"(?P<dollar>(?:\$|(?<![a-zA-Z])(?:USD|usd)(?=\s*\d)(?!\s*(?:19|20)\d\d(?!\d)))\s*)?(?P<sign>[+−-])?"
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
        if not is_percent and scale is None:
            if scale_word.startswith(_NOT_AMOUNTS) or re.compile(_ORDINAL_OR_RANGE).match(
                text, match.end("number")
            ):
                continue
            if names_an_event(text, match.end("number")):
                continue  # "14-кездесуі", the 14th meeting
            if YEAR.fullmatch(raw) and not match["dollar"]:
                continue
            if month_of(scale_word) is not None or _after_a_month(text, match.start(), raw):
                continue  # "25 ноября", "October 22-23": days
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
        found.append(Amount(number * (scale or 1), unit, strong, at, scale is not None))
    return _compounds(_shared_units(found, text), text)


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
    the 23 of "October 22-23" too): a whole number up to 31 right after a month's name."""
    if not raw.isdigit() or not 1 <= int(raw) <= 31:
        return False
    before = re.sub(r"[0-9]{1,2}\s*$", "", text[max(0, at - 24) : at].rstrip())
    words = re.findall(r"\w+", before)
    return bool(words) and month_of(words[-1]) is not None


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

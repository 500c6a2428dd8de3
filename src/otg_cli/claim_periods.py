"""Reading when a claim or a quote says something happened: its period ("январь–август 2025",
"2005–2025", "over the past 20 years", "since 2005", "last year"), and a target's deadline ("by
2030", "к 2030 году", "2030 жылға дейін").

Relative periods count from a given day (`otg verify --as-of`, an article's date), never from the
clock. The words are the lexicon's ([months], [relative_years], [spans]).
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from otg_cli.lexicon import entries, month_of, word_lists
from otg_cli.periods import DateRange, month_end
from otg_cli.text import find_words, fold

#: The first months of a year counted: "10 месяцев", "10 мес.", "first 10 months", "10 айда", and
#: "9M 2025" (an M right after the count, before a year: not nine million).
_FIRST_MONTHS = (
    r"(?<![\d.,$])(\d{1,2})\s*(?:месяц\w*|мес(?:\.|(?!\w))|months?|айында|айдың|айы|айда)(?!\w)"
    r"|(?<![\d.,$])(\d{1,2})\s?[mм](?=\s*(?:of\s+)?(?:19|20)\d\d(?!\d))"
)
FIRST_MONTHS = re.compile(_FIRST_MONTHS, re.IGNORECASE)

YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]?\d)")
#: A year that is a deadline, not the period of a figure.
_DEADLINE = (
    r"(?:\bby\s+(?:the\s+)?(?:end[\s-]+(?:of\s+)?)?|\bдо\s+(?:конца\s+)?|\bк\s+(?:концу\s+)?)((?:19|20)\d{2})"
    # Kazakh with or without its letters: "2030 жылға дейін", "2028 жылга карай".
    r"|((?:19|20)\d{2})\s*(?:жыл[ғг]а\s+(?:де[йи][іи]н|[қк]арай)|жылы?на\s+де[йи][іи]н"
    r"|жылды[ңн]\s+со[ңн]ына\s+(?:де[йи][іи]н|[қк]арай)"
    r"|(?:as|as the|в качестве)\s+(?:a\s+)?(?:deadline|target year|срока|крайнего срока))"
)


def _has_digit(text: str) -> bool:
    """Whether the text has a digit: what every year, deadline and count of months is written with."""
    return any(map(str.isdigit, text))


def without_deadline(text: str) -> str:
    """The text with its deadline ("by 2030", "2030 жылға дейін") blanked, letter for letter: the
    year a target is to be met by is no date of what the claim says was done."""
    if not _has_digit(text):
        return text
    return re.sub(_DEADLINE, lambda m: " " * len(m.group()), text)


def find_deadline(text: str) -> int | None:
    found = deadline_at(text)
    return found[0] if found else None


#: A deadline counted in years: "within five years" (numbers in words are digits by now),
#: "в течение 5 лет", "в ближайшие 5 лет", "5 жыл ішінде".
_WITHIN = (
    r"\bwithin\s+(?:the\s+next\s+)?(\d{1,2})\s+years?\b|\bin\s+the\s+next\s+(\d{1,2})\s+years?\b"
    r"|\bв\s+течение\s+(?:ближайших\s+)?(\d{1,2})\s+лет|\bв\s+ближайшие\s+(\d{1,2})\s+лет"
    r"|\b(\d{1,2})\s+жыл\s+[іи]шінде"
)


def find_within(text: str) -> int | None:
    """The years a text gives a deadline in ("within five years"), or None."""
    match = re.search(_WITHIN, text) if _has_digit(text) else None
    return int(next(g for g in match.groups() if g)) if match else None


def deadline_at(text: str) -> tuple[int, range] | None:
    """The year a text sets as a deadline ("by 2030", "к концу 2026 года", "2030 жылға дейін")
    and where its words stand, or None."""
    match = re.search(_DEADLINE, text) if _has_digit(text) else None
    return (int(match[1] or match[2]), range(match.start(), match.end())) if match else None


def relative_year(text: str, as_of: datetime.date | None) -> int | None:
    """The year a relative period names ("last year", "в прошлом году", "былтыр"), counted from
    `as_of`; None when the claim names none or no day to count from was given."""
    if as_of is None:
        return None
    folded = fold(text)
    for words, offset in _relative_years():
        if words in folded and find_words(folded, (words,), whole=True):
            return as_of.year + int(offset)
    return None


@cache
def _relative_years() -> tuple[tuple[str, int], ...]:
    """The lexicon's [relative_years], folded, in its order (the first the text says wins)."""
    return tuple((fold(words), int(offset)) for words, offset in entries("relative_years"))


#: Whole years as a range: "2005–2025", "between 2005 and 2025", "с 2005 по 2025 год".
_YEAR_RANGE = (
    r"(?<![\d.,])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d.,]?\d)"
    r"|(?:between|с)\s+((?:19|20)\d{2})\s+(?:and|по)\s+((?:19|20)\d{2})(?![\d.,]?\d)"
)


def find_year_span(text: str) -> DateRange | None:
    """Whole years written as a range ("2005-2025 гг.", "2005–2025 жж."), or None."""
    # A range has two years: its pattern compiles only for a text with two.
    match = re.search(_YEAR_RANGE, text) if len(YEAR.findall(text)) >= 2 else None
    if match is None:
        return None
    first, last = int(match[1] or match[3]), int(match[2] or match[4])
    if first >= last:
        return None
    return DateRange(datetime.date(first, 1, 1), datetime.date(last, 12, 31), f"{first}–{last}")


def find_since(text: str) -> int | None:
    """The year a claim counts from ("since 2005", "с 2005 года", "2005 жылдан бері"), or None."""
    words = word_lists("spans")
    folded = fold(text)
    # Each pattern compiles only for a text that has a digit and one of its words.
    since, since_after = _said(folded, words.get("since", ())), _said(folded, words.get("since_after", ()))
    before = "|".join(map(re.escape, since))
    after = "|".join(map(re.escape, since_after))
    found = re.search(rf"(?<!\w)(?:{before})\s+((?:19|20)\d{{2}})(?!\d)", folded) if before else None
    if found is None and after:
        found = re.search(rf"(?<!\d)((?:19|20)\d{{2}})\s*\w*\s+(?:{after})(?!\w)", folded)
    return int(found[1]) if found else None


def _said(folded: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words, in their order, when the text has a digit and at least one of them; else none."""
    return words if _has_digit(folded) and any(word in folded for word in words) else ()


def find_span(text: str) -> int | None:
    """The number of years a claim counts back ("за 20 лет", "over the past 20 years", "over the
    past two decades"), or None."""
    from otg_cli.lexicon import spell_number_words

    words = word_lists("spans")
    folded = fold(spell_number_words(text))  # "over the past two decades"
    spans, years_words = _said(folded, words.get("before", ())), _said(folded, words.get("years", ()))
    after = _said(folded, words.get("after", ()))
    if not (spans or after) or not (years_words or _said(folded, words.get("decades", ()))):
        return None
    before = "|".join(map(re.escape, sorted(spans, key=len, reverse=True))) or "(?!)"
    years = "|".join(map(re.escape, sorted(years_words, key=len, reverse=True))) or "(?!)"
    decades = "|".join(map(re.escape, words.get("decades", ()))) or "(?!)"
    following = "|".join(map(re.escape, after)) or "(?!)"
    # "за 20 лет", "over the past two decades"; "20 жыл ішінде" (the word after the count)
    found = re.search(
        rf"(?<!\w)(?:{before})\s+(\d{{1,2}})\s+(?:({years})|{decades})(?!\w)", folded
    ) or re.search(rf"(?<![\w.,])(\d{{1,2}})\s+(?:({years})|{decades})\s+(?:{following})(?!\w)", folded)
    if found is None:
        return None
    count = int(found[1]) * (1 if found[2] else 10)  # "two decades" counts twenty years
    return count if count > 1 else None


#: The first half of a year: "first half of 2025", "за полугодие", "жарты жылдағы".
#: Number words are digits by then: "жарты жыл" reads "0.5 жыл".
_HALF = (
    r"(?<!\w)(?:first half|half[- ]year|first six months|h1|полугоди|полгода|жарты жыл|0[.,]5 (?:жыл|year))"
)


def half_year(text: str, year: int) -> DateRange | None:
    """The first half of `year` where the text says "half a year" ("жарты жылдағы экспорт"), or None."""
    if not re.search(_HALF, fold(text)):
        return None
    return DateRange(datetime.date(year, 1, 1), datetime.date(year, 6, 30), f"first half of {year}")


def find_period(text: str, as_of: datetime.date | None = None) -> DateRange | None:
    digits = _has_digit(text)  # the patterns of years and deadlines compile only for a text with one
    text = re.sub(_DEADLINE, " ", text) if digits else text
    span = find_year_span(text)
    if span is not None:
        return span
    years = [int(match[1]) for match in YEAR.finditer(text)]
    relative = relative_year(text, as_of)
    if not years and relative is None:
        return None
    year = years[0] if years else relative
    assert year is not None
    half = half_year(text, year)
    if half is not None:
        return half
    named = find_months(text)
    if named is not None:
        (start, end), label = named
        label = f"first {end} months of {year}" if label is None else f"{label} {year}"
        return DateRange(datetime.date(year, start, 1), month_end(year, end), label)
    month = one_month(text, year)
    if month is not None:
        return DateRange(datetime.date(year, month[0], 1), month_end(year, month[0]), f"{month[1]} {year}")
    return DateRange(datetime.date(year, 1, 1), datetime.date(year, 12, 31), str(year))


def one_month(text: str, year: int) -> tuple[int, str] | None:
    """A month the claim names beside the year as its period ("in August 2025", "в августе 2025
    года", "2025 жылғы тамызда"): its number and the word. A month with a day number is a date
    ("20 February 2026"), no period; so is a month beside another year."""
    words = list(re.finditer(r"[^\W\d_]+|\d+", text))
    for index, word in enumerate(words):
        month = month_of(word.group()) if not word.group().isdigit() else None
        if month is None:
            continue
        beside = [w.group() for w in words[max(0, index - 1) : index + 2] if w is not word]
        if any(w.isdigit() and len(w) <= 2 for w in beside):
            continue  # "20 February", "February 20": a day
        near = [w.group() for w in words[max(0, index - 2) : index + 3]]
        if str(year) in near:
            return month, word.group()
    return None


def find_months(text: str) -> tuple[tuple[int, int], str | None] | None:
    """The months of a year a claim names, with or without the year ("January–August", "за
    восемь месяцев", "қаңтар-қазанда"): the first and last month, and the range as written (None
    for "the first N months")."""
    first_months = FIRST_MONTHS.search(text) if _has_digit(text) else None
    count = int(first_months[1] or first_months[2]) if first_months else 0
    if 1 <= count <= 12:
        return (1, count), None
    for months in _month_range().finditer(text):
        first, between, last = months[1], months[2], months[3]
        if not between.strip(" .") and not first.endswith(_range_words("from_endings")):
            continue  # two words side by side join as a range only as "қаңтардан тамызға"
        if between.strip() in _range_words("both") and not _between(text, months.start(), months.end(3)):
            continue  # "in May and August": two months, not the months between them
        start, end = month_of(first), month_of(last)
        if start is not None and end is not None and start <= end:
            return (start, end), f"{first}–{last}"
    return None


@cache
def _month_range() -> re.Pattern[str]:
    """Two words joined by a dash or one of the lexicon's [month_ranges] joiners ("January to
    August", "с января по август", "қаңтар мен тамыз"), or side by side; `month_of` says whether
    both are months."""
    joiners = "|".join(
        sorted(map(re.escape, (*_range_words("joiners"), *_range_words("both"))), key=len, reverse=True)
    )
    between = rf"\.?\s*[-–—]\s*|\.?\s+(?:(?:{joiners})\s+)?"
    # Only the first word is consumed: "from January to August" is tried at "January" too.
    return re.compile(rf"(?<!\w)([^\W\d_]+)(?=({between})([^\W\d_]+))", re.IGNORECASE)


@cache
def _range_words(key: str) -> tuple[str, ...]:
    """One word list of the lexicon's [month_ranges], every language's."""
    return tuple(str(w) for name, words in entries("month_ranges") if name == key for w in words)


def _between(text: str, start: int, end: int) -> bool:
    """Whether two months joined by "and" are a range's ends: "between" before them ("между
    январём и августом"), or "аралығында" after them."""
    before = text[:start].split()[-1:]
    after = text[end:].split()[:1]
    if before and before[0].lower() in _range_words("both_before"):
        return True
    return bool(after) and after[0].lower().startswith(_range_words("both_after"))

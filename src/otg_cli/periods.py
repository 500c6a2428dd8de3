"""Periods: parsing what a user types, describing what a fact covers, and matching the two.

A part-year figure must never pass for a year's, so every description says exactly which months a
figure covers, and a query for a year matches a Jan-Aug figure only as what it is.
"""

import datetime
import re
from typing import NamedTuple

from otg_cli.errors import OtgError
from otg_cli.models import Period

PERIOD_FORMS = "2025, 2025-03, 2025-Q3, 2025-H1, 2025-03-15, or a range such as 2025-01..2025-08"


# Patterns are plain strings, compiled by `re` on first use: most runs parse no period at all.
_YEAR = r"^(\d{4})$"
_MONTH = r"^(\d{4})-(\d{1,2})$"
_DAY = r"^(\d{4})-(\d{1,2})-(\d{1,2})$"
_QUARTER = r"(?i)^(\d{4})-?q([1-4])$"
_HALF = r"(?i)^(\d{4})-?h([12])$"


class DateRange(NamedTuple):
    """An inclusive range of days, as asked for by a user."""

    start: datetime.date
    end: datetime.date
    text: str

    def contains(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end


def month_end(year: int, month: int) -> datetime.date:
    first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - datetime.timedelta(days=1)


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        from otg_cli.i18n import phrase

        raise ValueError(phrase("month {month} is not between 1 and 12", month=month))


def _parse_one(text: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day of one period expression."""
    if match := re.match(_YEAR, text):
        year = int(match[1])
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if match := re.match(_QUARTER, text):
        year, quarter = int(match[1]), int(match[2])
        first = 3 * quarter - 2
        return datetime.date(year, first, 1), month_end(year, first + 2)
    if match := re.match(_HALF, text):
        year, half = int(match[1]), int(match[2])
        first = 6 * half - 5
        return datetime.date(year, first, 1), month_end(year, first + 5)
    if match := re.match(_MONTH, text):
        year, month = int(match[1]), int(match[2])
        _check_month(month)
        return datetime.date(year, month, 1), month_end(year, month)
    if match := re.match(_DAY, text):
        year, month, number = int(match[1]), int(match[2]), int(match[3])
        _check_month(month)
        if not 1 <= number <= month_end(year, month).day:
            from otg_cli.i18n import phrase

            raise ValueError(
                phrase("there is no day {day} in {month}", day=number, month=f"{year}-{month:02}")
            )
        day = datetime.date(year, month, number)
        return day, day
    raise ValueError("not a period")


def parse_period(text: str) -> DateRange:
    """Parse `2025`, `2025-Q3`, `2025-H1`, `2025-03`, `2025-03-15` or `A..B` into a date range."""
    cleaned = text.strip()
    try:
        if ".." in cleaned:
            first, _, last = cleaned.partition("..")
            start, _ = _parse_one(first.strip())
            _, end = _parse_one(last.strip())
        else:
            start, end = _parse_one(cleaned)
    except ValueError as error:
        detail = "" if str(error) == "not a period" else f" ({error})"
        from otg_cli.i18n import phrase

        said = phrase("invalid period {text}; accepted: {accepted}", text=text, accepted=phrase(PERIOD_FORMS))
        raise OtgError(said.replace(";", detail + ";", 1)) from None
    if start > end:
        from otg_cli.i18n import phrase

        raise OtgError(phrase("invalid period {text}: it ends before it starts", text=text))
    return DateRange(start, end, cleaned)


def looks_like_period(text: str) -> bool:
    """Periods start with a digit; countries and groups never do."""
    return text.strip()[:1].isdigit()


def parties_and_period(args: list[str]) -> tuple[list[str], DateRange | None]:
    """`A [B] [PERIOD]` in any order: the country or group texts, and the parsed period if any."""
    period = [a for a in args if looks_like_period(a)]
    parties = [a for a in args if not looks_like_period(a)]
    from otg_cli.i18n import phrase

    if len(period) > 1:
        raise OtgError(phrase("give at most one period, got {got}", got=", ".join(period)))
    if len(parties) > 2:
        raise OtgError(phrase("give at most two countries or groups, got {got}", got=", ".join(parties)))
    return parties, (parse_period(period[0]) if period else None)


def _day(day: datetime.date) -> str:
    from otg_cli import i18n

    return i18n.day(day)


def _is_year_start(day: datetime.date) -> bool:
    return day.month == 1 and day.day == 1


def _is_year_end(day: datetime.date) -> bool:
    return day.month == 12 and day.day == 31


def _span(start: datetime.date, end: datetime.date, *, in_sentence: bool = False) -> str:
    """Describe start..end as briefly as is exact: 2025, Jan–Aug 2025, 1 Jan 2025–15 Mar 2025
    (2025 жылғы қаңтар–тамыз: each language puts the year where it writes it, `i18n.dated`).
    `in_sentence`: whole years as a sentence says them (2025 год, 2025 жыл; a table's cell has 2025)."""
    from otg_cli import i18n

    if _is_year_start(start) and _is_year_end(end):
        if in_sentence and start.year == end.year:
            return i18n.phrase("year {year}", year=start.year)
        if in_sentence:
            return i18n.phrase("years {start}–{end}", start=start.year, end=end.year)
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and end == month_end(end.year, end.month):
        first, last = i18n.month(start.month), i18n.month(end.month)
        if start.year != end.year:
            return i18n.dated(first, start.year) + i18n.range_dash() + i18n.dated(last, end.year)
        return i18n.dated(first if start.month == end.month else f"{first}–{last}", end.year)
    return _day(start) if start == end else f"{_day(start)}{i18n.range_dash()}{_day(end)}"


def _as_of(end: datetime.date | None) -> str:
    from otg_cli import i18n

    if end is None:
        return i18n.phrase("date not stated")
    return i18n.phrase("as of {day}", day=_day(end))


def _cumulative(start: datetime.date | None, end: datetime.date, *, in_sentence: bool = False) -> str:
    from otg_cli import i18n

    say = i18n.phrase
    if start is not None:
        return say("{span}, cumulative", span=_span(start, end, in_sentence=in_sentence))
    if _is_year_end(end):
        return say("cumulative to end of {year} (start not stated)", year=end.year)
    return say("cumulative to {day} (start not stated)", day=_day(end))


def describe_period(period: Period, *, in_sentence: bool = False) -> str:
    """A label that keeps what the source says about time, and says so where it says nothing.
    `in_sentence`: as a sentence words it, whole years with their word (за 2025 год, 2025 жыл)."""
    from otg_cli import i18n

    if period.basis == "level":
        return _as_of(period.end)
    if period.end is None:
        return i18n.phrase("period not stated")
    if period.basis == "cumulative":
        return _cumulative(period.start, period.end, in_sentence=in_sentence)
    assert period.start is not None
    return _span(period.start, period.end, in_sentence=in_sentence)


def months_covered(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def is_full_year(period: Period) -> bool:
    """A flow over one whole calendar year (the same in every language, unlike `period_kind`)."""
    start, end = period.start, period.end
    if period.basis != "flow" or start is None or end is None:
        return False
    return _is_year_start(start) and _is_year_end(end) and start.year == end.year


#: What a period is, as a code (JSON `period.span`); `period_kind` says it in words.
SPANS = ("full_year", "full_years", "part_year", "cumulative", "level", "not_stated")


def span(period: Period) -> str:
    """The kind of period as a code, the same in every language: full_year, part_year, level ..."""
    if period.basis != "flow":
        return period.basis
    if period.start is None or period.end is None:
        return "not_stated"
    if is_full_year(period):
        return "full_year"
    if _is_year_start(period.start) and _is_year_end(period.end):
        return "full_years"
    return "part_year"


def period_kind(period: Period) -> str:
    """One word a table can show next to the label: full year, part year, cumulative, level ..."""
    from otg_cli import i18n

    say = i18n.phrase
    code = span(period)
    if code == "part_year":
        assert period.start is not None and period.end is not None
        return f"{say('part year')} ({months_covered(period.start, period.end)} {say('mo')})"
    return say(code.replace("_", " "))


def within(period: Period, wanted: DateRange | None) -> bool:
    """Whether a fact's period lies inside what the user asked for.

    A figure matches only when all of it lies inside the range (a 2005-2025 total is not a 2025
    figure). A level matches when its date does. A figure whose dates are not stated matches only
    when no period was asked for.
    """
    if wanted is None:
        return True
    if period.end is None:
        return False
    if period.basis == "level":
        return wanted.contains(period.end)
    if period.start is None:
        return False
    return wanted.start <= period.start and period.end <= wanted.end


def sort_key(period: Period) -> tuple[int, datetime.date, int]:
    """Latest first; for the same end, the longer period first (the year before its months)."""
    if period.end is None:
        return (1, datetime.date.min, 0)
    length = (period.end - period.start).days if period.start else 0
    return (0, datetime.date.max - (period.end - datetime.date.min), -length)


def describe_date(date: str | None) -> str:
    """A date as precise as stated (partial_dates.PartialDate): "20 Feb 2026", "Jun 2030", "2030", or
    "not stated"; a day is written as every full date is (`i18n.day`)."""
    from otg_cli.partial_dates import full_date

    day = None if date is None else full_date(date)
    return describe_event_date(date) if day is None else _day(day)


def describe_event_date(date: str | None, date_end: str | None = None) -> str:
    """ "25 Nov 2025", "2019", "22–23 Oct (year not stated)", or "not stated"."""
    from otg_cli import i18n
    from otg_cli.partial_dates import parts

    if date is None:
        return i18n.phrase("not stated")
    year, month, day = parts(date)
    suffix = f" ({i18n.phrase('year not stated')})" if year is None else ""
    if month is None:
        return f"{year}{suffix}"
    if day is None:
        return i18n.dated(i18n.month(month), year) + suffix
    month_name = i18n.month(month, with_day=True)
    text = f"{day} {month_name}"
    if date_end is not None:
        _, end_month, end_day = parts(date_end)
        if end_month == month and end_day is not None:
            text = f"{day}–{end_day} {month_name}"
        elif end_month is not None and end_day is not None:
            text = f"{day} {month_name}–{end_day} {i18n.month(end_month, with_day=True)}"
    return i18n.dated(text, year) + suffix

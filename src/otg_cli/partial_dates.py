"""Dates as precise as a source gives them, and never more: "к 2030 году" is `2030`, not 2030-12-31.

One form for every date a source states on its own (an event's date, a target's deadline, an
article's publication date): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` when the source names the
day but not the year (the reduced forms of ISO 8601:2000). The text is stored and shown as given;
these helpers read its parts without filling in what it leaves out.

A leaf module: the records' fields are `PartialDate`s (validated by pydantic through `AsStated`,
and again in their `__post_init__` by `check`); everything else reads them with `parts` and `year`.
"""

import datetime
import re
from typing import Annotated, Any, NamedTuple

from otg_cli.errors import Words

#: Matched whole (re.fullmatch).
PARTIAL_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2}"

#: The accepted forms, as error messages name them.
FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD (year not stated)"

#: A leap year, to check a day given without its year (--02-29 is a real day).
_ANY_LEAP_YEAR = 2000


class Parts(NamedTuple):
    """What a partial date states; None for what it does not."""

    year: int | None
    month: int | None
    day: int | None


def parts(text: str) -> Parts:
    """The stated parts of a valid partial date: "2030" -> (2030, None, None)."""
    pieces = [int(piece) for piece in text.removeprefix("--").split("-")]
    if text.startswith("--"):
        return Parts(None, pieces[0], pieces[1])
    padded: list[int | None] = [*pieces, None, None]
    return Parts(padded[0], padded[1], padded[2])


def problem(text: str) -> str | None:
    """Why `text` is not a partial date (a form otg does not read, or a day no calendar has), or None."""
    if not re.fullmatch(PARTIAL_DATE, text):
        written = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text.strip())
        if written:  # "20.10.2025", as Russian and Kazakh write a day
            day, month, year = written.groups()
            return Words(
                '"{text}" is not a date; write "{day}" (year-month-day)',
                text=text,
                day=f"{year}-{month:0>2}-{day:0>2}",
            )
        return Words("{text} is not {forms}", text=repr(text), forms=Words(FORMS))
    year, month, day = parts(text)
    if month is not None and not 1 <= month <= 12:
        return Words("{text}: month {month} is not between 1 and 12", text=repr(text), month=month)
    if month is not None and day is not None:
        try:
            datetime.date(year or _ANY_LEAP_YEAR, month, day)
        except ValueError:
            return Words(
                "{text}: there is no day {day} in month {month}", text=repr(text), day=day, month=month
            )
    return None


class AsStated:
    """Checks a `PartialDate` where pydantic validates the field, so that an error names the field
    (the records' `__post_init__` checks it again, however a record is built)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_as_stated, handler(source))


def _as_stated(value: str) -> str:
    found = problem(value)
    if found is not None:
        raise ValueError(found)
    return value


#: A date as precise as the source gives it, kept as the text given: YYYY, YYYY-MM, YYYY-MM-DD,
#: or --MM-DD when the source names the day but not the year (`partial_dates`, which validates and
#: reads it). Never a `datetime.date`, which would have to invent the month and day "2030" leaves out.
PartialDate = Annotated[str, AsStated()]


def check(value: str | None, field: str) -> None:
    """Raise ValueError naming `field` when a stated date is not a partial date (None: not stated)."""
    if value is not None and (found := problem(value)) is not None:
        raise ValueError(Words("`{field}` {found}", field=field, found=found))


def year(text: str | None) -> int | None:
    """The year a date states: 2030 for "2030", "2030-06" and "2030-12-31" alike; None if none."""
    return None if text is None else parts(text).year


def full_date(text: str) -> datetime.date | None:
    """The day, only where the source gives year, month and day."""
    year, month, day = parts(text)
    if year is None or month is None or day is None:
        return None
    return datetime.date(year, month, day)

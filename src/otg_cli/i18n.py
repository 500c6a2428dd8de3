"""The language of otg's own words: headings, labels, numbers, dates and country names.

`--lang en|ru|kk` (or OTG_LANG) sets it once per run; quotes always stay in the language of their
article. Numbers, month names and dates come from Babel's CLDR data, country names from the fact
base (as the sources spell them) and then pycountry; otg's own phrases are data, one file per
language in phrases/ (as dateparser keeps its languages).
Babel is imported only when the language is not English.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from otg_cli.errors import OtgError

Language = Literal["en", "ru", "kk"]
LANGUAGES: tuple[Language, ...] = ("en", "ru", "kk")

_current: contextvars.ContextVar[Language] = contextvars.ContextVar("otg_language", default="en")


def current() -> Language:
    return _current.get()


def from_locale(environ: dict[str, str] | None = None) -> Language:
    """The language of the user's locale: the first of LC_ALL, LC_MESSAGES, LANG that is set
    (ru_RU.UTF-8 -> ru, kk_KZ -> kk); English for any other language or none."""
    environ = dict(os.environ) if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := environ.get(name, "").strip():
            code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            return next((language for language in LANGUAGES if language == code), "en")
    return "en"


def parse_language(value: str | None) -> Language:
    chosen = (value or from_locale()).strip().lower()
    for language in LANGUAGES:
        if chosen == language:
            return language
    from otg_cli.errors import Words

    accepted = ", ".join(LANGUAGES)
    meant = _meant(chosen)
    if meant is not None:
        template = "unknown language {value}; did you mean {meant}? Accepted: {accepted}"
        raise OtgError(Words(template, value=repr(value), meant=repr(meant), accepted=accepted))
    raise OtgError(
        Words("unknown language {value}; accepted: {accepted}", value=repr(value), accepted=accepted)
    )


def _meant(text: str) -> Language | None:
    """The language a mistyped value stands for: a language's other code or English name (rus,
    kaz, Russian: pycountry's table), else the code it is one letter from (kz for kk); none for
    another language (de)."""
    import pycountry

    from otg_cli.text import closest

    try:
        found = pycountry.languages.lookup(text)
    except LookupError:
        near = closest(text, LANGUAGES)
        return next((language for language in LANGUAGES if language == near), None)
    code = getattr(found, "alpha_2", None)
    return next((language for language in LANGUAGES if language == code), None)


def set_language(value: str | None) -> Language:
    """Make `value` (en, ru or kk; None for the locale's, else English) the language of this run."""
    language = parse_language(value)
    _current.set(language)
    return language


@contextlib.contextmanager
def using(language: Language) -> Iterator[None]:
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


_FOLDER = Path(__file__).resolve().parent / "phrases"


@functools.cache
def phrases(language: Language) -> dict[str, str]:
    """One language's phrase table (phrases/LANG.toml, read through its checked twin, `datafiles`):
    English phrase key -> its words."""
    from otg_cli import datafiles

    table: dict[str, str] = datafiles.load(_FOLDER / f"{language}.toml")
    return table


def phrase(text: str, /, **values: object) -> str:
    """otg's own phrase in the current language, English where there is no translation; a key with
    {name} fields is a template, filled in with `values` in the order the language puts them."""
    language = current()
    said = phrases(language).get(text) or phrases("en").get(text, text)
    return said.format(**values) if values else said


def number(value: float) -> str:
    """4.3 in English, 4,3 in Russian and Kazakh; thousands grouped as each language does."""
    language = current()
    if language == "en":
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    from babel.numbers import format_decimal

    return str(format_decimal(round(value, 4), locale=language))


def month(index: int, *, with_day: bool = False) -> str:
    """A month as each language writes it in a date: Aug; август, 8 августа (a day takes the
    genitive, in full, as Russian news write "20 февраля 2026 г."); тамыз (Kazakh writes month
    names in lower case and in full)."""
    language = current()
    if language == "en":
        return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[index - 1]
    from babel.dates import get_month_names

    if language == "ru":
        width, context = ("wide", "format") if with_day else ("wide", "stand-alone")
    else:
        width, context = "wide", "format"
    return str(get_month_names(width, context=context, locale=language)[index])  # type: ignore[arg-type]


def dated(text: str, year: int | None) -> str:
    """Days and months (`text`) with their year where each language puts it: Jan–Aug 2025;
    январь–август 2025 г.; 2025 жылғы қаңтар–тамыз."""
    if year is None:
        return text
    language = current()
    # A no-break space keeps "2025 г." and "2025 жылғы" whole when a table wraps the line.
    if language == "ru":
        return f"{text} {year}\u00a0г."
    if language == "kk":
        return f"{year}\u00a0жылғы {text}"
    return f"{text} {year}"


def range_dash() -> str:
    """Between two dates that have spaces in them: "Oct 2024–Mar 2025"; "октябрь 2024 г. – март 2025 г."."""
    return "–" if current() == "en" else " – "


def day(value: datetime.date) -> str:
    """25 Nov 2025; 25 ноября 2025 г.; 2025 жылғы 25 қараша (never a zero-padded day)."""
    return dated(f"{value.day} {month(value.month, with_day=True)}", value.year)


def scale_words() -> tuple[tuple[float, str], ...]:
    language = current()
    if language == "en":
        return ((1e9, "bn"), (1e6, "m"))
    return ((1e9, "млрд"), (1e6, "млн"))


def country_name(code: str) -> str | None:
    """The ISO name of a country in the current language (pycountry's translations)."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    english = str(getattr(country, "common_name", None) or country.name)
    language = current()
    if language == "en":
        return english
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    return str(translation.gettext(country.name))

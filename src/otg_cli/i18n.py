"""The language of otg's own words: headings, labels, numbers, dates and country names.

`--lang en|ru|kk` (or OTG_LANG) sets it once per run; quotes always stay in the language of their
article. Numbers, month names and dates come from Babel's CLDR data, country names from the fact
base (as the sources spell them) and then pycountry; only otg's own phrases are written here.
Babel is imported only when the language is not English.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
from collections.abc import Iterator
from typing import Literal

from otg_cli.errors import OtgError

Language = Literal["en", "ru", "kk"]
LANGUAGES: tuple[Language, ...] = ("en", "ru", "kk")

_current: contextvars.ContextVar[Language] = contextvars.ContextVar("otg_language", default="en")


def current() -> Language:
    return _current.get()


def parse_language(value: str | None) -> Language:
    chosen = (value or "en").strip().lower()
    for language in LANGUAGES:
        if chosen == language:
            return language
    raise OtgError(f"unknown language {value!r}; accepted: {', '.join(LANGUAGES)}")


def set_language(value: str | None) -> Language:
    """Make `value` (en, ru or kk; None for English) the language of this run."""
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


#: otg's own phrases. Keys are the English text, so an untranslated phrase falls back to English.
_PHRASES: dict[str, dict[str, str]] = {
    "ru": {
        "Figure": "Показатель",
        "Period": "Период",
        "Value": "Значение",
        "Change": "Изменение",
        "Source": "Источник",
        "Parties": "Стороны",
        "Target": "Цель",
        "Deadline": "Срок",
        "Progress (derived)": "Прогресс (расчёт otg)",
        "Status": "Статус",
        "Agreement, document or decision": "Соглашение, документ или решение",
        "Event": "Событие",
        "Place": "Место",
        "Date": "Дата",
        "Agreements": "Соглашения",
        "Outlet": "Издание",
        "Published": "Дата публикации",
        "Lang": "Язык",
        "Title or subject": "Заголовок или тема",
        "Turnover": "Товарооборот",
        "Facts": "Факты",
        "Targets": "Цели",
        "Events": "События",
        "Sources": "Источники",
        "Quotes": "Цитаты",
        "all parties": "все стороны",
        "figures within": "данные за",
        "not stated": "не указано",
        "date not stated": "дата не указана",
        "period not stated": "период не указан",
        "place not stated": "место не указано",
        "sources disagree": "источники расходятся",
        "full year": "полный год",
        "full years": "полные годы",
        "part year": "часть года",
        "mo": "мес.",
        "cumulative": "нарастающим итогом",
        "level": "уровень",
        "as of": "на",
        "start not stated": "начало не указано",
        "cumulative to": "нарастающим итогом по",
        "year not stated": "год не указан",
        "reported": "сообщено",
        "no comparable figure": "нет сопоставимых данных",
        "Not tied to an event in the sources": "Без привязки к событию в источниках",
        "LEGEND": "≈ около · > более · < менее · ≤ не более · «почти» как в источнике",
        "Quotes and notes: otg show ID": "Цитаты и примечания: otg show ID",
        "or --quotes": "или --quotes",
        "Progress is derived by otg from the latest comparable figure, not stated by a source.": (
            "Прогресс рассчитан otg по последним сопоставимым данным, а не взят из источника."
        ),
        "Sources disagree": "Источники расходятся",
        "found by otg: the figures share no value": "найдено otg: у цифр нет общего значения",
        "also": "также",
    },
    "kk": {
        "Figure": "Көрсеткіш",
        "Period": "Кезең",
        "Value": "Мәні",
        "Change": "Өзгеріс",
        "Source": "Дереккөз",
        "Parties": "Тараптар",
        "Target": "Мақсат",
        "Deadline": "Мерзімі",
        "Progress (derived)": "Прогресс (otg есебі)",
        "Status": "Мәртебесі",
        "Agreement, document or decision": "Келісім, құжат немесе шешім",
        "Event": "Оқиға",
        "Place": "Орны",
        "Date": "Күні",
        "Agreements": "Келісімдер",
        "Outlet": "Басылым",
        "Published": "Жарияланған күні",
        "Lang": "Тілі",
        "Title or subject": "Тақырыбы",
        "Turnover": "Тауар айналымы",
        "Facts": "Деректер",
        "Targets": "Мақсаттар",
        "Events": "Оқиғалар",
        "Sources": "Дереккөздер",
        "Quotes": "Дәйексөздер",
        "all parties": "барлық тараптар",
        "figures within": "кезеңі",
        "not stated": "көрсетілмеген",
        "date not stated": "күні көрсетілмеген",
        "period not stated": "кезеңі көрсетілмеген",
        "place not stated": "орны көрсетілмеген",
        "sources disagree": "дереккөздер сәйкес емес",
        "full year": "толық жыл",
        "full years": "толық жылдар",
        "part year": "жылдың бөлігі",
        "mo": "ай",
        "cumulative": "жиынтық",
        "level": "деңгей",
        "as of": "бойынша",
        "start not stated": "басы көрсетілмеген",
        "cumulative to": "жиынтық, соңы",
        "year not stated": "жылы көрсетілмеген",
        "reported": "хабарланған",
        "no comparable figure": "салыстырмалы дерек жоқ",
        "Not tied to an event in the sources": "Дереккөздерде оқиғаға байланысты емес",
        "LEGEND": "≈ шамамен · > астам · < кем · ≤ аспайды · «жуық» дереккөздегідей",
        "Quotes and notes: otg show ID": "Дәйексөздер мен ескертпелер: otg show ID",
        "or --quotes": "немесе --quotes",
        "Progress is derived by otg from the latest comparable figure, not stated by a source.": (
            "Прогресті otg соңғы салыстырмалы дерек бойынша есептеді, дереккөзде жоқ."
        ),
        "Sources disagree": "Дереккөздер сәйкес емес",
        "found by otg: the figures share no value": "otg тапты: сандардың ортақ мәні жоқ",
        "also": "сондай-ақ",
    },
}

_ENGLISH = {"LEGEND": "≈ about · > more than · < less than · ≤ at most · 'almost' as the source says"}


def phrase(text: str) -> str:
    """otg's own phrase in the current language, English where there is no translation."""
    language = current()
    if language == "en":
        return _ENGLISH.get(text, text)
    return _PHRASES[language].get(text, _ENGLISH.get(text, text))


def number(value: float) -> str:
    """4.3 in English, 4,3 in Russian and Kazakh; thousands grouped as each language does."""
    language = current()
    if language == "en":
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    from babel.numbers import format_decimal

    return str(format_decimal(round(value, 4), locale=language))


def month(index: int, *, abbreviated: bool = True) -> str:
    language = current()
    if language == "en":
        names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
        return names[index - 1] if abbreviated else datetime.date(2000, index, 1).strftime("%B")
    from babel.dates import get_month_names

    width = "abbreviated" if abbreviated else "wide"
    localized = get_month_names(width, context="stand-alone", locale=language)  # type: ignore[arg-type]
    return str(localized[index])


def day(value: datetime.date) -> str:
    """25 Nov 2025; 25 нояб. 2025 г.; 2025 ж. 25 қар."""
    language = current()
    if language == "en":
        return f"{value.day} {month(value.month)} {value.year}"
    from babel.dates import format_date

    return str(format_date(value, format="medium", locale=language))


def scale_words() -> tuple[tuple[float, str], ...]:
    language = current()
    if language == "en":
        return ((1e9, "bn"), (1e6, "m"))
    if language == "ru":
        return ((1e9, "млрд"), (1e6, "млн"))
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

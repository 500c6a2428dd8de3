"""Mutation test of `otg verify`: every golden claim the articles back, changed so that they no longer do.

Each claim whose expected verdict is `supported` is mutated by explicit, deterministic rules, one
change a mutant: a figure made 1.3 or 0.6 times as large (in the claim's own format, "4,3" -> "5,6";
only the stronger way for a bound, since "more than 6%" is still backed by "more than 10%"), a
qualifier made stronger ("about" -> "more than", "составил" -> "превысил", "no more than" -> "more
than"), a year shifted by one (or the day a relative year is read on), a partner swapped for
another member of the OTS in the same inflected form, exports swapped for imports (with the
direction's preposition or case), an invented deadline added, a place changed, a rise turned into
a fall, January–August into January–October, a deputy into the minister, "discussed" into
"approved" and "in the works" into "completed", investment into Kazakhstan as out of it, an act
denied or undone, a meeting's number or day changed, a 2005–2025 total as one year's, a share made larger,
a figure said in words made larger, a year's figure as part of it and back, exports as the whole
turnover and back, a rounded figure insisted on ("exactly $4.3bn"), a figure called a record or a first, of oil trade or doubled. The articles back
none of the mutants, so none may be called `supported` (any other verdict is allowed). A change that
would be ambiguous is not made. The count of mutants per kind and of those wrongly supported is
printed at the end of the run (`pytest tests/test_verify_mutations.py`).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from otg_cli.models import FactBase

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

FOLDER = Path(__file__).resolve().parent / "golden"
TODAY = datetime.date(2026, 3, 1)


class Mutant(NamedTuple):
    kind: str
    original: str
    text: str
    as_of: datetime.date


def supported_claims() -> list[dict[str, Any]]:
    claims = []
    for path in sorted(FOLDER.glob("*.toml")):
        claims += tomllib.loads(path.read_text(encoding="utf-8"))["claim"]
    return [c for c in claims if c["verdict"] == "supported"]


# --- figures -------------------------------------------------------------------------------------

#: A figure in digits: thousands grouped by a space, a no-break space or (in English) a comma, and
#: a decimal part after a point or a comma.
FIGURE = re.compile(r"(?<![\w.,\-–])(\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)(?:([.,])(\d+))?")
#: Letters a figure may be written against ("$4.4bn", "210m"); any other makes it a word ("14th").
UNIT_LETTERS = re.compile(r"(bn|bln|b|m|mn|k)\b")
#: The word after a number that makes it a day, a length of time or an ordinal, not a figure.
NOT_A_FIGURE = re.compile(
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|months?|years?|days?|месяц\w*|лет|год\w*|дн\w*|ай|айда|айында|айдағы|айлар\w*|жыл\w*|күн\w*"
    r"|ayda|aida|jyl\w*)\b",
    re.IGNORECASE,
)
#: Words that bound a figure from below or above; the figure is only made stronger across them.
LOWER = re.compile(
    r"\b(more than|over|above|exceed\w*|top\w*|clear\w*|upwards of|in excess of|at least|at|beyond"
    r"|более|свыше|больше|превы\w+|перевал\w*|выше|не менее|асты|астам|асатын|асып|асады|кемінде|asty|astam)\b",
    re.IGNORECASE,
)
UPPER = re.compile(
    r"\b(no more than|not more than|under|less than|below|не превы\w+|менее|аспайды|aspaidy)\b",
    re.IGNORECASE,
)


def _near(text: str, start: int, end: int) -> tuple[str, str]:
    """The three words before a figure (up to the figure before it) and the three after it."""
    before = " ".join(re.split(r"\s+", text[:start].strip())[-3:])
    after = " ".join(re.split(r"\s+", text[end:].strip())[:3])
    before = re.split(r"\d", before)[-1]
    after = re.split(r"\d", after)[0]
    return before, after


def _formatted(value: float, decimals: int, point: str, group: str | None) -> str:
    if decimals:
        return f"{value:.{decimals}f}".replace(".", point)
    whole = f"{round(value):,}"
    return whole.replace(",", group) if group else whole.replace(",", "")


def _scaled(match: re.Match[str], factor: float, lang: str) -> str | None:
    """The figure times `factor` in the format it is written in, or None when that is ambiguous."""
    whole, point, fraction = match.group(1), match.group(2), match.group(3)
    group = next((c for c in whole if not c.isdigit()), None)
    if group == "," and lang != "en":
        return None  # "1,300" in Russian or Kazakh: a decimal comma or a thousands one
    if group is None and point == "," and lang == "en" and fraction and len(fraction) == 3:
        return None
    value = float(whole.replace(group or "", "") + (f".{fraction}" if fraction else ""))
    if value == 0:
        return None
    decimals = len(fraction) if fraction else 0
    new = round(value * factor, decimals)
    # A figure rounded back to itself or to next to it ("1" times 0.6) gets a decimal place.
    while decimals < 2 and not (abs(new / value - 1) >= 0.2):
        decimals += 1
        new = round(value * factor, decimals)
    return _formatted(new, decimals, point or ("." if lang == "en" else ","), group)


def _figures(text: str, lang: str) -> Iterator[tuple[str, str]]:
    for match in FIGURE.finditer(text):
        start, end = match.span()
        if re.fullmatch(r"(19|20)\d\d", match.group(0)):
            continue  # a year
        rest = text[end:]
        if re.match(r"[\-–]\d", rest) or re.match(r"[\-–]\w", rest) or re.search(r"\d[\-–]$", text[:start]):
            continue  # a range of days, an ordinal or a case ending ("14-й", "1300-ден")
        if rest[:1].isalpha() and not UNIT_LETTERS.match(rest):
            continue
        after_word = re.match(r"\s*(\w+)", rest)
        if after_word and NOT_A_FIGURE.fullmatch(after_word.group(1)):
            continue
        before, after = _near(text, start, end)
        lower = bool(LOWER.search(before) or LOWER.search(after))
        upper = bool(UPPER.search(before) or UPPER.search(after))
        if lower and upper:
            continue
        for factor in (1.3, 0.6):
            if (lower and factor < 1) or (upper and factor > 1):
                continue  # the weaker way: a bound stays backed
            scaled = _scaled(match, factor, lang)
            if scaled is not None:
                yield f"figure x{factor}", text[:start] + scaled + text[end:]


# --- qualifiers ----------------------------------------------------------------------------------

#: (pattern, replacement): a replacement as re.sub takes it, a string or a function of the match.
Rules = list[tuple[str, "str | Callable[[re.Match[str]], str]"]]

#: A qualifier made stronger: an approximate or exact figure stated as exceeded, a bound from above
#: turned into one from below.
STRONGER: dict[str, Rules] = {
    "en": [
        (r"\b(about|around|roughly|nearly|almost|approximately)\b", "more than"),
        (
            r"(?<!almost )(?<!nearly )\b(reached|hit|totaled|totalled|stood at|came to|amounted to|was)( \$?\d)",
            r"exceeded\2",
        ),
        (r"\bno more than\b", "more than"),
        (r"\bnot more than\b", "more than"),
    ],
    "ru": [
        (r"\b(около|примерно|порядка|почти|приблизительно)\b", "более"),
        (r"\bсоставил(а|о|и)?\b", r"превысил\1"),
        (r"\bдостиг(ла|ло|ли)?\b", r"превысил\1"),
        (r"\bвплотную приблизился к\b", "превысил"),
        (r"\bне превыша(ет|ла|л|ют)\b", r"превыша\1"),
        (r"\bне превысил(а|о|и)?\b", r"превысил\1"),
    ],
    "kk": [
        (r"(доллар|долларды) болды\b", "доллардан асты"),
        (r"долларға жетті\b", "доллардан асты"),
        (r"долларга жетти\b", "доллардан асты"),
        (r"долларды құрады\b", "доллардан асты"),
        (r"долларға жуық\b", "доллардан астам"),
        (r"\bdollar boldy\b", "dollardan asty"),
        (r"\bdollarğa jetti\b", "dollardan asty"),
        (r"\bdollarga jetti\b", "dollardan asty"),
        (r"\bаспайды\b", "асады"),
        (r"\bшамамен (\d[\d,]*\s+(?:млрд|млн)) доллар\w*", r"\1 доллардан астам"),
    ],
}


#: Words a stronger qualifier replaces: "шамамен 7,9 млрд доллардан асты" would say both.
APPROXIMATE = {"kk": r"\b(шамамен|шамасында)\s+"}


def _each(rules: Rules, text: str, kind: str, lang: str = "") -> Iterator[tuple[str, str]]:
    """One mutant for each rule that changes the text (every match of the rule at once)."""
    for pattern, replacement in rules:
        changed = re.sub(pattern, replacement, text)
        if changed != text and lang in APPROXIMATE:
            changed = re.sub(APPROXIMATE[lang], "", changed)
        if changed != text:
            yield kind, changed


# --- years ---------------------------------------------------------------------------------------

YEAR = re.compile(r"(?<![\d\-–])(20[0-3]\d)(?![\d\-–])")
#: Two years joined as a span ("between 2005 and 2025", "2005–2025"): a shift of one is ambiguous.
SPAN = re.compile(r"20[0-3]\d\s*(and|и|мен|to|по|до|[\-–])\s*20[0-3]\d")


def _years(text: str) -> Iterator[tuple[str, str]]:
    if SPAN.search(text):
        return
    for match in YEAR.finditer(text):
        for shift in (-1, 1):
            year = str(int(match.group(1)) + shift)
            yield f"year {shift:+d}", text[: match.start()] + year + text[match.end() :]


# --- partners ------------------------------------------------------------------------------------

#: Each partner's forms, their stems and the partner they are swapped for (another OTS member,
#: whose forms take the same endings). Kazakhstan, the reporting side, is never swapped.
PARTNERS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"Uzbekistan|Uzbekstan", "Kyrgyzstan"),
        (r"Uzbek", "Kyrgyz"),
        (r"Tashkent", "Bishkek"),
        (r"Kyrgyzstan", "Uzbekistan"),
        (r"Kyrgyz", "Uzbek"),
        (r"Turkey|Türkiye", "Azerbaijan"),
        (r"Turkish", "Azerbaijani"),
        (r"Ankara", "Baku"),
        (r"Azerbaijan", "Turkey"),
        (r"Azerbaijani", "Turkish"),
        (r"Turkmenistan", "Kyrgyzstan"),
        (r"Turkmen", "Kyrgyz"),
        (r"Ashgabat", "Bishkek"),
    ],
    "ru": [
        (r"Узбекист", "Кыргызст"),
        (r"узбекск", "кыргызск"),
        (r"Ташкент", "Бишкек"),
        (r"Кыргызстан", "Узбекистан"),
        (r"кыргызск", "узбекск"),
        (r"Турци", "Венгри"),
        (r"турецк", "азербайджанск"),
        (r"Азербайджан(?!ск)", "Узбекистан"),
        (r"азербайджанск", "турецк"),
        (r"Туркменистан", "Кыргызстан"),
        (r"туркменск", "кыргызск"),
        (r"туркмено-", "кыргызско-"),
        (r"Ашхабад", "Бишкек"),
    ],
    "kk": [
        (r"Өзбекстан", "Қырғызстан"),
        (r"Озбекстан", "Кыргызстан"),
        (r"Özbekstan", "Qyrğyzstan"),
        (r"өзбек(?!стан)", "қырғыз"),
        (r"Қырғызстан", "Өзбекстан"),
        (r"Кыргызстан", "Озбекстан"),
        (r"Түрікменстан", "Қырғызстан"),
        (r"Туркменстан", "Кыргызстан"),
        (r"Türıkmenstan|Turikmenstan", "Qyrğyzstan"),
        (r"Түркия", "Әзербайжан"),
        (r"Туркия", "Азербайжан"),
        (r"Turkiya", "Äzırbaijan"),
        (r"Әзербайжан|Әзірбайжан", "Өзбекстан"),
        (r"Äzırbaijan", "Özbekstan"),
    ],
}


def _partners(text: str, lang: str) -> Iterator[tuple[str, str]]:
    """One mutant a partner the claim names: every form of it swapped for another member's."""
    for stem, other in PARTNERS[lang]:
        whole = r"(?!\w)" if lang == "en" else ""
        pattern = re.compile(rf"(?<!\w)({stem}){whole}", re.IGNORECASE)
        if not pattern.search(text):
            continue

        def swapped(match: re.Match[str], other: str = other) -> str:
            found = match.group(1)
            return other if found[0].isupper() else other[0].lower() + other[1:]

        changed = pattern.sub(swapped, text)
        if changed != text:
            yield "partner", changed


# --- direction -----------------------------------------------------------------------------------

#: Exports turned into imports and back, with the preposition or case of the direction, so that
#: "exports to X" becomes "imports from X", never the ambiguous "imports to X".
DIRECTION: dict[str, list[Rules]] = {
    "en": [
        [(r"\bexports to\b", "imports from"), (r"\bexport to\b", "import from")],
        [(r"\bimports from\b", "exports to"), (r"\bimport from\b", "export to")],
    ],
    "ru": [
        [
            (r"\b([Ээ])кспорт", lambda m: "Импорт" if m.group(1) == "Э" else "импорт"),
            (r"\bв тюркские страны\b", "из тюркских стран"),
            (r"\bв Узбекистан\b", "из Узбекистана"),
        ],
        [
            (r"\b([Ии])мпорт", lambda m: "Экспорт" if m.group(1) == "И" else "экспорт"),
            (r"\bиз тюркских стран\b", "в тюркские страны"),
            (r"\bиз Узбекистана\b", "в Узбекистан"),
        ],
    ],
    "kk": [
        [
            (r"([Ээ])кспорт", lambda m: "Импорт" if m.group(1) == "Э" else "импорт"),
            (r"\beksport", "import"),
            (r"елдеріне\b", "елдерінен"),
            (r"Өзбекстанға\b", "Өзбекстаннан"),
            (r"Озбекстанга\b", "Озбекстаннан"),
            (r"\belderine\b", "elderinen"),
            (r"Özbekstanğa\b", "Özbekstannan"),
        ],
        [
            (r"([Ии])мпорт", lambda m: "Экспорт" if m.group(1) == "И" else "экспорт"),
            (r"елдерінен\b", "елдеріне"),
        ],
    ],
}


def _direction(text: str, lang: str) -> Iterator[tuple[str, str]]:
    for rules in DIRECTION[lang]:
        word, *ways = rules
        if not re.search(word[0], text):
            continue
        changed = re.sub(word[0], word[1], text)
        turned = changed
        for pattern, replacement in ways:
            turned = re.sub(pattern, replacement, turned)
        if turned == changed and lang != "en":
            continue  # the word is swapped, but no direction to swap with it: ambiguous
        yield "direction", turned


# --- trends, months, ranks, statuses -------------------------------------------------------------

#: A change turned the other way: "rose 16.6%" -> "fell 16.6%" (the figure stays).
TREND: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("rose", "fell"),
        ("grew", "fell"),
        ("climbed", "fell"),
        ("jumped", "fell"),
        ("fell", "rose"),
        ("improved", "worsened"),
    ],
    "ru": [
        ("вырос", "сократился"),
        ("выросла", "сократилась"),
        ("выросли", "сократились"),
        ("увеличившись", "сократившись"),
        ("сократился", "вырос"),
        ("сократилась", "выросла"),
    ],
    "kk": [
        ("өсіп", "азайып"),
        ("өсті", "азайды"),
        ("өскенін", "азайғанын"),
        ("артып", "азайып"),
        ("азайды", "өсті"),
        ("қысқарды", "өсті"),
        ("жақсарды", "нашарлады"),
        ("осип", "азайып"),
        ("osip", "azaiyp"),
    ],
}
#: "up 14%" and "10% up", not "make up" nor "set up".
TREND_WORDS: dict[str, Rules] = {"en": [(r"\bup (?=\d)", "down "), (r"(%,? )up\b", r"\1down")]}
#: A part year swapped for another: January–August and January–October, eight and ten months.
MONTHS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("August", "October"),
        ("October", "August"),
        ("Aug", "Oct"),
        ("Oct", "Aug"),
        ("eight months", "ten months"),
        ("ten months", "eight months"),
        ("10 months", "8 months"),
    ],
    "ru": [
        ("август", "октябрь"),
        ("августе", "октябре"),
        ("августа", "октября"),
        ("октябрь", "август"),
        ("октябре", "августе"),
        ("октября", "августа"),
        ("восемь месяцев", "десять месяцев"),
        ("десять месяцев", "восемь месяцев"),
        ("восьми месяцев", "десяти месяцев"),
        ("десяти месяцев", "восьми месяцев"),
        ("10 месяцев", "8 месяцев"),
    ],
    "kk": [
        ("тамыз", "қазан"),
        ("қазан", "тамыз"),
        ("тамыздағы", "қазандағы"),
        ("қазандағы", "тамыздағы"),
        ("тамызда", "қазанда"),
        ("қазанда", "тамызда"),
        ("тамызында", "қазанында"),
        ("қазанында", "тамызында"),
        ("кантар-тамызында", "кантар-казанында"),
        ("tamyzda", "qazanda"),
        ("сегіз айында", "он айында"),
        ("он айында", "сегіз айында"),
        ("он айда", "сегіз айда"),
        ("10 айда", "8 айда"),
    ],
}
#: A rank made higher: a deputy minister called the minister.
RANK: dict[str, Rules] = {
    "en": [
        (r"\b[Dd]eputy ((?:[A-Z]\w+ )?)[Mm]inister\b", r"\1Minister"),
        (r"\b[Dd]eputy [Pp]rime [Mm]inister\b", "Prime Minister"),
        (r"\b[Dd]eputy chairman\b", "chairman"),
    ],
    "ru": [
        (r"\b[Зз]амминистра\b", "министр"),
        (r"\b[Вв]ице-министр", "министр"),
        (r"\b[Зз]аместитель председателя\b", "председатель"),
    ],
    "kk": [
        (r"министрінің орынбасары\b", "министрі"),
        (r"\b[Вв]ице-министрі\b", "министрі"),
    ],
}
#: A status made stronger: discussed as approved, to be considered as agreed, in the works as done.
STATUS: dict[str, Rules] = {
    "en": [
        (r"\b(discussed|looked at)\b", "signed an agreement on"),
        (r"\bagreed to consider\b", "signed an agreement on"),
        (r"\bare (working on|working through|introducing)\b", "have completed"),
        (r"\bproposed\b", "signed an agreement on"),
        (r"\b(decided?|agreed) to (set up|create)\b", "opened"),
    ],
    "ru": [
        (r"\bобсудили\b", "утвердили"),
        (r"\bобсуждают\b", "утвердили"),
        (r"\bизучить вопрос о\b", "о"),
        (r"\bпрорабатывают\b", "завершили"),
        (r"\bвнедряют\b", "внедрили"),
        (r"\b(решили|приняли решение) (создавать|создать|открыть)\b", "открыли"),
    ],
    "kk": [
        (r"\bталқылады\b", "бекітті"),
        (r"\bталқылап жатыр\b", "бекітті"),
        (r"(\w+у) мәселесін қарастыруға (келісті|уағдаласты)", r"\1ға \2"),
        (r"\bпысықтап жатыр\b", "аяқтады"),
        (r"\bенгізіп жатыр\b", "енгізді"),
        (r"\bүйлерін құру туралы шешім қабылдады\b", "үйлерін ашты"),
        (r"\bүйлерін құруға шешім қабылдады\b", "үйлерін ашты"),
    ],
}


#: Investment turned the other way: into Kazakhstan from the OTS as out of Kazakhstan into it.
INVESTMENT: dict[str, Rules] = {
    "en": [
        (r"\bfrom (OTS \w+) into Kazakhstan\b", r"from Kazakhstan into \1"),
        (r"\binto Kazakhstan from (OTS \w+)\b", r"from Kazakhstan into \1"),
        (
            r"\bKazakhstan invested (.+?) in (?:the economies of )?OTS (\w+(?: \w+ \w+)?)",
            r"OTS \2 invested \1 in Kazakhstan",
        ),
        (r"\b(Kazakh|Kazakhstan's) investment in OTS economies\b", "OTS investment in Kazakhstan"),
        (r"\bKazakhstan attracted\b", "Kazakhstan invested"),
    ],
    "ru": [
        (r"\bиз стран ОТГ в Казахстан\b", "из Казахстана в страны ОТГ"),
        (r"\bиз государств ОТГ в Казахстан\b", "из Казахстана в государства ОТГ"),
        (
            r"\bказахстанские инвестиции в экономики (стран|государств) ОТГ\b",
            r"инвестиции \1 ОТГ в экономику Казахстана",
        ),
        (
            r"\bКазахстанские инвестиции в экономики (стран|государств) ОТГ\b",
            r"Инвестиции \1 ОТГ в экономику Казахстана",
        ),
        (r"\bКазахстан привлек из стран ОТГ\b", "Казахстан вложил в страны ОТГ"),
        (
            r"\bКазахстан инвестировал в экономики государств ОТГ\b",
            "государства ОТГ инвестировали в экономику Казахстана",
        ),
    ],
    "kk": [
        (r"ТМҰ елдерінен Қазақстанға\b", "Қазақстаннан ТМҰ елдеріне"),
        (r"ТМУ елдеринен Казакстанга\b", "Казакстаннан ТМУ елдерине"),
        (r"Казакстанга ТМУ елдеринен\b", "ТМУ елдерине Казакстаннан"),
        (r"Қазақстанның ТМҰ елдеріне салған\b", "ТМҰ елдерінің Қазақстанға салған"),
    ],
}
#: An act denied: "agreed" as "did not agree", "подписали" as "не подписали".
DENIAL: dict[str, Rules] = {
    "en": [
        (r"\bagreed to\b", "did not agree to"),
        (r"\bapproved\b", "did not approve"),
        (r"\bdecided to\b", "declined to"),
        (r"\bsigned\b", "did not sign"),
        (r"\bwas concluded\b", "was not concluded"),
    ],
    "ru": [
        (r"\bдоговорились\b", "не договорились"),
        (r"\bподписали\b", "не подписали"),
        (r"\bподписано\b", "не подписано"),
        (r"\bрешили\b", "не решили"),
        (r"\bприняли решение\b", "не приняли решения"),
        (r"\bусловились\b", "не условились"),
    ],
    "kk": [
        (r"\bкелісті\b", "келіспеді"),
        (r"\bбекітілді\b", "бекітілмеді"),
        (r"\bшешім қабылдады\b", "шешім қабылдамады"),
        (r"\bуағдаласты\b", "уағдаласпады"),
        (r"\bжасалды\b", "жасалмады"),
    ],
}
#: An act undone: approved as rejected, signed as scrapped.
UNDONE: dict[str, Rules] = {
    "en": [(r"\bapproved\b", "rejected"), (r"\bsigned\b", "scrapped")],
    "ru": [(r"\bподписали\b", "отменили"), (r"\bутвердили\b", "отклонили")],
    "kk": [(r"\bбекітілді\b", "кейінге қалдырылды")],
}
#: The meeting's number changed: the 14th as the 15th, the third as the fourth.
ORDINAL: dict[str, Rules] = {
    "en": [(r"\b14th\b", "15th"), (r"\bthird\b", "fourth"), (r"\bIII\b", "IV")],
    "ru": [(r"\b14-(й|я|ой|ю)\b", r"15-\1"), (r"\bIII\b", "IV"), (r"\bтреть(я|ей)\b", r"четверт\1")],
    "kk": [(r"\b14-(ші|ши)\b", r"15-\1"), (r"\bIII\b", "IV"), (r"\bүшінші\b", "төртінші")],
}
#: A day or a month changed: "25 November" as "26 November", "22-23 October" as "22-23 November".
DAY: dict[str, Rules] = {
    "en": [(r"\b25 November\b", "26 November"), (r"\b22-23 October\b", "22-23 November")],
    "ru": [
        (r"\b25 ноября\b", "26 ноября"),
        (r"\b22–23 октября\b", "22–23 ноября"),
        (r"\b22-23 октября\b", "22-23 ноября"),
    ],
    "kk": [(r"\b25 қараша", "26 қараша"), (r"\b22-23 қазан", "22-23 қараша")],
}


#: A total over 2005–2025 (or a running total) stated as one year's: the basis changed.
BASIS: dict[str, Rules] = {
    "en": [
        (r"\b(since 2005|between 2005 and 2025|over 2005[-–]2025|over the past 20 years)", "in 2025"),
        (r"\bhas built up to\b", "in 2025 came to"),
    ],
    "ru": [
        (r"\b[Зз]а (2005–2025 годы|20 лет)", "За 2025 год"),
        (r"^Накопленные казахстанские", "В 2025 году казахстанские"),
    ],
    "kk": [
        (r"\b[Сс]оңғы (жиырма|20) жылда", "2025 жылы"),
        (r"\b2005-2025 жылдары", "2025 жылы"),
    ],
}
#: A share made larger: "more than half" as "more than three-quarters".
SHARE: dict[str, Rules] = {
    "en": [(r"\bmore than half\b", "more than three-quarters"), (r"\btwo-thirds\b", "three-quarters")],
    "ru": [(r"\b([Бб])олее половины\b", r"\1олее трех четвертей"), (r"\bдвух третей\b", "трех четвертей")],
    "kk": [(r"\bүштен екісінен\b", "төрттен үшінен"), (r"\bбасым бөлігі\b", "төрттен үші")],
}


#: A figure in words made larger (every claim these match bounds it from below or states it).
IN_WORDS: dict[str, Rules] = {
    "en": [
        (r"\bfour point three\b", "five point six"),
        (r"\bfour point nine\b", "six point four"),
        (r"\beleven and a half\b", "fifteen"),
        (r"\bone and a half\b", "two and a half"),
        (r"\bhalf a billion\b", "a billion"),
        (r"\bten billion\b", "thirteen billion"),
        (r"\bone billion\b", "two billion"),
        (r"\btwelve thousand\b", "sixteen thousand"),
        (r"\bfive billion\b", "seven billion"),
        (r"\bmore than a quarter\b", "more than a half"),
    ],
    "ru": [
        (r"\bполтора миллиарда\b", "два с половиной миллиарда"),
        (r"\bполтора миллиона\b", "два с половиной миллиона"),
        (r"\bполумиллиарда\b", "миллиарда"),
        (r"\bполмиллиарда\b", "миллиард"),
        (r"\bпяти миллиардов\b", "семи миллиардов"),
        (r"\bпревысили миллиард\b", "превысили два миллиарда"),
        (r"\bдо миллиарда\b", "до двух миллиардов"),
        (r"\bчетыре целых три десятых\b", "пять целых шесть десятых"),
        (r"\bдесятой части\b", "двадцатой части"),
    ],
    "kk": [
        (r"\bжарты миллиард\b", "бір миллиард"),
        (r"\bалты миллиард\b", "сегіз миллиард"),
        (r"\bбір жарым миллион\b", "екі жарым миллион"),
        (r"\bбир жарым миллион\b", "еки жарым миллион"),
        (r"\bтөрт жарым миллиард\b", "алты миллиард"),
        (r"\bбір миллиард\b", "екі миллиард"),
        (r"\b10 миллиард\b", "13 миллиард"),
    ],
}


#: A year's figure stated for part of it, and a part year's for the whole year.
SPAN_OF_YEAR: dict[str, Rules] = {
    "en": [
        (r"\bin 2025\b", "in January–August 2025"),
        (r"\b(?:in )?(?:January|Jan)[–-](?:August|Aug|October|Oct) 2025\b", "in 2025"),
        (r"\bin the first (?:eight|ten) months of 2025\b", "in 2025"),
    ],
    "ru": [
        (r"\bв 2025 году\b", "в январе–августе 2025 года"),
        (r"\bза 2025 год\b", "за январь–август 2025 года"),
        (r"\bпо итогам 2025 года\b", "по итогам января–августа 2025 года"),
        (r"\bза январь[–-](?:август|октябрь) 2025 года\b", "за 2025 год"),
        (r"\bв январе[–-](?:августе|октябре) 2025 года\b", "в 2025 году"),
    ],
    "kk": [
        (r"\b2025 жылы\b(?!\s+(?:қаңтар|кантар))", "2025 жылғы қаңтар-тамызда"),
        (r"\b2025 жылдың қаңтар-(?:қазанында|тамызында)", "2025 жылы"),
        (r"\b2025 жылғы қаңтар-(?:қазанда|тамызда)", "2025 жылы"),
    ],
}


#: One measure stated as another: exports as the whole turnover, the turnover as exports.
MEASURE: dict[str, Rules] = {
    "en": [
        (r"\bexports to\b", "trade with"),
        (r"\b(trade|turnover) with\b", "exports to"),
    ],
    "ru": [
        (r"\bЭкспорт Казахстана в тюркские страны\b", "Товарооборот Казахстана с тюркскими странами"),
        (r"\bэкспорт Казахстана в тюркские страны\b", "товарооборот Казахстана с тюркскими странами"),
        (r"\bтоварооборот Казахстана с тюркскими странами\b", "экспорт Казахстана в тюркские страны"),
        (r"\bТоварооборот Казахстана с тюркскими странами\b", "Экспорт Казахстана в тюркские страны"),
    ],
    "kk": [
        (r"(\w+)(ға|ге) экспорты\b", r"\1мен тауар айналымы"),
        (r"\bелдеріне экспорт(ы)?\b", "елдерімен тауар айналымы"),
        (r"\bелдерімен тауар айналымы\b", "елдеріне экспорты"),
    ],
}


#: A rounded figure insisted on to the unit: "$4.3bn" as "exactly $4.3bn" (where no qualifier
#: stands before it).
EXACTLY: dict[str, Rules] = {
    "en": [
        (
            r"\b(reached|was|totaled|totalled|hit|at|to) (\$\d[\d.,]*\s*(?:bn|billion|m|million)\b)",
            r"\1 exactly \2",
        )
    ],
    "ru": [
        (
            r"\b(составил|составила|составило|достиг|достигла|—) (\$?\d[\d,]*\s*(?:млрд|млн)\b)",
            r"\1 ровно \2",
        )
    ],
    "kk": [(r"\b(жылы|айналымы|саудасы) (\d[\d,]*\s*(?:млрд|млн)\b)", r"\1 дәл \2")],
}


#: A figure called a record or a first, which no article says of any figure.
RECORD: dict[str, Rules] = {
    "en": [
        (r"\b(reached|hit|totaled|totalled|was) (\$)", r"\1 a record \2"),
        (r"\b(exceeded|topped)\b", r"\1 for the first time"),
    ],
    "ru": [(r"\b(составил|достиг)(а|о|и)? (\d)", r"\1\2 рекордных \3"), (r"\b(превысил\w*)", r"впервые \1")],
    "kk": [(r"\b(жылы) (\d[\d,]* млрд)", r"\1 рекордтық \2"), (r"\b(асты)\b", r"алғаш рет \1")],
}


#: The figure said of a part of trade no article gives one for (oil), or as a multiple (doubled).
PART_OF_TRADE: dict[str, Rules] = {
    "en": [(r"\b(trade|turnover) (reached|hit|was|totaled|totalled|came to|stood at)\b", r"oil \1 \2")],
    "ru": [(r"\b([Тт])оварооборот (Казахстана и|Казахстана с)\b", r"\1оварооборот нефтепродуктов \2")],
    "kk": [(r"\bтауар айналымы\b", "мұнай саудасы")],
}
#: A claim that names a part of trade already, or gives its change in percent, gets neither.
SECTOR = re.compile(r"агро|agro|аграр", re.IGNORECASE)
PERCENT = re.compile(r"%|пайыз|процент|per ?cent", re.IGNORECASE)
MULTIPLE: dict[str, Rules] = {
    "en": [(r"\b(trade|turnover) (reached|hit|totaled|totalled|came to)\b", r"\1 doubled to")],
    "ru": [(r"\bтоварооборот (.{0,40}?)составил\b", r"товарооборот \1удвоился до")],
    "kk": [
        (r"\bтауар айналымы (.{0,30}?)(\d[\d,]* млрд долларға жетті)", r"тауар айналымы \1екі есе өсіп, \2")
    ],
}


#: A claim that bounds or rounds its figure, or states a target (the very number it names), is
#: not insisted on.
NOT_INSISTED = re.compile(
    r"\b(about|around|roughly|almost|nearly|over|more than|above|exceed\w*|top\w*|aim\w*|около|примерно|"
    r"порядка|почти|более|свыше|превы\w+|намерен\w*|довести|шамамен|асты|астам|жуық|ниетті|жеткіз\w*|көзде\w*)\b",
    re.IGNORECASE,
)


def _insisted(text: str, lang: str) -> Iterator[tuple[str, str]]:
    if not NOT_INSISTED.search(text):
        yield from _each(EXACTLY[lang], text, "exactly")


def _swaps(pairs: list[tuple[str, str]], text: str, kind: str) -> Iterator[tuple[str, str]]:
    """One mutant with every word of the pairs swapped at once (whole words, first letter's case kept)."""
    table = {a.lower(): b for a, b in pairs}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + r")(?!\w)",
        re.IGNORECASE,
    )

    def swapped(match: re.Match[str]) -> str:
        found, other = match.group(1), table[match.group(1).lower()]
        return other[0].upper() + other[1:] if found[0].isupper() else other

    changed = pattern.sub(swapped, text)
    if changed != text:
        yield kind, changed


# --- deadlines and places ------------------------------------------------------------------------

DEADLINE = {"en": " by 2030", "ru": " к 2030 году", "kk": " 2030 жылға дейін"}
LATIN_DEADLINE = " 2030 jylğa deiın"
#: A claim that already names a deadline or a later year gets none.
HAS_DEADLINE = re.compile(r"\bby 20|\bк 20\d\d|дейін|deiın|\b20[3-9]\d\b|\b202[6-9]\b")


def _deadline(text: str, lang: str) -> Iterator[tuple[str, str]]:
    if HAS_DEADLINE.search(text):
        return
    added = DEADLINE[lang]
    if lang == "kk" and not re.search(r"[а-яәіңғүұқөһ]", text, re.IGNORECASE):
        added = LATIN_DEADLINE
    body, stop = (text[:-1], text[-1]) if text.endswith(".") else (text, "")
    yield "deadline", body + added + stop


#: A place changed for another city the articles never hold a meeting in (in the same case ending).
PLACES: dict[str, Rules] = {
    "en": [
        (r"\bTurkestan\b", "Tashkent"),
        (r"\bin Astana\b", "in Almaty"),
        (r"\bKhiva\b", "Samarkand"),
    ],
    "ru": [
        (r"Туркестан", "Ташкент"),
        (r"\bв Астане\b", "в Алматы"),
        (r"\bХив(е|а|у)\b", r"Самарканд\1"),
    ],
    "kk": [
        (r"Түркістан(?=да|дағы|ның|ға| )", "Алматы"),
        (r"Туркистан(?=да|дагы|нын|га| )", "Алматы"),
        (r"\bАстанада\b", "Алматыда"),
    ],
}


def mutants(claim: dict[str, Any]) -> Iterator[Mutant]:
    text, lang = claim["text"], claim["lang"]
    as_of = claim.get("as_of", TODAY)
    kinds: list[Callable[[], Iterator[tuple[str, str]]]] = [
        lambda: _figures(text, lang),
        lambda: _each(STRONGER[lang], text, "qualifier", lang),
        lambda: _years(text),
        lambda: _partners(text, lang),
        lambda: _direction(text, lang),
        lambda: _deadline(text, lang),
        lambda: _each(PLACES[lang], text, "place"),
        lambda: _swaps(TREND[lang], text, "trend"),
        lambda: _each(TREND_WORDS.get(lang, []), text, "trend"),
        lambda: _swaps(MONTHS[lang], text, "months"),
        lambda: _each(RANK[lang], text, "rank"),
        lambda: _each(STATUS[lang], text, "status"),
        lambda: _each(INVESTMENT[lang], text, "investment"),
        lambda: _each(DENIAL[lang], text, "denial"),
        lambda: _each(UNDONE[lang], text, "undone"),
        lambda: _each(ORDINAL[lang], text, "ordinal"),
        lambda: _each(DAY[lang], text, "day"),
        lambda: _each(BASIS[lang], text, "basis"),
        lambda: _each(SHARE[lang], text, "share"),
        lambda: _each(IN_WORDS[lang], text, "in words"),
        lambda: _each(SPAN_OF_YEAR[lang], text, "part year"),
        lambda: _each(MEASURE[lang], text, "measure"),
        lambda: _insisted(text, lang),
        lambda: _each(RECORD[lang], text, "record"),
        lambda: _each(PART_OF_TRADE[lang], text, "part of trade") if not SECTOR.search(text) else iter(()),
        lambda: _each(MULTIPLE[lang], text, "multiple") if not PERCENT.search(text) else iter(()),
    ]
    seen = {text}
    for make in kinds:
        for kind, changed in make():
            if changed not in seen:
                seen.add(changed)
                yield Mutant(kind, text, changed, as_of)
    if "as_of" in claim:
        for shift in (-1, 1):
            yield Mutant(f"as_of {shift:+d}y", text, text, as_of.replace(year=as_of.year + shift))


#: Mutants the articles do back after all (a weaker claim about another partner, a figure that is
#: another stated one), each with the quote that backs it.
BACKED: dict[str, str] = {
    "Kazakhstan did more business with Turkey than with Kyrgyzstan last year, going by turnover.": (
        "Турцией – 4,9 млрд долларов"
    ),
    "Товарооборот Казахстана с Узбекистаном в 2025 году превысил 400 миллионов долларов.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Торговля Казахстана с Узбекистаном в 2025 году более чем в четыре раза превзошла торговлю с Азербайджаном.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Өзбекстан, Түркия, Қырғызстан және Әзірбайжанмен 2025 жылғы тауар айналымының жиыны 16 млрд долларға жетпеді.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Қырғызстан, Түркия, Қырғызстан және Әзірбайжанмен 2025 жылғы тауар айналымының жиыны 12 млрд долларға жетпеді.": (
        "Турцией – 4,9 млрд долларов"
    ),
    "Өзбекстан, Түркия, Өзбекстан және Әзірбайжанмен 2025 жылғы тауар айналымының жиыны 12 млрд долларға жетпеді.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Өзбекстан, Әзербайжан, Қырғызстан және Әзірбайжанмен 2025 жылғы тауар айналымының жиыны 12 млрд долларға жетпеді.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Өзбекстан, Түркия, Қырғызстан және Өзбекстанмен 2025 жылғы тауар айналымының жиыны 12 млрд долларға жетпеді.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Қаңтар-қазанда түркі елдеріне экспорт осы елдермен тауар айналымының 36 пайызынан астамын құрады.": (
        "Экспорт 16,6 пайызға ұлғайып, шамамен 7,9 млрд АҚШ долларын құрады"
    ),
    "Кыргызстан да турки сауда-онеркасип палаталары одагынын мушеси.": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    "In 2025 Kazakhstan traded more than four times as much with Uzbekistan as with Azerbaijan": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Kazakhstan's turnover with Azerbaijan stood at $425 million in 2025, well short of a billion.": (
        "Азербайджаном – 425 млн долларов"
    ),
    "Түркі сауда-өнеркәсіп палаталары одағы 2019 жылы құрылған, бүгінде оның құрамында Қырғызстан да бар": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    "Түркі СӨП одағында Қырғызстан толық мүше, ал Мажарстан — байқаушы": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    "Hungary sits in the Union of Chambers of Commerce and Industry of Turkic States as an observer, while Kyrgyzstan is a full member.": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    "«Атамекен» төралқа төрағасының сөзінше, түркі экономикалық кеңістігінде 108 миллионнан көп адам тұрады.": (
        "Бүгінде түркі экономикалық кеңістігі 180 миллионнан астам халықты қамтиды"
    ),
    "Trade between Kazakhstan and Azerbaijan did not reach a billion dollars in 2025.": "Азербайджаном – 425 млн долларов",
    "Kazakh-Turkish turnover came in above $400 million in 2025": "Турцией – 4,9 млрд долларов",
    "С Узбекистаном Казахстан наторговал в 2025 году более чем на полтора миллиарда долларов": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Товарооборот Казахстана и Узбекистана в 2025 году превысил 400 млн долларов": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Kazakstannyn TMU memleketteri ekonomikasyna 2025 jyly salgan investitsiyasy 1,3 mlrd dollardan asty.": (
        "ТМҰ мемлекеттерінің экономикаларына қазақстандық инвестициялар 2025 жылы 1,3 млрд доллардан астамын"
    ),
    "Түркі мемлекеттерінің өзара саудасы 11,9 млрд доллардан асты": (
        "ТМҰ елдерінің өзара сауда көлемі 11,9 млрд АҚШ долларынан асты"
    ),
    "За январь–октябрь 2025 года экспорт Казахстана в тюркские страны вырос более чем на 13%": (
        "Экспорт 16,6 пайызға ұлғайып, шамамен 7,9 млрд АҚШ долларын құрады"
    ),
    "2025 жылы Қазақстаннан ТМҰ елдеріне тартылған тікелей инвестиция 200 млн доллардан асты": (
        "ТМҰ мемлекеттерінің экономикаларына қазақстандық инвестициялар 2025 жылы 1,3 млрд доллардан астамын"
    ),
    "За январь–октябрь 2025 года товарооборот Казахстана с тюркскими странами вырос более чем на 10%": (
        "Қазақстанның түркі елдерімен тауар айналымы 11 млрд АҚШ долларына жетіп, 10 пайыздан астамға өскен"
    ),
    "Кыргызстан входит в Союз торгово-промышленных палат тюркских государств": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан"
        " және байқаушы мемлекет ретінде Мажарстан кіреді"
    ),
    "Mutual trade of OTS member states stood at more than $11.9 billion in 2025.": (
        "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США"
    ),
    "Взаимная торговля государств ОТГ по итогам 2025 года составила более 11,9 млрд долларов.": (
        "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США"
    ),
    "Взаимная торговля государств ОТГ по итогам 2025 года превысила порядка 11,9 млрд долларов.": (
        "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США"
    ),
    "ТМҰ елдерінің өзара саудасы 2025 жылы 11,9 млрд доллардан асты.": (
        "ТМҰ елдерінің өзара сауда көлемі 11,9 млрд АҚШ долларынан асты"
    ),
    "ТМҰ елдерінің өзара саудасы 2025 жылы 11,9 млрд доллардан астам құрады.": (
        "ТМҰ елдерінің өзара сауда көлемі 11,9 млрд АҚШ долларынан асты"
    ),
    "Abildabekov and Teshabayev: KZ and UZ intend to bring mutual trade to exactly $10bn": (
        "Стороны намерены довести объём взаимной торговли до $10 млрд"
    ),
    "В 2025 году товарооборот Казахстана с Турцией оказался больше, чем с Кыргызстаном.": (
        "Турцией – 4,9 млрд долларов, Кыргызстаном – почти 2 млрд долларов"
    ),
    "Объём торговли Казахстана с Азербайджаном в прошлом году не дотянул и до миллиарда долларов.": (
        "Азербайджаном – 425 млн долларов"
    ),
    "Казакстаннын Азербайжанмен саудасы 2025 жылы бір миллиард долларга жетпеди.": (
        "Әзірбайжанмен - 425 млн доллар"
    ),
    "Was Kazakhstan's trade with Azerbaijan last year below a billion dollars?": "Азербайджаном – 425 млн долларов",
    "KZ trade w/ Turkic countries Jan-Oct '25: $11bn, up 6%+ y/y": "11 млрд АҚШ долларына жетіп, 10 пайыздан астамға өскен",
    # A range made wider still holds the figure.
    "Kazakhstan's trade with Uzbekstan was somewhere between 2 and 5 billion dollars in 2025.": "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов",
    "Kazakhstan's trade with Uzbekstan was somewhere between 4 and 6.5 billion dollars in 2025.": "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов",
    "Товарооборот Казахстана с Узбекистаном по итогам 2025 года составил от 2 до 5 млрд долларов.": "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов",
    "Товарооборот Казахстана с Узбекистаном по итогам 2025 года составил от 4 до 6,5 млрд долларов.": "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов",
    "Kazakh–Turkish turnover in 2025 landed somewhere between $2 billion and $5 billion.": "Турцией – 4,9 млрд долларов",
    "Kazakh–Turkish turnover in 2025 landed somewhere between $4 billion and $6.5 billion.": "Турцией – 4,9 млрд долларов",
    "Қазақстан мен Түркия арасындағы сауда 2025 жылы 2 пен 5 млрд доллар аралығында болды.": "Түркиямен - 4,9 млрд доллар",
    "Қазақстан мен Түркия арасындағы сауда 2025 жылы 4 пен 6,5 млрд доллар аралығында болды.": "Түркиямен - 4,9 млрд доллар",
    "С Кыргызстаном Казахстан наторговал в 2025 году на сумму от 0,9 до 2 млрд долларов.": "Кыргызстаном – почти 2 млрд долларов",
    "С Кыргызстаном Казахстан наторговал в 2025 году на сумму от 1,5 до 3 млрд долларов.": "Кыргызстаном – почти 2 млрд долларов",
    "Оборот Казахстана с Кыргызстаном за 2025 год уложился в диапазон от 0,9 до 2,5 млрд долларов": (
        "Кыргызстаном – почти 2 млрд долларов"
    ),
    "Оборот Казахстана с Кыргызстаном за 2025 год уложился в диапазон от 1,5 до 3,2 млрд долларов": (
        "Кыргызстаном – почти 2 млрд долларов"
    ),
    "2025 жылы Әзірбайжанмен тауар айналымы бір миллиард долларға жетпеді": "Әзірбайжанмен - 425 млн доллар",
    "Түркі палаталары одағының құрамында Қырғызстан да бар ма? Иә": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан"
    ),
    "KZ and UZ eye up to exactly $10bn in mutual trade": "Стороны намерены довести объём взаимной торговли до $10 млрд",
    "OTS mutual trade passed the $7.1bn mark in 2025, BAQ says": (
        "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США"
    ),
    "2025 жылы Қазақстанның Түркиямен тауар айналымы Қырғызстанмен саудасынан көп болды.": (
        "Түркиямен - 4,9 млрд доллар"
    ),
    "Kazakhstan and Uzbekistan want to take bilateral trade to exactly $10 billion.": (
        "Стороны намерены довести объём взаимной торговли до $10 млрд"
    ),
    "Қазақстанның Әзірбайжанмен өткен жылғы тауар айналымы бір миллиард долларға жетпеді.": (
        "Әзірбайжанмен - 425 млн доллар"
    ),
    "Өзбекстанмен 2025 жылғы тауар айналымы 1,5 млрд доллардан асты.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "2025 жылы Қазақстан ТМҰ мемлекеттерінің экономикасына 1,3 млрд доллардан астам инвестиция салды.": (
        "2025 жылы 1,3 млрд доллардан астамын қоса алғанда"
    ),
    "Kazakhstan's trade with Uzbekistan came to more than one and a half billion dollars in 2025.": (
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"
    ),
    "Mutual trade among OTS countries passed $7 billion in 2025.": (
        "По итогам 2025 года объем взаимной торговли стран ОТГ превысил 11,9 млрд долларов США."
    ),
    "Одақ құрамында Қырғызстан да бар ма": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан "
        "және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    "Tokayev: Kazakhstan and Turkmenistan will take steps to lift mutual trade to exactly $1 billion.": (
        "Мы условились предпринять необходимые шаги для увеличения объема взаимной торговли до одного миллиарда"
    ),
    "Tokayev said in Astana on 25 November that Kazakhstan and Turkmenistan intend to lift mutual trade to"
    " exactly $1 billion, and that Kazakhstan proposed a work plan to get there.": (
        "намерены довести взаимный товарооборот до одного миллиарда долларов США"
    ),
    "The Turkic chambers' union, set up in 2019, counts Kyrgyzstan among its members and Hungary as an observer.": (
        "Қазіргі уақытта одақ құрамына Әзербайжан, Қазақстан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан "
        "және байқаушы мемлекет ретінде Мажарстан кіреді."
    ),
    # Another partner that also fits: Turkey's $4.9 bn is more than Uzbekistan's $4.3 bn and
    # Azerbaijan's $425 m together.
    "Товарооборот РК с Турцией в 2025 году оказался больше, чем с Узбекистаном и Азербайджаном вместе взятыми.": (
        "Узбекистаном – 4,3 млрд долларов, Турцией – 4,9 млрд долларов"
    ),
    "С одной Турцией Казахстан в 2025 году наторговал больше, чем с Узбекистаном и Азербайджаном, вместе взятыми.": (
        "Узбекистаном – 4,3 млрд долларов, Турцией – 4,9 млрд долларов"
    ),
    "Казахстан передал Узбекистану список из 40 перспективных товаров более чем на $330 млн.": (
        "Казахстан представил Узбекистану перечень из 40 перспективных товаров на сумму более $550 млн."
    ),
    # A weaker bound that still holds, and another partner the same ranking puts below Turkey.
    "Azerbaijan comes last of Kazakhstan's four OTS trade partners in 2025, at under a billion dollars": (
        "Азербайджаном – 425 млн долларов"
    ),
    "В 2025-м торговля Казахстана с Турцией обогнала торговлю с Кыргызстаном": (
        "Турцией – 4,9 млрд долларов, Кыргызстаном – почти 2 млрд долларов"
    ),
}

COUNTS: dict[str, list[int]] = {}
WRONG: list[tuple[Mutant, str]] = []


@pytest.fixture(scope="module")
def judged(base: FactBase) -> list[tuple[Mutant, str]]:
    from otg_cli.verify import check_text

    found: list[tuple[Mutant, str]] = []
    for claim in supported_claims():
        for mutant in mutants(claim):
            verdict = check_text(mutant.text, base, mutant.as_of).verdict
            found.append((mutant, verdict))
            counts = COUNTS.setdefault(mutant.kind, [0, 0])
            counts[0] += 1
            if verdict == "supported" and mutant.text not in BACKED:
                counts[1] += 1
                WRONG.append((mutant, verdict))
    return found


def test_every_kind_of_mutation_is_made(judged: list[tuple[Mutant, str]]) -> None:
    kinds = {m.kind.split()[0] for m, _ in judged}
    assert kinds == {
        "figure",
        "qualifier",
        "year",
        "partner",
        "direction",
        "deadline",
        "place",
        "as_of",
        "trend",
        "months",
        "rank",
        "status",
        "investment",
        "denial",
        "ordinal",
        "day",
        "basis",
        "share",
        "in",
        "part",
        "measure",
        "exactly",
        "record",
        "multiple",
        "undone",
    }


def test_no_mutant_is_called_supported(judged: list[tuple[Mutant, str]]) -> None:
    assert [(m.kind, m.text, str(m.as_of)) for m, _ in WRONG] == []


def report() -> str:
    if not COUNTS:
        return ""
    lines = ["mutants of the supported golden claims (made, wrongly supported):"]
    lines += [f"  {kind}: {made}, {wrong}" for kind, (made, wrong) in sorted(COUNTS.items())]
    total = [sum(c[0] for c in COUNTS.values()), sum(c[1] for c in COUNTS.values())]
    lines.append(f"  all: {total[0]}, {total[1]}")
    return "\n".join(lines)

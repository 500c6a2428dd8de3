"""The words of the claim reader, per language, kept as data in en.toml, ru.toml and kk.toml.

Like dateparser's language files, each file lists what a language says and what it means; the code
here only reads them. `spell_numbers` rewrites numbers written in words ("four point three
billion", "полмиллиарда", "төрт жарым миллиард") as digits, so that the amount reader sees
"4.3 billion", "0.5 миллиарда", "4.5 миллиард". Only a run of number words right before a scale
word (billion, млрд, миллион, мың ...) is rewritten: "one of the partners" stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "ru", "kk")
_FOLDER = Path(__file__).resolve().parent

#: Words that give a number its scale; the number words right before one are read as a number.
SCALE_WORDS = re.compile(
    r"^(?:trillion|billion|bn|bln|million|mln|thousand|трлн|триллион\w*|млрд|миллиард\w*|млн|миллион\w*|тыс\w*|мың\w*"
    r"|months?|месяц\w*|ай|айы|айда|айында|айдың|years|лет|жыл\w*)$"
)
_GLUED_HALF = r"(?<!\w)(пол|полу)(миллиард\w*|миллион\w*|тысяч\w*)"
#: A scale word in the singular with no number before it: one of it ("превысили миллиард
#: долларов", "миллиардтан асты", "мыңға жуық кәсіпорын"). Plurals ("миллиардов", "billions")
#: stay words: they give no figure.
_LONE_SCALE = (
    r"миллиард(?:а|ом|е|тан|қа|ға)?|миллион(?:а|ом|е|нан|ға)?|тысяч[иа]?|мың(?:нан|ға)?|мын(?:нан|га)?"
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


@cache
def load(language: str) -> dict[str, Any]:
    """One language's lexicon file, parsed (read through its checked twin, `datafiles`)."""
    from otg_cli import datafiles

    lexicon: dict[str, Any] = datafiles.load(_FOLDER / f"{language}.toml")
    return lexicon


@cache
def entries(table: str) -> tuple[tuple[str, Any], ...]:
    """Every entry of one table ([numbers], [countries] ...) in every language, in language order."""
    return tuple(item for language in LANGUAGES for item in load(language).get(table, {}).items())


@cache
def _words() -> tuple[dict[str, float], dict[str, float], dict[str, str]]:
    return dict(entries("numbers")), dict(entries("fractions")), dict(entries("words"))


@cache
def _denominators() -> dict[str, float]:
    return dict(entries("denominators"))


def _value(run: list[str]) -> float | None:
    """The number a run of number words says, or None when it is not one."""
    numbers, fractions, words = _words()
    if run == ["a"]:
        return 1.0
    point = next((i for i, w in enumerate(run) if words.get(w) == "."), None)
    if point is not None:
        # "four point three", "четыре целых три десятых", "төрт бүтін оннан үш"
        integer = _value(run[:point]) or 0.0
        decimals = run[point + 1 :]
        over = [_denominators()[w] for w in decimals if w in _denominators()]
        if over:
            numerator = _value([w for w in decimals if w not in _denominators()])
            return integer + numerator / over[0] if numerator is not None else None
        digits = "".join(str(int(numbers[w])) for w in decimals if w in numbers)
        return float(f"{int(integer)}.{digits}") if digits else None
    total = 0.0
    for word in run:
        if word in ("a", "and") or words.get(word) == "and":
            continue
        if word in fractions:
            total += fractions[word]
        elif words.get(word) == "+0.5":
            total += 0.5
        elif numbers.get(word) == 100:  # "four hundred", "төрт жүз": a hundred times what went before
            total = max(total, 1.0) * 100
        elif word in numbers:
            total += numbers[word]
        else:
            return None
    return total or None


def _is_number_word(word: str) -> bool:
    numbers, fractions, words = _words()
    return word in numbers or word in fractions or word in words or word in _denominators() or word == "and"


def _spell_lone_scales(text: str, tokens: list[re.Match[str]]) -> str:
    """ "миллиард" with neither digits nor number words before it, as "1 миллиард"."""
    if not any(scale in text for scale in ("миллиард", "миллион", "тысяч", "мың", "мын")):
        return text  # `re` compiles the pattern only for a text with one of the words
    for index in reversed(range(len(tokens))):
        token = tokens[index]
        if not re.fullmatch(_LONE_SCALE, token.group()):
            continue
        before = tokens[index - 1].group() if index else ""
        # A number word before the scale says the number; a word that only joins numbers ("с
        # миллиарда" is "from a billion") does not.
        if before and (before[0].isdigit() or (_is_number_word(before) and _words()[2].get(before) != "and")):
            continue
        text = f"{text[: token.start()]}1 {text[token.start() :]}"
    return text


#: A thousand inside a number said in words: "тысячи трёхсот" is 1300, "бір мың үш жүз" 1300.
_THOUSAND = r"^(?:thousand|тысяч\w*|мың)$"


def _spell_thousands(text: str) -> str:
    """A number in words that goes on past its thousand ("свыше тысячи трёхсот совместных
    предприятий", "one thousand three hundred") in digits: "свыше 1300 совместных предприятий"."""
    if not any(thousand in text for thousand in ("thousand", "тысяч", "мың")):
        return text  # `re` compiles the pattern only for a text with one of the words
    tokens = list(_TOKEN.finditer(text))
    for index in reversed(range(len(tokens))):
        if not re.match(_THOUSAND, tokens[index].group()):
            continue
        end = index + 1
        while end < len(tokens) and _is_number_word(tokens[end].group()):
            end += 1
        rest = _value([t.group() for t in tokens[index + 1 : end]]) if end > index + 1 else None
        if rest is None:
            continue
        start = index
        while start > 0 and _is_number_word(tokens[start - 1].group()):
            start -= 1
        before = [t.group() for t in tokens[start:index]]
        if not before and index and tokens[index - 1].group().isdigit():
            start, before = index - 1, [tokens[index - 1].group()]
        times = float(before[0]) if before and before[0].isdigit() else (_value(before) if before else 1.0)
        if times is None:
            continue
        text = f"{text[: tokens[start].start()]}{times * 1000 + rest:g}{text[tokens[end - 1].end() :]}"
    return text


#: The words of a percentage: a number in words before one is its figure ("ten per cent", "десять
#: процентов", "он пайыз").
_PERCENT_WORDS = re.compile(r"^(?:percent|процент\w*|пайыз\w*)$")


def _percent_word(tokens: list[re.Match[str]], index: int) -> bool:
    word = tokens[index].group()
    if word == "per":
        return index + 1 < len(tokens) and tokens[index + 1].group() == "cent"
    return bool(_PERCENT_WORDS.match(word))


def spell_numbers(text: str) -> str:
    """The text with every number written in words before a scale word or a percentage's word
    written in digits."""
    if "пол" in text:
        text = re.sub(_GLUED_HALF, lambda m: f"0.5 {m[2]}", text)
    text = _spell_thousands(text)
    tokens = list(_TOKEN.finditer(text))
    text = _spell_lone_scales(text, tokens)
    tokens = list(_TOKEN.finditer(text))
    replaced: list[tuple[int, int, str]] = []
    for index, token in enumerate(tokens):
        if not (SCALE_WORDS.match(token.group()) or _percent_word(tokens, index)):
            continue
        start = index
        while start > 0 and _is_number_word(tokens[start - 1].group()):
            start -= 1
        run = [t.group() for t in tokens[start:index]]
        value = _value(run) if run else None
        if value is not None:
            replaced.append((tokens[start].start(), tokens[index - 1].end(), f"{value:g}"))
    for begin, end, digits in reversed(replaced):
        text = text[:begin] + digits + text[end:]
    return text


@cache
def _months() -> dict[str, tuple[int, str]]:
    """Month names (English, whole) and starts (Russian, Kazakh, and Kazakh with its letters
    folded) to their numbers and languages."""
    from otg_cli.text import fold

    months: dict[str, tuple[int, str]] = {}
    for language in LANGUAGES:
        for word, number in load(language).get("months", {}).items():
            months[word] = (int(number), language)
            months.setdefault(fold(word), (int(number), language))
    return months


#: What may follow a Russian month's start: a case ending ("ноябр|я", "мая", "январ|ём"), never a
#: Kazakh suffix ("күнбағыс май|ы" is sunflower oil, not May).
_RUSSIAN_MONTH_ENDING = re.compile(r"(?:ь|й|я|е|ю|и|а|у|ем|ём|ом)?")


def month_of(word: str) -> int | None:
    """The month a word names: an English name whole or cut short ("dec", "december", not
    "decide"); a Russian one by its start and a case ending (ноября, мая, not майы); a Kazakh one
    by its start (қарашада); else None."""
    months = _months()
    word = word.lower().rstrip(".")
    if word.isascii():
        found = months.get(word)
        return found[0] if found else None
    from otg_cli.text import fold

    # Kazakh typed without its letters ("кантар") matches the folded names.
    starts = sorted(months, key=len, reverse=True)
    start = next((m for m in starts if word.startswith(m) or fold(word).startswith(m)), None)
    if start is None:
        return None
    number, language = months[start]
    ending = (word if word.startswith(start) else fold(word))[len(start) :]
    if language == "ru" and (len(word) < 3 or not _RUSSIAN_MONTH_ENDING.fullmatch(ending)):
        return None
    return number


@cache
def _shares() -> tuple[tuple[str, str], ...]:
    """Shares said in words ("two-thirds", "двух третей", "үштен екісі", "the majority of"), longest
    first, each as the figure it stands for: "66.6667%", or "over 50%" where the words bound it."""
    shares = [(w, _share_figure(v)) for w, v in entries("shares")]
    return tuple(sorted(shares, key=lambda pair: len(pair[0]), reverse=True))


def _share_figure(value: float | str) -> str:
    if isinstance(value, str):  # "over 50": a bound, in the words the claim reader takes for it
        qualifier, _, number = value.partition(" ")
        return f"{qualifier} {float(number):g}%"
    return f"{float(value):g}%"


def spell_shares(text: str) -> str:
    """The text with every share said in words written as a percentage: "more than two-thirds of"
    becomes "more than 66.6667% of", so that the figure reader sees a percentage. The lexicon
    lists whole word forms: "the first half of 2025" and "третий квартал" are not shares."""
    from otg_cli.text import find_words, fold

    words, percents = _share_words()
    # Matched on the folded text (Kazakh typed without its letters: "торттен бирин"), whose letters
    # stand where the text's do, and replaced in the text itself.
    folded = fold(text)
    for start, end in reversed(find_words(folded, words, whole=True)):
        # "a tenth of total turnover" keeps its "of": what follows says whose share it is.
        said = folded[start:end]
        of = " of" if said.endswith(" of") else ""
        text = f"{text[:start]}{percents[said]}{of}{text[end:]}"
    return text


@cache
def _share_words() -> tuple[tuple[str, ...], dict[str, str]]:
    """The shares' words, folded (looked up by longest match), and the percentage each stands for."""
    from otg_cli.text import fold

    shares = [(fold(words), percent) for words, percent in _shares()]
    return tuple(words for words, _ in shares), dict(shares)


#: The measures whose figure is a count of things: a number in words before one of their nouns
#: ("seven trade contracts", "семь торговых контрактов") is the count.
COUNTED = (
    "investment_projects",
    "trade_contracts",
    "joint_ventures",
    "companies",
    "export_offer",
    "construction",
)


def _number_runs(text: str, tokens: list[re.Match[str]], *, apart: bool) -> Iterator[tuple[int, int]]:
    """Each token's run of number words, as (first, past the last) token indexes; an empty run
    (first == last) where a token is no number word. `apart`: words only one space apart."""
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) and _is_number_word(tokens[end].group()):
            if apart and end > index and text[tokens[end - 1].end() : tokens[end].start()].strip():
                break
            end += 1
        yield index, end
        index = max(end, index + 1)


def spell_counts(text: str) -> str:
    """The text with a run of number words right before the noun of a counted measure (one word
    may stand between: "семь торговых контрактов") written in digits: "7 торговых контрактов"."""
    from otg_cli.text import fold

    indicators = word_lists("indicators")
    nouns = (*(w for m in COUNTED for w in indicators.get(m, ())), *word_lists("counted").get("words", ()))
    tokens = list(_TOKEN.finditer(text))
    replaced: list[tuple[int, int, str]] = []
    for index, end in _number_runs(text, tokens, apart=False):
        run = [t.group() for t in tokens[index:end]]
        value = _value(run) if run and run not in (["and"], ["a"]) else None
        after = fold(text[tokens[end - 1].end() :]).lstrip() if end > index else ""
        following = after.split(" ", 1)[1] if " " in after else ""
        if value is not None and (after.startswith(nouns) or following.startswith(nouns)):
            replaced.append((tokens[index].start(), tokens[end - 1].end(), f"{value:g}"))
    for begin, stop, digits in reversed(replaced):
        text = text[:begin] + digits + text[stop:]
    return text


def spell_number_words(text: str) -> str:
    """`spell_numbers`, then every other run of number words in digits too ("восьми зданий" ->
    "8 зданий"), for reading a quote against the figure its record gives. A lone word for one
    ("a", "бір", "один") or of two letters (Kazakh "он", ten, is Russian "he") stays a word."""
    text = spell_numbers(text)
    tokens = list(_TOKEN.finditer(text))
    replaced: list[tuple[int, int, str]] = []
    # A run is number words one space apart ("двадцать пять"), not across punctuation.
    for index, end in _number_runs(text, tokens, apart=True):
        run = [t.group() for t in tokens[index:end]]
        value = _value(run) if run and run != ["and"] else None
        if value is not None and not (len(run) == 1 and (value == 1 or len(run[0]) <= 2)):
            replaced.append((tokens[index].start(), tokens[end - 1].end(), f"{value:g}"))
    for begin, stop, digits in reversed(replaced):
        text = text[:begin] + digits + text[stop:]
    return text


@cache
def english_words() -> frozenset[str]:
    """Words that make a text English, not Kazakh in the Latin alphabet: the English stop words."""
    return frozenset(str(w) for w in load("en").get("stopwords", {}).get("words", ()))


@cache
def latin_kazakh_words() -> tuple[str, ...]:
    """Starts of words only Kazakh in the Latin alphabet writes ("jyly", "tauar"): they tell it
    from English where it is typed in plain ASCII letters ("Kazakstan men Ozbekstan ...")."""
    return tuple(str(w) for w in load("kk").get("latin", {}).get("words", ()))


def expanded(text: str) -> str:
    """A claim with its abbreviations written out: a country's code or abbreviation as the
    lexicon's [abbreviations] name it ("KZ-UZ trade", "РК и Узбекистан", "ҚР"), in the claim's own
    case and as a whole word only; a compound word's start as [compounds] write it out
    ("инвестфондом": "инвестиционный фондом"), a synonym's as the sources' word ([synonyms]); and
    a year cut to its last two digits after an apostrophe ("in '25", "Jan-Aug ’25") as the whole
    year. The country a currency is named after ("долларов США", "АҚШ доллары", "US dollars") is
    left out: it is no party of the claim."""
    text = _currency_country().sub(lambda found: found.group("currency") or "", text)
    pattern, names = _abbreviations()
    if pattern.search(text):
        text = pattern.sub(lambda found: names[found.group()], text)
    starts, written = _compounds()
    if starts.search(text):
        text = starts.sub(lambda found: written[found.group().lower()], text)
    return re.sub(r"(?<![\w'’])['’]([0-9]{2})\b(?!['’])", r"20\1", text)


@cache
def _currency_country() -> re.Pattern[str]:
    """The lexicon's [currency_countries] beside a word of its [units] for the dollar: "США" after
    "долл." or "долларов" (the currency kept as group `currency`), "АҚШ" and "US" before
    "доллар", "dollars" or "$"."""
    names = [str(word) for _, words in entries("currency_countries") for word in words]
    countries = "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)"
    dollars = [str(word) for unit, words in entries("units") if unit == "USD" for word in words]
    currency = "|".join(sorted(map(re.escape, dollars), key=len, reverse=True))
    after = rf"(?P<currency>(?<!\w)(?:{currency})\w*\.?)\s+(?:{countries})(?!\w)"
    before = rf"(?<!\w)(?:{countries})\s*(?={currency})"
    return re.compile(f"{after}|{before}", re.IGNORECASE)


@cache
def _compounds() -> tuple[re.Pattern[str], dict[str, str]]:
    """Word starts the lexicon's [compounds] write out ("инвестфонд": "инвестиционный фонд"), and
    its [synonyms] say as the sources do ("сессия": "заседание", "harbours": "ports")."""
    pairs = (*entries("compounds"), *entries("synonyms"))
    written = {str(start).lower(): str(whole) for start, whole in pairs}
    starts = "|".join(sorted(map(re.escape, written), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{starts})", re.IGNORECASE), written


def lower_case_abbreviations() -> tuple[str, ...]:
    """The abbreviations the lexicon's [lower_case_abbreviations] allow in lower case too."""
    return tuple(str(w) for _, words in entries("lower_case_abbreviations") for w in words)


def abbreviations_of(text: str) -> list[tuple[str, str]]:
    """The abbreviations `expanded` writes out in the text, each with its name, in order."""
    pattern, names = _abbreviations()
    return [(found.group(), names[found.group()]) for found in pattern.finditer(text)]


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {str(short): str(name) for short, name in entries("abbreviations")}
    # Some are typed in lower case as well ("экспорт рк", "kz-uz"): those no word of the language is.
    names |= {str(short): names[str(short).upper()] for short in lower_case_abbreviations()}
    words = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?<!\w\.)(?:{words})(?!\w|\.\w)"), names


def readable(text: str) -> str:
    """A claim or quote as the readers take it: Kazakh in the Latin alphabet in Cyrillic."""
    from otg_cli.text import from_latin_kazakh

    return from_latin_kazakh(text, english_words(), latin_kazakh_words())


def claim_readable(text: str) -> str:
    """A claim as the claim readers take it: abbreviations written out, then `readable`."""
    return readable(expanded(text))


@cache
def word_lists(table: str) -> dict[str, tuple[str, ...]]:
    """A lexicon table of word lists, merged over the languages: {name: words, folded}; a Kazakh
    word that ends in к, қ or п also as a suffix voices it (`text.voiced_forms`: "тапшылығы")."""
    from otg_cli.text import fold, voiced_forms

    merged: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        for name, words in load(language).get(table, {}).items():
            folded = (fold(word) for word in words)
            forms = (f for word in folded for f in (voiced_forms(word) if language == "kk" else (word,)))
            merged[name] = merged.get(name, ()) + tuple(forms)
    return merged

"""Ready-to-paste attribution lines: "According to BAQ.KZ (20 February 2026), ...".

English lines are written from the fact's fields. Russian and Kazakh lines follow local news
convention ("По данным BAQ.KZ ...", "BAQ.KZ мәліметінше ...") and carry the source's own words as a
quote, in its own language, rather than a machine-made sentence. Dates and numbers use Babel's
locale data; a date the source does not state is said to be not stated, never guessed.
"""

from __future__ import annotations

import datetime
import re

from otg_cli import i18n
from otg_cli.errors import OtgError
from otg_cli.figures import EN_HEDGES, EN_VERBS, english_amount
from otg_cli.kinds import kind_of
from otg_cli.meetings import Target
from otg_cli.models import Citation, Fact, FactBase, Source
from otg_cli.partial_dates import parts
from otg_cli.periods import describe_date, describe_period, span

LANGUAGES = ("en", "ru", "kk")
STYLES = ("text", "markdown")

_LANGUAGE_NAMES = {
    "en": {"ru": "Russian", "kk": "Kazakh", "en": "English"},
    "ru": {"ru": "на русском", "kk": "на казахском", "en": "на английском"},
    "kk": {"ru": "орыс тілінде", "kk": "қазақ тілінде", "en": "ағылшын тілінде"},
}

_NOT_STATED = {"en": "date not stated", "ru": "дата не указана", "kk": "күні көрсетілмеген"}


#: How a line names whose statistics the article reports (`Source.reporter`), after the date.
_REPORTER = {"en": "figures", "ru": "данные", "kk": "деректер"}


def _date(source: Source, language: str) -> str:
    """The publication date as precise as the article gives it ("20 February 2026", "2026"), then
    whose statistics these are where the source records it."""
    reporter = f"; {_REPORTER[language]}: {source.reporter}" if source.reporter else ""
    if source.published is None:
        return _NOT_STATED[language] + reporter
    year, month, day = parts(source.published)
    if language == "en":
        month_name = None if month is None else datetime.date(2000, month, 1).strftime("%B")
        return " ".join(str(p) for p in (day, month_name, year) if p is not None) + reporter
    if language == "kk":
        with i18n.using("kk"):
            text = " ".join(str(p) for p in (day, None if month is None else i18n.month(month)) if p)
            return (i18n.dated(text, year) if text else str(year)) + reporter
    from babel.dates import format_date, format_skeleton

    if year is not None and month is not None and day is not None:
        return format_date(datetime.date(year, month, day), format="long", locale=language) + reporter
    skeleton = "y" if month is None else ("yMMMM" if day is None else "MMMMd")
    # Only the parts the skeleton names are shown; the others are placeholders, never printed.
    shown = format_skeleton(skeleton, datetime.date(year or 2000, month or 1, day or 1), locale=language)
    return shown + reporter


def _choose(citations: tuple[Citation, ...], base: FactBase, language: str) -> Citation:
    """The citation in the wanted language if there is one, else the first."""
    return next((c for c in citations if base.sources[c.source].language == language), citations[0])


def _period_phrase(fact: Fact) -> str:
    label = describe_period(fact.period)
    kind = span(fact.period)
    if kind in ("full_year", "full_years", "part_year"):
        return f" in {label}"
    if kind == "not_stated":
        return " (period not stated)"
    return f" ({label})"


#: A note a curator put in a description ("(Russian report)", "(Kazakh headline)"), never said.
#: So is how a curator read it (", stated as a steady level").
_NOTE = re.compile(r"\s*\([^()]*\)|,\s*stated as [^,]*")


#: First words of a description that are not names: lower case inside the sentence.
_COMMON_WORDS = frozenset(
    {
        "mutual", "trade", "total", "exports", "imports", "investment", "turnover", "foreign",
        "companies", "freight", "joint", "population", "share", "production", "prospective", "value",
    }
)  # fmt: skip

#: Nouns that make a description plural ("Kazakhstan's exports ... were"), and the words that end
#: its head ("Value of the 34 projects" is one value).
_PLURALS = frozenset(
    {"exports", "imports", "companies", "ventures", "projects", "contracts", "goods", "buildings"}
)
_NEEDS_THE = frozenset({"value", "share", "population"})
_HEAD_ENDS = frozenset({"of", "with", "to", "in", "into", "from", "operating", "being", "between"})


def _subject(fact: Fact) -> str:
    """What the figure is, in a sentence: the description without the curator's notes in brackets,
    or its own words for what the figure is ("trade turnover with Kyrgyzstan")."""
    said = _NOTE.sub("", fact.description).strip()
    first = said.split(" ", 1)[0]
    return first.lower() + said[len(first) :] if first.lower() in _COMMON_WORDS else said


def _plural(subject: str) -> bool:
    """Whether the head of a description is plural: "Kazakhstan's exports to Uzbekistan"."""
    for word in subject.lower().replace(",", " ").split():
        if word in _HEAD_ENDS:
            return False
        if word in _PLURALS:
            return True
    return False


def _english(record: Fact | Target, base: FactBase, citation: Citation) -> str:
    source = base.sources[citation.source]
    lead = f"According to {source.outlet} ({_date(source, 'en')}), "
    if isinstance(record, Target):
        with i18n.using("en"):
            deadline = f"by {describe_date(record.deadline)}" if record.deadline else "no deadline stated"
        parties = " and ".join(
            base.countries[p].name.en if p in base.countries else p for p in record.parties
        )
        return (
            f"{lead}{parties} aim to bring their {record.measure} to "
            f"{EN_HEDGES[record.qualifier]}{english_amount(record.value, record.unit)} ({deadline})."
        )
    if record.value is None:
        assert record.change_pct is not None
        direction = "rose" if record.change_pct > 0 else "fell"
        hedge = EN_HEDGES[record.change_qualifier]
        change = f"{direction} by {hedge}{abs(record.change_pct):g}%"
        return f"{lead}{_subject(record)} {change}{_period_phrase(record)}."
    subject = _subject(record)
    verb = EN_VERBS[record.qualifier]
    if _plural(subject) and record.unit == "count":
        subject = f"the number of {subject}"  # "the number of companies ... was more than 12,000"
    elif _plural(subject):
        verb = verb.replace("was", "were", 1)
    elif subject.split(" ", 1)[0] in _NEEDS_THE:
        subject = f"the {subject}"
    if ", " in subject:
        subject += ","  # "investment from OTS countries, cumulative over 20 years, was"
    change = ""
    if record.change_pct is not None:
        direction = "up" if record.change_pct > 0 else "down"
        hedge = EN_HEDGES[record.change_qualifier]
        change = f", {direction} {hedge}{abs(record.change_pct):g}% year on year"
    # A figure the source gives in words is said in them: "more than two-thirds", not "66.67%".
    amount = english_amount(record.value, record.unit)
    if record.worded is not None:
        verb, amount = ("were" if _plural(subject) else "was"), record.worded
    return f"{lead}{subject} {verb} {amount}{_period_phrase(record)}{change}."


def _quoted(words: str) -> str:
    """The source's words as a quote inside otg's sentence: a fragment is marked as one («…с ...»)."""
    words = words.strip().rstrip(".")
    sentence = words[:1].isupper() and len(re.findall(r"[^\W\d_]{2,}", words)) >= 6
    return f"«{words}»" if sentence else f"«…{words}»"


def _local(record: Fact | Target, citation: Citation, base: FactBase, language: str) -> str:
    """A whole sentence in Russian or Kazakh: who says it, what, and the source's words as a quote."""
    from otg_cli.citation_words import local_sentence

    source = base.sources[citation.source]
    foreign = "" if source.language == language else f" ({_LANGUAGE_NAMES[language][source.language]})"
    with i18n.using(language):  # type: ignore[arg-type]
        said = local_sentence(record, base, language)
        if language == "ru":
            lead = f"По данным {source.outlet} ({_date(source, 'ru')}){foreign}, "
            if said is None:
                where = f"{source.outlet} ({_date(source, 'ru')}){foreign}"
                return f"В материале {where} говорится: {_quoted(citation.quote)}."
        else:
            lead = f"{source.outlet} ({_date(source, 'kk')}) мәліметінше{foreign}, "
            if said is None:
                where = f"{source.outlet} ({_date(source, 'kk')}) материалында{foreign}"
                return f"{where}: {_quoted(citation.quote)} делінген."
    return f"{lead}{said} ({_quoted(citation.quote)})."


def _disagreement(record: Fact | Target, base: FactBase, citation: Citation, language: str) -> str:
    """Where sources disagree on the figure, the other source's figure, said as plainly as the first."""
    from otg_cli.figures import format_amount

    if not isinstance(record, Fact):
        return ""
    said = []
    for conflict in base.disagreements.get(record.id, ()):
        other = base.facts.get(conflict.id)
        if other is None or other.value is None or not other.citations:
            continue
        source = base.sources[other.citations[0].source]
        if language == "en":
            amount = f"{EN_HEDGES[other.qualifier]}{english_amount(other.value, other.unit)}"
        else:
            with i18n.using(language):  # type: ignore[arg-type]
                amount = format_amount(other.value, other.unit, other.qualifier)
        said.append((source.outlet, _date(source, language), amount))
    if not said:
        return ""
    lines = {
        "en": "Sources differ: {outlet} ({date}) gives {amount}.",
        "ru": "Источники расходятся: {outlet} ({date}) приводит {amount}.",
        "kk": "Дереккөздер сәйкес келмейді: {outlet} ({date}) {amount} деп көрсетеді.",
    }[language]
    return " " + " ".join(lines.format(outlet=o, date=d, amount=a) for o, d, a in said)


def attribution(base: FactBase, record_id: str, *, style: str, language: str, quote: bool) -> str:
    """One attribution line for a fact or target, with the original quote where asked."""
    say = i18n.phrase
    if style not in STYLES:
        raise OtgError(
            say("unknown style {text}; accepted: {accepted}", text=style, accepted=", ".join(STYLES))
        )
    if language not in LANGUAGES:
        raise OtgError(
            say("unknown language {text}; accepted: {accepted}", text=language, accepted=", ".join(LANGUAGES))
        )
    record = base.record(record_id)
    if not isinstance(record, Fact | Target):
        if record is None:
            raise OtgError(say("no record: otg cite takes a fact or target id (otg facts, otg targets)"))
        kind = say(f"record {kind_of(record).table}")
        raise OtgError(
            say(
                "{kind} {id} is not a figure: otg cite takes a fact or target id (otg facts, otg targets)",
                kind=kind,
                id=record_id,
            )
        )
    citation = _choose(record.citations, base, language)
    line = _english(record, base, citation) if language == "en" else _local(record, citation, base, language)
    line += _disagreement(record, base, citation, language)
    source = base.sources[citation.source]
    if style == "markdown":
        outlet = f"[{source.outlet}]({source.url})" if source.url else source.outlet
        line = line.replace(source.outlet, f"**{outlet}**", 1)
        if quote and language == "en":
            line += f"\n\n> «{citation.quote}» ({_LANGUAGE_NAMES['en'][source.language]})"
        return line
    if quote and language == "en":
        line += f" Original ({_LANGUAGE_NAMES['en'][source.language]}): «{citation.quote}»"
    return f"{line} {source.url}" if source.url else line


def cited(base: FactBase, record: Fact | Target, language: str) -> Citation:
    """The citation `attribution` quotes for `record` in `language`."""
    return _choose(record.citations, base, language)

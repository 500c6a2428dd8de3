"""Reading a claim that states no figure: what was done, by whom, where, when, and what it is about.

"Казахстан предложил Туркменистану принять план работы по увеличению товарооборота" says that
Kazakhstan (the first party named) *proposed* something whose words are "план работы увеличени
товарооборот". `verify_statements` finds the agreement, event or group those words are about
and checks each thing the claim asserts of it.

The words are data (`[actions]`, `[negations]`, `[places]`, `[roles]`, `[transfer]` and
`[stopwords]` in lexicon/*.toml); this module only reads them. Words are compared by their Snowball
stems (Russian and English; Kazakh, whose endings are suffixes, by the same stems cut short), so
that "торговых домов" meets "торговые дома" and "trading houses" meets "trade house".
"""

import datetime
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from otg_cli.lexicon import entries
from otg_cli.models import FactBase
from otg_cli.text import devoiced, find_words, fold, normalize, starts_a_word, voiced_forms

#: How much each action asserts: a claim may say less than its source, never more.
STRENGTH: dict[str, int] = {"discussed": 0, "proposed": 1, "considered": 2, "agreed": 3, "signed": 4}

#: What each stored agreement status asserts, as the claim reader's actions.
STATUS_ACTION: dict[str, str] = {
    "signed": "signed",
    "approved": "signed",
    "concluded": "signed",
    "agreed": "agreed",
    "decided": "agreed",
    "confirmed": "agreed",
    "appointed": "agreed",
    "transferred": "agreed",
    "agreed_to_consider": "considered",
    "proposed": "proposed",
    "offered": "proposed",
    "presented": "proposed",
    "planned": "proposed",
    "intended": "proposed",
    "under_discussion": "discussed",
    "in_progress": "discussed",
}

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ORDINAL = (
    r"(?<![\w.,])(\d{1,3})\s*(?:-?\s*(?:st|nd|rd|th|я|й|ю|ая|ую|ий|ый|ой|ое|ей|го|му|м|х|ші|ши|шы|інші|инши|ыншы|ншы|нші|нши)\b)"
    r"|(?<!\w)([IVXІ]{1,5})(?!\w)"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "І": 1}


class Mention(NamedTuple):
    """A word of the lexicon found in a claim: what it means and where it stands."""

    meaning: str
    start: int
    end: int


class Statement(NamedTuple):
    """What otg understood of a claim without a figure."""

    text: str
    #: Countries and groups, in the order the claim names them (venues left out).
    parties: tuple[str, ...]
    #: The strongest thing the claim says was done (see STRENGTH), or None.
    action: str | None
    #: Whether the claim says it was *not* done.
    negated: bool
    held: bool
    #: Places named as a venue ("in Astana", "Астанада"), by the names otg knows them by.
    venues: tuple[str, ...]
    #: Every place named, venue or not.
    places: tuple[str, ...]
    year: int | None
    month: int | None
    day: int | None
    ordinal: int | None
    role: str | None
    #: Who the claim says did it: the first country named, or the country of the first person
    #: named ("Серик Жумангарин предложил" is Kazakhstan proposing).
    subject: str | None
    #: (giver, receiver) where the claim says "from X to Y".
    transfer: tuple[str | None, str | None]
    #: Numbers the claim gives that are not a year, a day or an ordinal ("for two years").
    numbers: tuple[float, ...]
    #: The stems of the words that say what the claim is about.
    stems: frozenset[str]
    #: The claim says *only* that was done ("лишь договорились рассмотреть"): no more.
    only: bool = False
    #: The claim says it is still to be done ("is to be approved", "бекіту көзделді").
    pending: bool = False
    #: The year the claim says it is to be done by ("by 2027", "к концу 2026 года"): no date it was done.
    deadline: int | None = None
    #: The stems of the words that name a group ("Organization of Turkic States"): they say which
    #: group the claim is about, never that it is about another group whose name shares them.
    group_stems: frozenset[str] = frozenset()
    #: Each country's own role where the claim gives two ("Turkmenistan is a member and Hungary an
    #: observer"): (country, role) pairs; empty where one role, `role`, is said of them all.
    roles_of: tuple[tuple[str, str], ...] = ()
    #: The stems of the words that say what was done ("төрағалық етеді"): no part of `stems`, but
    #: they tell two records the claim covers as much of apart (`statement_checks._closeness`).
    action_stems: frozenset[str] = frozenset()
    #: The claim says it is still to be done ("торговые дома откроют в 2026 году"): its date and
    #: place are when and where it will be, not those of the meeting that decided it.
    future: bool = False
    #: The last day of a range of days the claim dates it by ("22–23 октября"), or None.
    day_end: int | None = None
    #: Places named as the ends of a link ("flights between Astana and Ashgabat"): details of
    #: what was agreed, no venue.
    links: tuple[str, ...] = ()


@cache
def _stemmers() -> tuple[object, object]:
    import Stemmer

    return Stemmer.Stemmer("russian"), Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """A word's stem for comparing records in three languages: Snowball's Russian or English stem
    of the folded word, cut to six letters (Kazakh endings are suffixes; the root comes first), a
    root's voiced last letter as it is unvoiced (`text.devoiced`: "одағы" meets "одақ")."""
    return _stemnormalized(fold(word.lower()))


@cache
def _stemnormalized(folded: str) -> str:
    russian, english = _stemmers()
    if folded.isascii():
        return str(english.stemWord(folded))[:6]  # type: ignore[attr-defined]
    return devoiced(str(russian.stemWord(folded))[:6])  # type: ignore[attr-defined]


def stems_of(text: str) -> set[str]:
    """The stems of a text's words of three letters or more, stop words left out."""
    stop = _stopwords()
    words = _WORD.findall(normalized(text))  # hyphens are spaces once folded: "торгово-промышленных"
    return {_stemnormalized(word) for word in words if len(word) >= 3 and word not in stop}


def same_stem(first: str, second: str) -> bool:
    """Whether two stems are one word's: equal, or one begins the other and is four letters or
    more (Kazakh "одаг" and "одагы")."""
    short, long = sorted((first, second), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def shared(claim: Iterable[str], record: Iterable[str]) -> set[str]:
    """The claim's stems that the record's words share (`same_stem`)."""
    pool = record if isinstance(record, frozenset) else frozenset(record)
    starts = stem_starts(pool)
    return {s for s in claim if s in pool or s in starts or any(s[:k] in pool for k in range(4, len(s)))}


@lru_cache(maxsize=256)
def stem_starts(stems: frozenset[str]) -> frozenset[str]:
    """Every start of four letters or more of the stems: "одаг" for "одагы"."""
    return frozenset(stem[:k] for stem in stems for k in range(4, len(stem) + 1))


def normalized(text: str) -> str:
    """Text as the lexicon's words are matched against it here: folded letters, one space, as
    country names are matched (`countries.named_parties`)."""
    return normalize(fold(_NUMERIC_DATE.sub(_worded_date, text)))


#: A day written in digits: "25.11.2025", "25/11/2025" (day first, as the region writes it).
_NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d|[./]\d)")


def impossible_date(text: str) -> str | None:
    """A date the claim writes that no calendar has ("32.64.2025", "32 караша"), or None."""
    from otg_cli.lexicon import month_of

    for found in _NUMERIC_DATE.finditer(text):
        if not (1 <= int(found[2]) <= 12 and 1 <= int(found[1]) <= 31):
            return found[0]
    for found in re.finditer(r"(?<![\d.,])(\d{2})\s+([^\W\d_]+)", text):
        if int(found[1]) > 31 and month_of(found[2]) is not None:
            return found[0]
    return None


def _worded_date(found: re.Match[str]) -> str:
    """A day in digits as words the date readers take ("25 november 2025"); an impossible one as written."""
    day, month = int(found[1]), int(found[2])
    return f"{day} {_month_names()[month]} {found[3]}" if 1 <= month <= 12 and 1 <= day <= 31 else found[0]


@cache
def _month_names() -> dict[int, str]:
    """Each month's whole English name in the lexicon ("november"), which `month_of` reads."""
    from otg_cli.lexicon import load

    names: dict[int, str] = {}
    for name, number in load("en")["months"].items():
        if len(name) > len(names.get(int(number), "")):
            names[int(number)] = str(name)
    return names


@cache
def _stopwords() -> frozenset[str]:
    """The lexicon's [stopwords], and the words of its [attribution] that only report who said or
    wrote it ("назвал", "екенін"): no word a record is told by."""
    stop = {normalized(w) for _, table in entries("stopwords") for w in table}
    return frozenset(stop | set(words_of("attribution", "reporting")))


@cache
def _table(name: str) -> tuple[tuple[str, str], ...]:
    """A lexicon table's entries, folded, longest first (the longest match wins); a word ending in
    к or п also voiced, as a Kazakh suffix voices it (`text.voiced_forms`)."""
    pairs = [
        (form, str(meaning)) for word, meaning in entries(name) for form in voiced_forms(normalized(word))
    ]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def mentions(folded: str, table: str) -> list[Mention]:
    """Every entry of a lexicon table at the start of a word of the folded text, longest first;
    an English entry of four letters or fewer must be the whole word ("met" is not "metal")."""
    by_start = _by_start(table)
    found: list[Mention] = []
    end = 0
    for word in re.finditer(r"\w+", folded):
        if word.start() < end:
            continue  # inside an entry of several words already found
        for entry, meaning in by_start.get(word.group()[:2], ()):
            whole = len(entry) <= 4 and entry.isascii()
            if folded.startswith(entry, word.start()) and not (
                whole and _continues(folded, word.start() + len(entry))
            ):
                stop = re.compile(r"\w*").match(folded, word.start() + len(entry))
                end = stop.end() if stop else word.start() + len(entry)
                found.append(Mention(meaning, word.start(), end))
                break
    return found


def _continues(text: str, at: int) -> bool:
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


@cache
def _by_start(table: str) -> dict[str, list[tuple[str, str]]]:
    """A lexicon table's entries by their first two letters, longest first (as `countries` keeps
    names: a dictionary rather than one pattern of every entry, which takes long to compile)."""
    starts: dict[str, list[tuple[str, str]]] = {}
    for word, meaning in _table(table):
        starts.setdefault(word[:2], []).append((word, meaning))
    return starts


@cache
def words_of(table: str, key: str) -> tuple[str, ...]:
    """One word list of a lexicon table, folded, each word also voiced (`text.voiced_forms`)."""
    return tuple(
        f for name, words in entries(table) if name == key for w in words for f in voiced_forms(normalized(w))
    )


def undone(folded: str) -> bool:
    """Whether a claim says an act was undone ("scrapped", "отменили", "жабуға"): the lexicon's
    [negations] undone words."""
    return bool(find_words(folded, words_of("negations", "undone"), whole=True))


def negated(folded: str) -> bool:
    """Whether a claim denies what it says was done: a word of denial ("did not", "не"), an act
    that undoes it ("scrapped", "отменить", "жабуға"), or a verb in a negative form (the Kazakh
    "бекітілмеді", "қабылдамады": the lexicon's endings)."""
    found = find_words(folded, words_of("negations", "words"), whole=True)
    contrasting = words_of("negations", "contrasting")
    if any(folded[start:end] not in contrasting or not _contrasting(folded, start) for start, end in found):
        return True
    if undone(folded):
        return True
    endings = words_of("negations", "endings")
    return bool(endings) and any(len(w) > 6 and w.endswith(endings) for w in re.findall(r"\w+", folded))


def _contrasting(folded: str, start: int) -> bool:
    """Whether the denial at `start` opens a clause that says what was *not* the case instead
    ("only as an observer, not a full member", "только рассмотреть, а не сразу открыть"): after a
    comma or dash, with or without the lexicon's [negations] `contrast` word ("а", "but")."""
    before = folded[:start].rstrip()
    if folded[start:].startswith(words_of("negations", "contrasting_after")):
        # A denial after what it denies ("толық мүшесі, байқаушы емес"): the word before it opens
        # the clause; or it closes one the claim goes on from ("Астанада емес, Түркістанда өтті").
        if re.match(r"\w+\s*[,—–]", folded[start:]):
            return True
        before = before[: len(before) - len((before.split() or [""])[-1])].rstrip()
    for word in words_of("negations", "contrast"):
        if before.endswith(" " + word):
            before = before[: -len(word)].rstrip()
            break
    return before.endswith((",", "—", "–", ";"))


def _only(folded: str) -> bool:
    """Whether the claim says only that was done; "not only" (не только) says more, not less."""
    found = find_words(folded, words_of("negations", "only"), whole=True)
    return bool(found) and not re.search(r"(?<!\w)(?:not|не)\s*$", folded[: found[0][0]])


def _pending(folded: str) -> bool:
    """Whether the claim says the thing is still to be done (the lexicon's pending words)."""
    return bool(find_words(folded, words_of("negations", "pending")))


def _decisions(found: list[Mention], folded: str) -> list[Mention]:
    """The actions as a decision said in two words apart reads them: "Решение ... так и не
    приняли", "no decision ... was taken" are of a decision taken, not of a document signed; the
    noun and its verb say what was done, no word of what it was about ([decisions])."""
    from otg_cli.text import find_words

    nouns = find_words(folded, words_of("decisions", "nouns"))
    verbs = find_words(folded, words_of("decisions", "verbs"))
    if not nouns or not verbs:
        return found
    meaning = next(str(m) for _, m in entries("decisions") if isinstance(m, str))
    said = [range(a, b) for a, b in verbs]
    kept = [m for m in found if not any(m.start in v for v in said)]
    words = [Mention(meaning, a, _word_end(folded, b)) for a, b in (*nouns, *verbs)]
    return sorted([*kept, *words], key=lambda m: m.start)


def _word_end(folded: str, at: int) -> int:
    stop = re.compile(r"\w*").match(folded, at)
    return stop.end() if stop else at


def action_of(found: list[Mention], folded: str = "") -> str | None:
    """What the claim says was done: agreeing to *consider* and *proposing* say what the rest of
    their clause is about ("proposed to sign" is a proposal); otherwise, or where a later clause
    says more was done ("предложил ..., и этот список уже утверждён"), or a stronger act is said
    before them ("agreed to finance a list put forward by"), the strongest action."""
    actions = {m.meaning for m in found} - {"held"}
    strongest = max(actions, key=STRENGTH.__getitem__, default=None)
    for weak in ("considered", "proposed"):
        first = next((m for m in found if m.meaning == weak), None)
        if first is not None:
            # A stronger act said before it is what was done: "has agreed to finance a list ...
            # put forward by Kazakhstan" says the list was agreed to, and who proposed it.
            # Not "agreed to look into" nor "agreed to propose": the act a few words before.
            earlier = [
                m.meaning
                for m in found
                if weak == "proposed"
                and m.end <= first.start
                and m.meaning != "held"
                and len(folded[m.end : first.start].split()) > 2
            ]
            done = max(earlier, key=STRENGTH.__getitem__, default=None)
            if done is not None and STRENGTH[done] > STRENGTH[weak]:
                return done
            later = [m.meaning for m in found if m.start > first.end and _clause_between(folded, first, m)]
            return strongest if strongest in later and STRENGTH[strongest] > STRENGTH[weak] else weak
    return strongest


def _clause_between(folded: str, first: Mention, then: Mention) -> bool:
    from otg_cli.claims import clause_boundary

    return clause_boundary().search(folded[first.end : then.start]) is not None


def is_venue(folded: str, mention: Mention) -> bool:
    """A place named as where something happens: after "in"/"в", or with a Kazakh locative ending."""
    before = folded[: mention.start].split()[-1:]
    marked = (
        bool(before) and before[0] in words_of("at_place", "words"),
        # "#OTS #Turkestan: ministers approved ...": a place tagged is where it happened.
        folded[mention.start - 1 : mention.start] == "#",
        # A dateline: "Astana. 25 November.", "Tashkent ✅ roadmap approved".
        not folded[: mention.start].strip() and bool(re.match(r"\s*[^\w\s«\"'(,;-]", folded[mention.end :])),
    )
    return any(marked) or _named_as_venue(folded, mention)


def _named_as_venue(folded: str, mention: Mention) -> bool:
    """A place the words after it make a venue: the meeting it names, a word for city with the
    case ending, or the place as the host."""
    # A place naming the meeting that follows it: "the Turkestan OTS meeting", "Ташкентская встреча".
    after = folded[mention.end :].split()[:3]
    if any(w.startswith(event) for w in after for event, _ in entries("events")):
        return True
    if after and after[0] in words_of("at_place", "city"):
        return True  # "Түркістан қаласында": the case ending is on the word for city
    # An ordinal between ("Ташкент принял 14-ю встречу") leaves the host a host.
    hosting = " ".join(
        w for w in folded[mention.end :].split()[:5] if not re.fullmatch(r"\d+\w{0,3}|\w{1,2}", w)
    )
    if hosting.startswith(words_of("at_place", "hosts")):
        return True  # a place as the host: "Astana hosted the meeting", "Ташкент принял встречу"
    word = folded[mention.start : mention.end]
    return word.endswith(words_of("at_place", "suffixes")) and len(word) > 5


def _handed(
    action: str | None, actions: list[Mention], folded: str, transfer: tuple[str | None, str | None]
) -> str | None:
    """A handing word read as presenting ("handed a list") is a handover done where the claim
    names an office and both its sides ("Azerbaijan handed the 2026 chairmanship over to
    Kazakhstan"): agreed, as the lexicon's "handed the chair" is."""
    if action != "proposed" or None in transfer or not starts_a_word(folded, words_of("transfer", "office")):
        return action
    handing = words_of("transfer", "handing")
    said = [folded[m.start : m.end] for m in actions if m.meaning == "proposed"]
    return "agreed" if said and all(w.startswith(handing) for w in said) else action


def _denied_place(folded: str, mention: Mention) -> bool:
    """Whether a place is named as where it was *not* ("Turkestan, not Astana, was the venue",
    "в Туркестане, а не в Астане", "Астанада емес"): a contrasting denial right before it, or the
    Kazakh one right after it."""
    before = folded[: mention.start].split()[-2:]
    after = re.findall(r"\w+", folded[mention.end :])[:1]
    if after and after[0] in words_of("negations", "contrasting_after"):
        return True
    return any(w in words_of("negations", "contrasting") for w in before)


def _joined_venues(folded: str, places: list[Mention], venues: list[Mention]) -> list[Mention]:
    """The venues and each place joined to one by "and" ("в Ашхабаде и Астане", "Астана мен
    Ашғабатта", "in Ashgabat and Astana"): both are where it is said to happen."""
    joined = words_of("at_place", "joined")
    found = list(venues)
    for mention in places:
        if mention in found:
            continue
        for venue in found[:]:
            ends = (venue.end, mention.start) if venue.end <= mention.start else (mention.end, venue.start)
            between = folded[ends[0] : ends[1]]
            if between.strip(" ,") in joined:
                found.append(mention)
                break
    return sorted(found, key=lambda m: m.start)


def _date(
    folded: str, as_of: datetime.date | None
) -> tuple[tuple[int | None, int | None, int | None], range]:
    from otg_cli.claim_periods import YEAR, relative_year, without_deadline
    from otg_cli.lexicon import month_of

    folded = without_deadline(folded)
    years = [int(m[1]) for m in YEAR.finditer(folded)]
    year = years[0] if years else relative_year(folded, as_of)
    for word in re.finditer(r"[^\W\d_]+\.?", folded):
        month = month_of(word.group())
        if month is not None:
            year = year if year is not None else _year_of_month(folded[: word.start()], month, as_of)
            # The day, where a number stands right before the month ("25 ноября", "22-23 қазанда").
            # A range of days ("22-23 октября", folded to "22 23") is dated by its first day.
            before = re.search(
                r"(\d{1,2})(?:\s+(?:и\s+|and\s+|мен\s+|жане\s+)?\d{1,2})?\s*(?:го|ші|шы|инши)?\s*$",
                folded[: word.start()],
            )
            day = int(before[1]) if before and 1 <= int(before[1]) <= 31 else None
            start = before.start() if before else word.start()
            if before is None:  # or in words: "двадцать пятого ноября"
                days = [(m, _day_before(folded, m)) for m in mentions(folded[: word.start()], "ordinals")]
                said = [(m, d) for m, d in days if d]
                if said:
                    day, start = said[-1][1], said[-1][0].start
            # Or right after it ("October 22", "Oct. 22-23").
            after = (
                None
                if before
                else re.match(r"\s*(\d{1,2})(?:\s+\d{1,2})?(?:st|nd|rd|th)?\b", folded[word.end() :])
            )
            if after and 1 <= int(after[1]) <= 31:
                return (year, month, int(after[1])), range(start, word.end() + after.end())
            return (year, month, day), range(start, word.end())
    counted = _months_ago(folded, as_of)
    if counted is not None:
        return (counted[0], counted[1], None), range(0)
    return (year, None, None), range(0)


def counted_month(folded: str, as_of: datetime.date | None) -> tuple[int, int] | None:
    """The (year, month) a claim names by counting from its day ("last November", "өткен айда"):
    a month after a word of [relative_months], or [months_ago]; None for any other date (a
    period's months, "за январь–август этого года", are no day something was said)."""
    from otg_cli.lexicon import month_of

    for word in re.finditer(r"[^\W\d_]+\.?", folded):
        month = month_of(word.group())
        if month is not None:
            year = _year_of_month(folded[: word.start()], month, as_of)
            if year is not None:
                return year, month
    return _months_ago(folded, as_of)


def _months_ago(folded: str, as_of: datetime.date | None) -> tuple[int, int] | None:
    """The (year, month) a claim counts back to from its day ("last month", "өткен айда":
    [months_ago]), or None."""
    from otg_cli.lexicon import entries
    from otg_cli.text import find_words

    if as_of is None:
        return None
    for words, back in entries("months_ago"):
        if find_words(folded, (normalized(str(words)),), whole=True):
            total = as_of.year * 12 + as_of.month - 1 - int(back)
            return total // 12, total % 12 + 1
    return None


def _last_day(dated: str, day: int | None) -> int | None:
    """The last day of a range of days in a claim's date ("22 23 октября", "23-24 October" folded),
    where it is later than the first; else None."""
    found = re.match(r"\s*(\d{1,2})\s+(?:и\s+|and\s+|мен\s+|жане\s+)?(\d{1,2})(?!\d)", dated)
    if day is None or found is None or int(found[1]) != day:
        found = re.search(r"(?<![\d.,])(\d{1,2})\s+(?:и\s+|and\s+|мен\s+|жане\s+)?(\d{1,2})(?![\d.,])", dated)
    last = int(found[2]) if found and day is not None and int(found[1]) == day else None
    return last if last is not None and day is not None and day < last <= 31 else None


def _year_of_month(before: str, month: int, as_of: datetime.date | None) -> int | None:
    """The year of a month said with a word that counts from the claim's day ([relative_months]):
    "next October" on 1 March 2026 is October 2026, "last November" November 2025, "this
    February" February 2026; None where no such word stands right before it."""
    from otg_cli.lexicon import entries

    words = before.split()[-1:]
    if as_of is None or not words:
        return None
    offset = next((int(o) for w, o in entries("relative_months") if normalized(str(w)) == words[0]), None)
    if offset is None:
        return None
    if offset > 0:
        return as_of.year if month > as_of.month else as_of.year + 1
    if offset < 0:
        return as_of.year if month < as_of.month else as_of.year - 1
    return as_of.year


def date_in(folded: str, as_of: datetime.date | None = None) -> tuple[int | None, int | None, int | None]:
    """The (year, month, day) a folded claim names, each None where it names none."""
    return _date(folded, as_of)[0]


@cache
def _number_words() -> dict[str, float]:
    from otg_cli.lexicon import entries

    return {normalized(w): float(v) for w, v in entries("numbers") if w != "a"}


def numbers_of(text: str) -> list[float]:
    """The numbers a text gives in digits or words, less years, days of a month and ordinals."""
    from otg_cli.claim_periods import YEAR

    words = _number_words()
    folded = normalized(text)
    found = []
    for match in re.finditer(r"\d+(?:[.,]\d+)?|[^\W\d_]+", folded):
        token = match.group()
        after = folded[match.end() : match.end() + 4]
        if token in words:
            found.append(words[token])
        elif (
            token[0].isdigit() and not YEAR.fullmatch(token) and not re.match(r"\s*(?:-|st|nd|rd|th)", after)
        ):
            found.append(float(token.replace(",", ".")))
    return found


def _ordinal_word(folded: str) -> int | None:
    """An ordinal in words ("the first meeting", "алғашқы кездесуі", "тринадцатая встреча"); one
    before a month is a day ("девятнадцатого февраля"), no meeting's number."""
    found = [
        m for m in mentions(folded, "ordinals") if _day_before(folded, m) is None and not _times(folded, m)
    ]
    return int(found[0].meaning) if found else None


def _times(folded: str, mention: Mention) -> bool:
    """Whether an ordinal in words counts times, not meetings ("the first time", "бірінші рет"):
    a word of the lexicon's [times] follows it."""
    following = re.match(r"\W+(\w+)", folded[mention.end :])
    return following is not None and following[1].startswith(words_of("times", "words"))


def _day_before(folded: str, mention: Mention) -> int | None:
    """The day an ordinal in words gives where a month follows it ("двадцать пятого ноября")."""
    from otg_cli.lexicon import month_of

    following = re.match(r"\w*\s+([^\W\d_]+)", folded[mention.end :])
    day = int(mention.meaning)
    return day if following and month_of(following[1]) is not None and 1 <= day <= 31 else None


def _role(roles: list[Mention]) -> str | None:
    """The claim's role for a member: "observer" or "member" where it says which, over "either"
    ("входит ... в статусе наблюдателя" is an observer's place)."""
    said = {m.meaning for m in roles}
    return next((role for role in ("observer", "member", "either") if role in said), None)


def _roles_of(
    folded: str, spans: list[tuple[range, str]], roles: list[Mention]
) -> tuple[tuple[str, str], ...]:
    """Each country's role where the claim says two: a role that heads a list ("observers:
    Hungary") for the countries after it, else the role said after the country and before the
    next ("Түрікменстан толық мүше, ал Мажарстан — байқаушы"), else the last said before it."""
    said = [m for m in roles if m.meaning != "either"]
    if len({m.meaning for m in said}) < 2:
        return ()
    heads = [m for m in said if re.match(r"\w*\s*:", folded[m.end :])]
    found: dict[str, str] = {}
    for index, (span, code) in enumerate(spans):
        following = spans[index + 1][0].start if index + 1 < len(spans) else len(folded)
        headed = [m.meaning for m in heads if m.end <= span.start]
        after = [m.meaning for m in said if m not in heads and span.stop <= m.start < following]
        before = [m.meaning for m in said if m.end <= span.start]
        role = headed[-1:] or after[:1] or before[-1:]
        if role:
            found.setdefault(code, role[0])
    return tuple(found.items())


def _may_be_ordinal(text: str) -> bool:
    """Whether the text has a digit or a Roman numeral's letter, as every ordinal `_ORDINAL` reads
    has: its pattern compiles only for such a text."""
    return any(char.isdigit() or char in "IVXІ" for char in text)


def joined_ordinal(text: str) -> int | None:
    """An ordinal joined by a hyphen to the word for the meeting ("14-кездесуі"), or None."""
    from otg_cli.claim_amounts import names_an_event

    if not _may_be_ordinal(text):
        return None
    found = (m for m in re.finditer(r"(?<![\w.,])(\d{1,3})(?=[-–])", text) if names_an_event(text, m.end()))
    joined = next(found, None)
    return int(joined[1]) if joined is not None else None


def ordinal_of(text: str) -> int | None:
    """The ordinal a text gives ("14th", "14-я", "14-ші", "14-кездесуі", "III"), or None."""
    found = re.search(_ORDINAL, text) if _may_be_ordinal(text) else None
    if not found:
        return joined_ordinal(text)
    if found[1]:
        return int(found[1])
    numerals = [_ROMAN[c] for c in found[2]]
    return sum(-n if n < m else n for n, m in zip(numerals, [*numerals[1:], 0], strict=True))


def case_ending(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a country's name ends in one of the Kazakh case endings. A name ending in -стан is
    no case ending ("Мажарстан", "Казахстан"): the ablative is "-станнан", the dative "-станға"."""
    return word.endswith(suffixes) and not word.endswith("стан")


def claim_folded(text: str) -> str:
    """A claim as its words are looked up: abbreviations written out ("генсек"), Latin-script
    Kazakh in Cyrillic, folded (`claim_readable`, then `normalized`)."""
    from otg_cli.lexicon import claim_readable

    return normalized(claim_readable(text))


def _dative(word: str) -> bool:
    """Whether a country's name is in the dative (the lexicon's [transfer] `to_suffixes`): the
    Kazakh "-ға", "-на" ("Республикасына") or the Russian "-стану"; the Russian genitive
    "Туркменистана" ends as a Kazakh dative does, and is none."""
    return word.endswith(words_of("transfer", "to_suffixes")) and not word.endswith(
        words_of("transfer", "not_dative")
    )


def _transfer(folded: str, spans: list[tuple[range, str]]) -> tuple[str | None, str | None]:
    """(giver, receiver) where the claim says "from X to Y", "от X к Y", "X-нан Y-ға"."""
    giver = receiver = None
    before_from, before_to = words_of("transfer", "from"), words_of("transfer", "to")
    for span, code in spans:
        if not (len(code) == 2 and code.isupper()):
            continue  # a body ("одағына") is what is handed over, not a side of it
        previous = folded[: span.start].split()[-1:]
        word = folded[span.start : span.stop]
        ablative = case_ending(word, words_of("transfer", "from_suffixes"))
        if (previous and previous[0] in before_from) or ablative:
            giver = giver or code
        elif (previous and previous[0] in before_to) or _dative(word):
            receiver = receiver or code
    # "Kazakhstan took over the chair from Azerbaijan": the one other country named is the side
    # the claim leaves unsaid.
    others = {code for _, code in spans if len(code) == 2 and code.isupper()} - {giver, receiver}
    handing = starts_a_word(folded, words_of("transfer", "handing"))
    if (
        giver is not None
        and receiver is None
        and handing
        and find_words(folded, words_of("transfer", "us"), whole=True)
    ):
        from otg_cli.figure_checks import HOME

        receiver = HOME  # "Әзірбайжаннан бізге өтті": to us, Kazakhstan
    if handing and (giver is None) != (receiver is None) and len(others) == 1:
        giver, receiver = (giver, *others) if receiver is None else (*others, receiver)
    return giver, receiver


def _counts(folded: str, day: int | None, ordinal: int | None = None) -> list[float]:
    """The claim's numbers, less the day of its date and its ordinal: the folded text no longer
    marks it ("14-й" folds to "14 и"; "14-кездесуі", joined to the word for the meeting, is a
    number once the hyphen is folded away)."""
    numbers = numbers_of(re.sub(_ORDINAL, " ", folded) if _may_be_ordinal(folded) else folded)
    if ordinal is not None and ordinal in numbers:
        numbers.remove(ordinal)
    return [n for n in numbers if n != day]


@lru_cache(maxsize=4)
def _people(base: FactBase) -> dict[str, str]:
    """The stem of each participant's surname, in every language, and their country."""
    people: dict[str, str] = {}
    for event in base.events.values():
        for person in event.participants:
            for name in person.name.all():
                if person.country and name.split():
                    people.setdefault(stem(name.split()[-1]), person.country)
    return people


@lru_cache(maxsize=4)
def _people_words(base: FactBase) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each participant's surname stems and the stems of their names and role."""
    found = []
    for event in base.events.values():
        for person in event.participants:
            names = person.name.all()
            surnames = frozenset(stem(n.split()[-1]) for n in names if n.split())
            found.append((surnames, frozenset(stems_of(" ".join((*names, person.role.en))))))
    return tuple(found)


def people_stems(stems: frozenset[str], base: FactBase) -> frozenset[str]:
    """The words of a claim that name a person it names, or their office ("Vice Minister of
    National Economy Asan Darbayev proposed ...")."""
    found: set[str] = set()
    for surnames, words in _people_words(base):
        if any(same_stem(s, w) for s in surnames for w in stems if len(s) >= 4):
            found |= {w for w in stems if any(same_stem(w, x) for x in words)}
    return frozenset(found)


def is_a_person(word: str, base: FactBase) -> bool:
    """Whether a word is the surname of someone the sources name, in any of its forms."""
    return any(same_stem(stem(word), surname) for surname in _people(base) if len(surname) >= 4)


def _subject(folded: str, spans: list[tuple[range, str]], base: FactBase) -> str | None:
    """Who did it: the country named before a word for a side ("туркменская сторона", "the Turkmen
    side", "түрікмен тарапы"); else the first country named that is no partner "with" it ("с
    Казахстаном", "Қазақстанмен"), or the country of a person named before it."""
    named = [(span.start, code) for span, code in spans if code not in base.groups]
    sides = words_of("subjects", "side")
    for span, code in spans:
        following = re.match(r"\w*\W+(\w+)", folded[span.stop :])  # the word after the name
        if code not in base.groups and following and following[1] in sides:
            return code
    partners = [(at, code) for at, code in named if _a_partner(folded, at)]
    if len(partners) < len(named):
        named = [n for n in named if n not in partners]
    people = _people(base)
    for word in re.finditer(r"\w{4,}", folded):
        found = stem(word.group())
        country = next((c for s, c in people.items() if len(s) >= 4 and same_stem(s, found)), None)
        if country and _cited(folded, word):
            continue  # "According to Tokayev, Turkmenistan proposed ...": who spoke is not who acted
        if country:
            named.append((word.start(), country))
            break
    return min(named)[1] if named else None


def _cited(folded: str, word: re.Match[str]) -> bool:
    """Whether a person is named as whose words the claim gives, not as who acted: after
    "according to", "по словам", or before "айтуынша", "сөзінше" ([attribution] `according`,
    `according_after`)."""
    before = folded[: word.start()].split()[-3:]
    after = folded[word.end() :].split()[:2]
    return any(w in " ".join(before) for w in words_of("attribution", "according")) or any(
        a.startswith(words_of("attribution", "according_after")) for a in after[:1]
    )


def _a_partner(folded: str, at: int) -> bool:
    """Whether the country named at `at` is the one something was done with or offered to: after
    "с", "with", "to" ("с Казахстаном"), or with the Kazakh comitative, dative or accusative
    ending ("Қазақстанмен", "Түрікменстанға", "Түрікменстанды") or the Russian dative ("Казахстану")."""
    if _after_word(folded, at, (*words_of("subjects", "with"), *words_of("subjects", "to"))):
        return True
    word = re.match(r"\w+", folded[at:])
    if word is None:
        return False
    endings = (*words_of("subjects", "with_ending"), *words_of("subjects", "object_ending"))
    return case_ending(word.group(), endings) or _in_dative(word.group())


def is_recipient(folded: str, at: int) -> bool:
    """Whether the country named at `at` is who something was given or offered to: after "to",
    in the Kazakh dative or the Russian "-стану", or as an adjective before the dative of "side"
    ("узбекской стороне", "өзбек тарапына")."""
    if _after_word(folded, at, words_of("subjects", "to")):
        return True
    found = re.match(r"(\w+)\W+(\w+)", folded[at:])
    word = found[1] if found else (re.match(r"\w+", folded[at:]) or [""])[0]
    if found and found[2] in words_of("subjects", "to_side"):
        return True
    return bool(word) and _in_dative(word)


def _after_word(folded: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of the words stands right before the name at `at` ("с Казахстаном", "to Turkey")."""
    before = folded[:at].rstrip()
    return any(before.endswith(" " + w) or before == w for w in words)


def _in_dative(word: str) -> bool:
    """Whether a country's name is in the dative of the lexicon's [subjects] `to_ending`: a Kazakh
    case ending ("Түрікменстанға") or a longer name's Russian one ("Казахстану")."""
    endings = words_of("subjects", "to_ending")
    return case_ending(word, endings) or (word.endswith(endings) and len(word) > 6)


def _without(folded: str, venues: list[Mention]) -> str:
    """The text with its venues blanked: a venue is where it happened, not a party."""
    for m in venues:
        folded = folded[: m.start] + " " * (m.end - m.start) + folded[m.end :]
    return folded


def _capitals_as_places(folded: str, places: list[Mention], spans: list[tuple[range, str]]) -> list[Mention]:
    """Capitals a claim names beside their country's own name ("Uzbekistan's deputy minister sat
    at the Tashkent OTS table"): there the capital is a place, not a stand-in for the country."""
    found = []
    for m in places:
        if _between(folded, m):
            continue  # "рейсы между Астаной и Ашхабадом": where a link runs, not where it was agreed
        codes = {code for span, code in spans if span.start < m.end and m.start < span.stop}
        others = {code for span, code in spans if not (span.start < m.end and m.start < span.stop)}
        if codes and codes <= others:
            found.append(m)
    return found


def _between(folded: str, place: Mention) -> bool:
    """Whether a place is one of two a link runs between: a word of [at_place] `between` up to
    three words before it, or of `between_after` up to three words after it."""
    before = folded[: place.start].split()[-3:]
    after = folded[place.end :].split()[:3]
    return bool(set(before) & set(words_of("at_place", "between"))) or any(
        w.startswith(words_of("at_place", "between_after")) for w in after
    )


def parties_beside_venues(readable: str, base: FactBase) -> tuple[str, ...]:
    """The countries and groups a claim names, a capital named as where something happened left
    out: "В Ташкенте подчеркнули ..." says where, not that Uzbekistan's trade is meant."""
    from otg_cli.countries import named_parties

    folded = normalized(readable)
    venues = [m for m in mentions(folded, "places") if is_venue(folded, m)]
    return tuple(dict.fromkeys(code for _, code in named_parties(_without(folded, venues), base)))


def read_statement(text: str, base: FactBase, as_of: datetime.date | None = None) -> Statement:
    """Everything a claim without a figure asserts that otg can check."""
    from otg_cli.claim_periods import deadline_at
    from otg_cli.countries import named_parties
    from otg_cli.lexicon import claim_readable as latin_to_cyrillic

    readable = latin_to_cyrillic(text)
    folded = normalized(readable)
    places = mentions(folded, "places")
    places = [m for m in places if not _denied_place(folded, m)]
    venues = _joined_venues(folded, places, [m for m in places if is_venue(folded, m)])
    blanked = _without(folded, venues)
    spans = named_parties(blanked, base)
    capitals = _capitals_as_places(folded, [m for m in places if m not in venues], spans)
    if capitals:
        venues += capitals
        blanked = _without(folded, venues)
        spans = named_parties(blanked, base)
    actions = _decisions(mentions(folded, "actions"), folded)
    roles = mentions(folded, "roles")
    by = deadline_at(folded)
    if by is not None:  # "by 2027" is no date it was done: blank it before reading the date
        folded, blanked = (t[: by[1].start] + " " * len(by[1]) + t[by[1].stop :] for t in (folded, blanked))
    (year, month, day), dated = _date(folded, as_of)
    # What the claim is about: its words less the countries, places, actions and roles.
    from otg_cli.claim_periods import without_deadline

    topic = without_deadline(blanked)  # "2030 жылға дейін" says by when, not what
    transfer = _transfer(blanked, spans)
    countries = [span for span, code in spans if len(code) == 2 and code.isupper()]
    to_come = find_words(folded, words_of("future", "words"))
    later = [range(start, end) for start, end in to_come]
    for span in [*countries, dated, *later, *(range(m.start, m.end) for m in [*places, *actions, *roles])]:
        topic = topic[: span.start] + " " * len(span) + topic[span.stop :]
    return Statement(
        text=text,
        parties=tuple(dict.fromkeys(code for _, code in spans)),
        action=_handed(action_of(actions, folded), actions, folded, transfer),
        negated=negated(folded),
        held=any(m.meaning == "held" for m in actions),
        venues=tuple(dict.fromkeys(m.meaning for m in venues)),
        places=tuple(dict.fromkeys(m.meaning for m in places)),
        year=year,
        month=month,
        day=day,
        ordinal=ordinal_of(readable) or _ordinal_word(folded),
        role=_role(roles),
        action_stems=frozenset(stems_of(" ".join(folded[m.start : m.end] for m in actions))),
        roles_of=_roles_of(folded, [(span, code) for span, code in spans if code not in base.groups], roles),
        subject=_subject(blanked, spans, base),
        numbers=tuple(
            _counts(
                folded[: dated.start] + " " + folded[dated.stop :] if dated else folded,
                day,
                joined_ordinal(readable) or ordinal_of(readable),
            )
        ),
        transfer=transfer,
        stems=frozenset(stems_of(topic)),
        only=_only(folded),
        pending=_pending(folded),
        future=bool(to_come),
        links=tuple(dict.fromkeys(m.meaning for m in places if _between(folded, m))),
        day_end=_last_day(folded[dated.start : dated.stop], day),
        deadline=by[0] if by is not None else None,
        group_stems=frozenset(
            stems_of(" ".join(blanked[span.start : span.stop] for span, code in spans if code in base.groups))
        ),
    )

"""A person a claim without a figure names at an event: the rank, office and country it gives
them against the source's ("a deputy minister is no minister").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from otg_cli.lexicon import entries
from otg_cli.models import FactBase
from otg_cli.reasons import Name, Parties, Reason, Word, reason
from otg_cli.speaker_checks import is_named_by, surname_at, surnames
from otg_cli.statement_checks import record_part
from otg_cli.statements import (
    Statement,
    claim_folded,
    mentions,
    normalized,
    same_stem,
    shared,
    stem,
    stems_of,
    words_of,
)

if TYPE_CHECKING:
    from otg_cli.meetings import Event, Participant
    from otg_cli.verify import Part, Verdict


def people(statement: Statement, event: Event | None, base: FactBase) -> tuple[Part, ...]:
    """A person the claim names at the event: the rank, office and country the claim gives them
    against the source's (a deputy minister is no minister, the OTS's secretary general no fund's
    president, Turkey's deputy minister no head of Azerbaijan's delegation)."""
    if event is None:
        return ()
    from otg_cli.figure_checks import HOME

    named = [person for person in event.participants if _is_named(statement, person)]
    # Kazakhstan is often the claim's unnamed home, and a partner may be where goods go: only a
    # foreign guest is checked against the one other country a claim names.
    countries = {p for p in statement.parties if p not in base.groups} - {HOME}
    parts = []
    own = _own_words(statement, named)
    for person in named:
        words = own.get(person.name.en, statement.stems)
        wrong = _wrong_office(statement, _role_words(person), event, alone=len(named) == 1, words=words)
        if wrong is None:
            wrong = _wrong_portfolio(statement, person, named)
        if wrong is None:
            wrong = _another_given_name(statement, person, base)
        if wrong is None and len(named) == 1 and countries and person.country not in (None, HOME, *countries):
            wrong = reason(
                "person.of_country",
                country=Parties((person.country or "",)),
                countries=tuple(Parties((c,)) for c in sorted(countries)),
            )
        verdict: Verdict = "contradicted" if wrong else "supported"
        said = reason("person.role", role=Name(person.role))
        if wrong:
            said = reason("person.role_wrong", role=Name(person.role), wrong=wrong)
        elif _conducted(statement, person, named) and not _conducted_by(person, event):
            # "Darbayev opened the meeting": the source lists him there, not who ran it.
            verdict, said = "not_established", reason("person.conduct_unstated", role=Name(person.role))
        parts.append(
            record_part("participant", reason("claimed.person", name=Name(person.name)), verdict, said, event)
        )
    # A country's delegate given by office beside the people named ("Zhumangarin held talks with
    # Turkmenistan's foreign minister"): checked for the countries of no one named.
    parts += _delegates(statement, event, countries - {p.country for p in named})
    if not named:
        parts += _by_office(statement, event)
    return (*parts, *_absent(statement, event, base))


def _another_given_name(statement: Statement, person: Participant, base: FactBase) -> Reason | None:
    """The name a claim gives before a person's surname where it is not theirs ("Гурбангулы
    Бердымухамедов" for Serdar): another person of that family. A word before the surname that
    the lexicon or the base's records know (an office, "с", "президентом") is no given name."""
    import re

    from otg_cli.figure_checks import is_figure_word
    from otg_cli.statement_checks import known_word

    text = claim_folded(statement.text)
    at = surname_at(text, person)
    if at is None:
        return None
    before = re.search(r"([^\W\d_][\w-]*)\W*$", text[: at[0]])
    if before is None or len(before[1]) < 3:
        return None
    word = before[1]
    if not any(t[:1].isupper() and claim_folded(t) == word for t in re.findall(r"[\w-]+", statement.text)):
        return None  # a given name is written with a capital ("met Teshabayev": no name)
    given = {normalized(n.split()[0]) for n in person.name.all() if len(n.split()) > 1}
    if any(word[:4] == g[:4] for g in given) or not given:
        return None
    if is_figure_word(word) or known_word(word, base) or word in _office_words():
        return None
    return reason("person.given_name", given=word)


@cache
def _office_words() -> frozenset[str]:
    """Every word of the lexicon's offices and ranks, folded."""
    return frozenset(
        normalized(w) for table in ("offices", "ranks") for _, words in entries(table) for w in words
    )


@cache
def title_stems() -> frozenset[str]:
    """The stems of every word of an office's title (the lexicon's offices, ranks and portfolios:
    "вице-министр торговли и интеграции"): words that say who gave a figure, not which it is."""
    words = [*_office_words(), *(phrase for phrase, _ in entries("portfolios"))]
    return frozenset(stems_of(" ".join(words)))


def _conducted(statement: Statement, person: Participant, named: list[Participant]) -> bool:
    """Whether the claim says this person ran the meeting (opened or chaired it: the lexicon's
    [conduct] words), said after their name and no one else's."""
    from otg_cli.text import find_words

    text = claim_folded(statement.text)
    said = find_words(text, words_of("conduct", "words"), whole=True)
    at = surname_at(text, person)
    if not said or at is None:
        return False
    others = [span[1] for p in named if p is not person and (span := surname_at(text, p)) is not None]
    return any(at[1] <= start and not any(at[1] < end <= start for end in others) for start, _ in said)


def _conducted_by(person: Participant, event: Event) -> bool:
    """Whether the source's words for a person, or a quote of the event naming them ("Кездесуді
    ашқан Асан Дарбаев"), say they ran the meeting."""
    from otg_cli.text import find_words

    conduct = words_of("conduct", "words")
    quotes = [c.quote for c in event.citations if _names(c.quote, person)]
    return any(find_words(normalized(t), conduct, whole=True) for t in [role_text(person), *quotes])


def _names(quote: str, person: Participant) -> bool:
    return surname_at(claim_folded(quote), person) is not None


def _delegates(statement: Statement, event: Event, countries: set[str]) -> list[Part]:
    """A country's delegate the claim gives by office only ("Өзбекстан атынан сыртқы істер
    министрі қатысты"): contradicted when no participant of that country holds it as worded."""
    found = []
    for country in sorted(countries):
        delegates = [p for p in event.participants if p.country == country]
        if not delegates or not _claimed_offices(statement, event):
            continue
        wrong = [
            _wrong_office(statement, _role_words(p), event, alone=True, words=statement.stems)
            for p in delegates
        ]
        if all(wrong):
            said = reason("person.roles", roles=tuple(reason("text", text=Name(p.role)) for p in delegates))
            found.append(
                record_part(
                    "participant",
                    reason("claimed.party", party=Parties((country,))),
                    "contradicted",
                    said,
                    event,
                )
            )
    return found


def _by_office(statement: Statement, event: Event) -> list[Part]:
    """The office a claim naming no one gives those who acted ("OTS presidents approved a
    roadmap" where the ministers did): not established when no participant holds it."""
    offices = _claimed_offices(statement, event)
    if not offices or not event.participants:
        return []
    if any(offices & _offices(_role_words(p)) for p in event.participants):
        return []
    said = reason("claimed.words", words=tuple(sorted(offices)))
    roles = reason(
        "person.roles", roles=tuple(reason("text", text=Name(p.role)) for p in event.participants[:4])
    )
    return [record_part("participant", said, "not_established", roles, event)]


def _claimed_offices(statement: Statement, event: Event) -> set[str]:
    """The offices the claim names, less words of the event's own name as the name words them
    ("встреча министров" is the meeting's; "сыртқы істер министрі" a person's)."""
    import re

    from otg_cli.text import blank_words

    names = set(re.findall(r"\w+", normalized(" ".join(event.name.all()))))
    # "председательствовал" says who ran the meeting (`_conducted`), not that they are a chairman.
    words = re.findall(
        r"\w+", blank_words(claim_folded(statement.text), words_of("conduct", "words"), whole=True)
    )
    meeting = [any(w.startswith(e) for e, _ in entries("events")) for w in words]
    # A word beside a word for a meeting names the meeting ("министрлер кездесуіне", "ministers' meeting").
    beside = {i for i, is_event in enumerate(meeting) if is_event for i in (i - 1, i + 1)}
    kept = [w for i, w in enumerate(words) if w not in names and i not in beside]
    return _offices(stems_of(" ".join(kept)))


def _role_words(person: Participant) -> frozenset[str]:
    return frozenset(stems_of(role_text(person)))


def _absent(statement: Statement, event: Event, base: FactBase) -> tuple[Part, ...]:
    """People the base knows from other events whom the claim names at this one, where the
    source does not list them ("President Tokayev attended the ministers' meeting")."""
    here = {person.name.en for person in event.participants}
    elsewhere = {
        person.name.en: person
        for other in base.events.values()
        if other.id != event.id
        for person in other.participants
        if person.name.en not in here and _is_named(statement, person)
    }
    parts = []
    for person in elsewhere.values():
        head = _head_of_delegation(statement, person, event)
        verdict: Verdict = "contradicted" if head else "not_established"
        why = reason("person.delegation_head", name=Name(head.name)) if head else reason("person.absent")
        parts.append(
            record_part("participant", reason("claimed.person", name=Name(person.name)), verdict, why, event)
        )
    return tuple(parts)


def _head_of_delegation(statement: Statement, person: Participant, event: Event) -> Participant | None:
    """Who the source names as head of the delegation of the country of someone it does not list,
    where the claim says they led it ("Zhumangarin led Kazakhstan's delegation at Turkestan")."""
    from otg_cli.text import find_words

    text = claim_folded(statement.text)
    if not find_words(text, words_of("delegation", "words")) or not find_words(
        text, words_of("delegation", "led")
    ):
        return None
    heads = [
        p
        for p in event.participants
        if p.country == person.country and p.country is not None and "head of delegation" in p.role.en
    ]
    return heads[0] if len(heads) == 1 else None


def _own_words(statement: Statement, named: list[Participant]) -> dict[str, frozenset[str]]:
    """The words a claim naming several people says of each (the stems of its name's stretch):
    from the name before it up to its own, and what a comma puts after it ("Deputy Prime
    Minister Serik Zhumangarin met Khojamyrat Geldimyradov, deputy chairman of ..."), so that
    one person's "deputy" is not another's. Empty for a claim naming one person."""
    import re

    if len(named) < 2:
        return {}
    words = list(re.finditer(r"\w+", claim_folded(statement.text)))
    stems = [stem(w.group()) for w in words]
    at = {}
    for person in named:
        names = surnames(person)
        found = [i for i, s in enumerate(stems) if any(len(n) >= 4 and same_stem(n, s) for n in names)]
        if found:
            at[person.name.en] = found[0]
    order = sorted(at, key=at.__getitem__)
    text = claim_folded(statement.text)
    own: dict[str, frozenset[str]] = {}
    for k, name in enumerate(order):
        first = at[order[k - 1]] + 1 if k else 0
        last = at[name] + 1
        after = words[at[name]].end()
        if text[after : after + 1] == ",":
            last = at[order[k + 1]] if k + 1 < len(order) else len(words)
        own[name] = frozenset(stems_of(" ".join(w.group() for w in words[first:last])))
    return own


def _wrong_office(
    statement: Statement,
    role_words: frozenset[str],
    event: Event,
    *,
    alone: bool,
    words: frozenset[str] | set[str],
) -> Reason | None:
    """What the claim says of a person's office that the source's words for it do not: a rank
    left out ("minister" for a deputy) or, where the claim names this person alone, another office
    ("president" for a secretary general; an office the event's name has, "встреча министров", is
    the meeting's, not the person's)."""
    # An office in the event's own name ("the OTS ministers' meeting") is the meeting's.
    offices = _offices(words) & _claimed_offices(statement, event)
    if (
        offices
        and shared(role_words, _words("ranks", "deputy"))
        and not shared(words, _words("ranks", "deputy"))
    ):
        return reason("person.deputy")
    other = _claimed_offices(statement, event) - _offices(role_words)
    if alone and other and _offices(role_words):
        return reason("person.not_office", offices=tuple(Word(o, "office") for o in sorted(other)))
    return None


def _offices(words: frozenset[str] | set[str]) -> set[str]:
    return {office for office, _ in entries("offices") if shared(words, _words("offices", office))}


def _is_named(statement: Statement, person: Participant) -> bool:
    return is_named_by(statement.stems, person)


def _words(table: str, key: str) -> set[str]:
    return {stem(w) for w in words_of(table, key)}


def _wrong_portfolio(statement: Statement, person: Participant, named: list[Participant]) -> Reason | None:
    """The ministry the claim gives a person's office that the source's words for it do not
    ("Vice Minister of Trade and Integration Asan Darbayev" for the vice minister of national
    economy): read from the claim's words about this person only, between the name before it and
    its own (a title stands before a name) or after it, set off by a comma."""
    text = claim_folded(statement.text)
    spans = [span for p in named if (span := surname_at(text, p)) is not None]
    at = surname_at(text, person)
    if at is None:
        return None
    before = max((end for _, end in spans if end <= at[0]), default=0)
    after = min((start for start, _ in spans if start >= at[1]), default=len(text))
    stretch = text[before : at[0]]
    if text[at[1] : at[1] + 1] == ",":
        stretch += " " + text[at[1] : after]
    return wrong_portfolio(stretch, person)


def wrong_portfolio(words: str, person: Participant) -> Reason | None:
    """The ministries `words` give a person's office that the source's words for it do not."""
    stated = stated_portfolios(role_text(person))
    other = portfolios(words) - stated
    if not (other and stated):
        return None
    return reason("person.not_office", offices=tuple(Word(o, "office") for o in sorted(other)))


def role_text(person: Participant) -> str:
    """A person's role as curated and the quote that names them."""
    return " ".join([person.role.en, person.citation.quote if person.citation else ""])


def portfolios(text: str) -> set[str]:
    """The ministries the text gives an office of, by the lexicon's [portfolios]: the rank
    ("vice", "deputy", "зам") dropped, every form of the word for minister read as "minister"."""
    import re

    ranks = "|".join(re.escape(normalized(w)) for w in words_of("ranks", "deputy"))
    folded = re.sub(rf"(?<!\w)(?:{ranks})\s+", "", normalized(text))
    folded = re.sub(r"(?<!\w)(?:зам)?(minister|министр)\w*", r"\1", folded)
    return {m.meaning for m in mentions(folded, "portfolios")}


def stated_portfolios(text: str) -> set[str]:
    """The ministries a source's words give an office of, read loosely: a portfolio's words
    anywhere in them ("Deputy Minister of Investment, Industry and Trade" is of trade too)."""
    import re

    from otg_cli.lexicon import entries
    from otg_cli.text import starts_a_word

    folded = normalized(text)
    found = set()
    for phrase, key in entries("portfolios"):
        bare = re.sub(r"(?<!\w)(?:minister|министр)(?!\w)|(?<!\w)of(?!\w)", " ", normalized(phrase)).split()
        if bare and starts_a_word(folded, (" ".join(bare),)):
            found.add(str(key))
    return found | portfolios(text)

"""Parties as fact files may write them, and the parties `otg check` doubts.

A fact file names a party as a query does (`countries.resolve_party`): an ISO 3166-1 alpha-2 or
alpha-3 code (KZ, KAZ), a country's name in English, Russian or Kazakh (Azerbaijan, Казахстан), or
a group's id, name or alias (ots, OTS, ТМҰ). The loader stores alpha-2 codes and group ids, and
refuses anything else with a did-you-mean. A real country that is neither an OTS member nor an
observer (KY, the Cayman Islands, typed for KG) is a warning of `otg check`, unless the record lists
it in `outside_ots`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from otg_cli.models import FactBase, Record

#: The OTS members and observers (README): a party outside them and the groups of the base is more
#: likely a typo than a partner.
OTS_MEMBERS = ("AZ", "KG", "KZ", "TR", "UZ")
OTS_OBSERVERS = ("HU", "TM")

#: Fields that hold one party, and fields that hold several.
_ONE = ("proposed_by", "country")
_SEVERAL = ("parties", "outside_ots")
#: Fields that hold records with a `country` of their own.
_NESTED = ("members", "participants")


def resolve(text: str, base: FactBase) -> str | None:
    """The alpha-2 code or group id a fact file means, as a query would read it; None if unknown."""
    from otg_cli.countries import resolve_party
    from otg_cli.errors import OtgError

    try:
        return resolve_party(text, base)
    except OtgError:
        return None


def normalizer(base: FactBase, known: Callable[[str], bool]) -> Callable[[Record], Record]:
    """Rewrites a record with every party as a code or group id (KAZ, Казахстан -> KZ): a party
    already `known` stays, and one that cannot be read is left as written, for the loader to refuse."""
    seen: dict[str, str] = {}

    def one(text: str) -> str:
        if text not in seen:
            seen[text] = text if known(text) else (resolve(text, base) or text)
        return seen[text]

    def normalized(record: Record) -> Record:
        rewritten: Record = _with_parties(record, one)
        return rewritten

    return normalized


@cache
def _party_fields(kind: type) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The fields of a record class that hold one party, several, and records with a country."""
    names = {field.name for field in dataclasses.fields(kind)}
    return (
        tuple(n for n in _ONE if n in names),
        tuple(n for n in _SEVERAL if n in names),
        tuple(n for n in _NESTED if n in names),
    )


def _with_parties(record: Any, one: Callable[[str], str]) -> Any:
    kind: type = type(record)
    single, several, nested = _party_fields(kind)
    changes: dict[str, Any] = {}
    for name in single:
        value = getattr(record, name)
        if value is not None and one(value) != value:
            changes[name] = one(value)
    for name in several:
        values = getattr(record, name)
        if any(one(value) != value for value in values):
            changes[name] = tuple(map(one, values))
    for name in nested:
        items = getattr(record, name)
        rewritten = tuple(_with_parties(item, one) for item in items)
        if any(new is not old for new, old in zip(rewritten, items, strict=True)):
            changes[name] = rewritten
    return dataclasses.replace(record, **changes) if changes else record


def is_known(code: str, base: FactBase) -> bool:
    """Whether a stored party is a group of the base or a real country (the loader refuses others)."""
    if code in base.groups or code in base.countries:
        return True
    from otg_cli.i18n import country_name

    return re.fullmatch(r"[A-Z]{2}", code) is not None and country_name(code) is not None


def ots_countries(base: FactBase) -> set[str]:
    """The OTS members and observers, and every country a group of the base lists."""
    found = {*OTS_MEMBERS, *OTS_OBSERVERS}
    for group in base.groups.values():
        found.update(member.country for member in group.members)
    return found


def _english_name(code: str, base: FactBase) -> str:
    from otg_cli.countries import party_name

    return party_name(code, base, "en")


def _lookalikes(code: str, base: FactBase) -> list[str]:
    """OTS countries whose English name a mistyped code could stand for: its first letter, then
    its other letters in order (KY and KR for Kyrgyzstan, KA for Kazakhstan)."""
    letters = code.upper()
    found = []
    for candidate in sorted(ots_countries(base)):
        name = _english_name(candidate, base).upper()
        if candidate != letters and name.startswith(letters[0]) and _in_order(letters[1:], name[1:]):
            found.append(candidate)
    return found


def _in_order(letters: str, text: str) -> bool:
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True


def _listed(codes: list[str], base: FactBase) -> str:
    return " or ".join(f"{code} ({_english_name(code, base)})" for code in codes)


def _named(code: str, base: FactBase) -> str:
    """A country's name, worded in the run's language when a problem is shown (`errors.Spoken`)."""
    from otg_cli.countries import party_name
    from otg_cli.errors import Spoken

    return Spoken(lambda: party_name(code, base))


def suggestion(text: str, base: FactBase) -> str:
    """ "; did you mean KG (Kyrgyzstan)?" for a party that cannot be read, else ""."""
    codes = _lookalikes(text, base) if re.fullmatch(r"[A-Za-z]{2,3}", text) else []
    if not codes:
        from otg_cli.countries import iso_index, party_names
        from otg_cli.text import closest, normalize

        names = {normalize(name): code for name, code in party_names(base, with_codes=False)}
        for name, code in iso_index(base).items():
            names.setdefault(name, code)
        found = closest(normalize(text), [name for name in names if len(name) > 3], cutoff=0.75)
        codes = [names[found]] if found else []
    from otg_cli.errors import Words

    return Words("; did you mean {close}?", close=_listed(codes, base)) if codes else ""


def outside_ots(code: str, base: FactBase) -> str | None:
    """Why a country party is doubtful, or None when it is an OTS country or a group."""
    if code in base.groups or code in ots_countries(base) or not is_known(code, base):
        return None  # a group, an OTS country, or what the loader refuses already
    from otg_cli.errors import Joined, Words

    codes = _lookalikes(code, base)
    values = {"code": code, "name": _named(code, base)}
    if codes:
        meant = (Words("{code} ({name})", code=c, name=_named(c, base)) for c in codes)
        return Words(
            "{code} is {name}, neither an OTS member nor an observer; did you mean {meant}? If {code} "
            'is meant, say so with outside_ots = ["{code}"]',
            meant=Joined(meant, Words(" or ")),
            **values,
        )
    return Words(
        "{code} is {name}, neither an OTS member nor an observer; if {code} is meant, say so with "
        'outside_ots = ["{code}"]',
        **values,
    )

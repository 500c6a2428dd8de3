"""The records of the fact base.

Records are immutable and built by keyword. They compare by identity, not by value: nothing needs
value equality.

They are standard-library dataclasses (keyword-only, with slots), declared by `record`, so that
the commands can use them without importing pydantic (which costs more start-up time than
the whole rest of a query). `loader.py` validates TOML input against these same classes with
pydantic in strict mode; `__pydantic_config__` is read there and nowhere else. Invariants that span
fields live in `__post_init__`, so they hold however a record is built.

Read-only is a promise kept by the type checker: `record` declares every field frozen to it
(PEP 681's `dataclass_transform`, so mypy strict refuses any assignment to a record's field in
otg's code and tests), while at run time the classes are not frozen: `frozen=True` compiles two
more functions per class at every start of otg (about 1.7 M instructions each, a tenth of a JSON
lookup's own start-up over twelve record classes, benchmarks/bench.py).

Annotations are evaluated when the classes are defined (no `from __future__ import annotations`),
so the cache can read each field's type from `dataclasses.fields` without evaluating strings.
"""

import datetime
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol, TypeVar, Union, cast

from otg_cli import partial_dates
from otg_cli.errors import Words
from otg_cli.partial_dates import PartialDate

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform

    from otg_cli.disagreements import Conflict
    from otg_cli.meetings import Agreement, Event, Target
else:

    def dataclass_transform(**_: object) -> Any:
        """Only the type checker reads `record`'s declaration (see the module's docstring)."""
        return lambda decorator: decorator


_Kind = TypeVar("_Kind", bound=type)


@dataclass_transform(frozen_default=True, kw_only_default=True, eq_default=False)
def record(kind: _Kind) -> _Kind:
    """Declare a record kind: a keyword-only dataclass with slots, compared by identity, read-only
    to the type checker (see the module's docstring)."""
    return cast(_Kind, dataclass(kw_only=True, slots=True, eq=False, repr=False)(kind))


class MinLen:
    """A minimum length for a string or tuple field, enforced by pydantic when validating.

    Pydantic reads `__get_pydantic_core_schema__` from the annotation; defining the hook here keeps
    pydantic (and annotated_types) out of the imports of every query.
    """

    def __init__(self, length: int) -> None:
        self.length = length

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["min_length"] = self.length
        return schema


NonEmpty = Annotated[str, MinLen(1)]

#: Only these keys are accepted; anything else in a record is an error, not silently ignored.
STRICT = {"extra": "forbid"}

Language = Literal["en", "ru", "kk"]

#: How a source words a figure. Each value keeps the meaning of the source's own word, so that
#: "почти 2 млрд" is never shown as "2 bn". See README "Qualifiers".
Qualifier = Literal["exact", "about", "over", "at_least", "almost", "under", "at_most"]

Unit = Literal["USD", "tonnes", "people", "count", "percent"]

Measure = Literal[
    "turnover",
    "exports",
    "imports",
    "trade_balance",
    "investment_inflow",
    "investment_outflow",
    "companies",
    "joint_ventures",
    "freight",
    "population",
    "trade_share",
    "export_offer",
    "investment_projects",
    "trade_contracts",
    "construction",
]

#: What a period means: a flow over start..end, a running total up to `end`, or a level as of `end`.
PeriodBasis = Literal["flow", "cumulative", "level"]

AgreementStatus = Literal[
    "signed",
    "approved",
    "concluded",
    "agreed",
    "agreed_to_consider",
    "decided",
    "appointed",
    "transferred",
    "proposed",
    "offered",
    "planned",
    "intended",
    "presented",
    "under_discussion",
    "in_progress",
    "confirmed",
]

AgreementKind = Literal["document", "decision", "proposal", "intention", "plan"]

#: The fields of a record that its quotes may leave unstated (`context`): `otg check` compares
#: every other one with what the quotes say.
ContextField = Literal[
    "value",
    "unit",
    "qualifier",
    "period",
    "change_pct",
    "change_qualifier",
    "parties",
    "deadline",
    "status",
]

# The patterns below are matched whole (re.fullmatch), and compiled on first use rather than at
# import: only validation needs them. Partial dates: `partial_dates.PartialDate`.

#: Ids are what people type and scripts store: lower-case words joined by hyphens.
RECORD_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"

#: A party is an ISO 3166-1 alpha-2 code or the id of a group defined in the fact base.
COUNTRY_CODE = r"[A-Z]{2}"

#: A SHA-256 checksum as hex digits, as `sha256sum` prints it.
SHA256 = r"[0-9a-f]{64}"

#: A record with this key is an example (`otg init`) or a proposal (`otg draft`) that no one has
#: confirmed yet: the loader refuses it, so that it can never be shown as a fact. Its value says
#: what to do with it.
PLACEHOLDER = "placeholder"


@record
class Localized:
    """A name in English, with the Russian and Kazakh forms where they are known."""

    __pydantic_config__ = STRICT
    en: NonEmpty
    ru: str | None = None
    kk: str | None = None

    def get(self, language: str) -> str:
        """The form in this language; for Russian or Kazakh not given, the other Cyrillic form
        before the English one ("Райымбек Баталов" reads better than "Raimbek Batalov" in Russian)."""
        order = {"ru": ("ru", "kk"), "kk": ("kk", "ru")}.get(language, (language,))
        return next(
            (v for v in (getattr(self, code, None) for code in order) if isinstance(v, str) and v), self.en
        )

    def all(self) -> tuple[str, ...]:
        return tuple(v for v in (self.en, self.ru, self.kk) if v)


class PlainEnglish:
    """Lets a `Localized` field also be given as plain text, its English wording (`role = "Vice
    Minister of Trade"`): a fact folder need not say a role in Russian and Kazakh to be read."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_in_english, handler(source))


def _in_english(value: object) -> object:
    return {"en": value} if isinstance(value, str) else value


#: Words the sources give in several languages, or in English alone as plain text.
Worded = Annotated[Localized, PlainEnglish()]


@record
class Citation:
    """Where a record comes from: a source id and the words copied verbatim from that article."""

    __pydantic_config__ = STRICT
    source: NonEmpty
    quote: NonEmpty


@record
class Source:
    """An article the fact base is curated from, archived verbatim beside the fact files."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    outlet: NonEmpty
    language: Language
    #: The archived article text, relative to the TOML file that declares the source.
    archive: NonEmpty
    title: str | None = None
    #: As precise as the article states it (a `PartialDate`); None where it states no date: it is
    #: never guessed.
    published: PartialDate | None = None
    dateline: str | None = None
    subject: str | None = None
    url: str | None = None
    #: The day the curator saved the article.
    retrieved: datetime.date | None = None
    #: Whose statistics the article reports, as it names them ("Bureau of National Statistics of
    #: Kazakhstan"); None where it does not say.
    reporter: str | None = None
    #: The SHA-256 of the archived file, in hex: `otg check` reports an archive edited since.
    sha256: str | None = None
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        partial_dates.check(self.published, "published")
        import re

        if self.sha256 is not None and not re.fullmatch(SHA256, self.sha256):
            raise ValueError(
                Words("`sha256` {value} is not 64 lower-case hex digits", value=repr(self.sha256))
            )


@record
class Member:
    """A country in a group, as a member or an observer."""

    __pydantic_config__ = STRICT
    country: NonEmpty
    role: Literal["member", "observer"] = "member"


@record
class Group:
    """A named group of countries (the OTS, "Turkic states"), with members as the sources list them."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    name: Localized
    aliases: tuple[str, ...] = ()
    members: tuple[Member, ...] = ()
    citations: tuple[Citation, ...] = ()
    notes: tuple[str, ...] = ()


@record
class Country:
    """How the sources spell a country, kept as aliases next to the ISO names."""

    __pydantic_config__ = STRICT
    code: NonEmpty
    name: Localized
    aliases: tuple[str, ...] = ()


@record
class Period:
    """When a figure applies. Missing dates mean the source does not state them."""

    __pydantic_config__ = STRICT
    basis: PeriodBasis = "flow"
    start: datetime.date | None = None
    end: datetime.date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is None:
            raise ValueError(Words("a start needs an end"))
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(Words("start {start} is after end {end}", start=self.start, end=self.end))
        if self.basis == "level" and self.start is not None:
            raise ValueError(Words("a level is stated as of one date; give `end`, not `start`"))
        if self.basis == "flow" and (self.start is None) != (self.end is None):
            raise ValueError(Words("a flow needs both `start` and `end`, or neither when not stated"))


@record
class Fact:
    """One figure as a source states it."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    measure: Measure
    #: The part of trade the figure covers, as the lexicon's [sectors] name it ("agro-industrial");
    #: None for all of it. A claim about a sector is compared only with that sector's figures.
    sector: str | None = None
    #: ISO alpha-2 codes or group ids. For directional measures (exports, imports, balance,
    #: investment) the first party is the reporting side: "KZ exports to UZ" is ["KZ", "UZ"].
    parties: Annotated[tuple[str, ...], MinLen(1)]
    period: Period
    unit: Unit
    description: NonEmpty
    citations: Annotated[tuple[Citation, ...], MinLen(1)]
    #: The description in Russian and Kazakh, where a curator wrote them: shown in tables in that
    #: language (`described`), the English one otherwise. Words only: never a figure or a date the
    #: English does not give.
    description_ru: str | None = None
    description_kk: str | None = None
    #: In base units (dollars, tonnes, people, items, percent); None only where the source gives
    #: just a change, such as "imports fell by about 3%".
    value: float | None = None
    qualifier: Qualifier = "exact"
    #: The source's figure in words, shown instead of `value` where the value is only otg's
    #: rendering of words ("more than two-thirds" stored as 66.67 percent).
    worded: str | None = None
    change_pct: float | None = None
    change_qualifier: Qualifier = "exact"
    #: Ids of facts that state the same thing differently (two sources that disagree). One side is
    #: enough: a user's fact may point at a bundled one. Disagreements nobody listed are found too
    #: (`FactBase.disagreements`, which is what otg shows).
    conflicts_with: tuple[str, ...] = ()
    #: Id of a fact this one is a part of (2025 investment within the 2005-2025 total).
    part_of: str | None = None
    #: Fields no quote states, taken from the article around the quotes (its date, dateline,
    #: headline or the sentence before) and said in `notes`: `otg check` does not look for them
    #: in the quotes, and checks every other field against them.
    context: tuple[ContextField, ...] = ()
    #: Parties meant although they are neither OTS members nor observers (IR on a railway through
    #: Iran); `otg check` warns of any other such party as a likely typo (KY for KG).
    outside_ots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.value is None and self.change_pct is None:
            raise ValueError(Words("a fact needs a `value`, a `change_pct`, or both"))
        if self.value is not None and self.value < 0 and self.measure != "trade_balance":
            raise ValueError(
                Words("`value` {value} is negative; only a trade balance may be", value=self.value)
            )

    def described(self, language: str) -> str:
        """The description in `language` where one is written, else the English one."""
        local = {"ru": self.description_ru, "kk": self.description_kk}.get(language)
        return local or self.description


#: Any stored record. Events, agreements and targets live in `meetings`, imported only by the
#: commands that read them (a figure lookup never does).
Record = Union[Source, Group, Country, Fact, "Event", "Agreement", "Target"]

R = TypeVar("R")


if TYPE_CHECKING:

    class FactStore(Protocol):
        """Facts by id, plus a pre-selection that a store with an index can answer without reading all."""

        def __getitem__(self, key: str) -> Fact: ...

        def __contains__(self, key: object) -> bool: ...

        def __iter__(self) -> Iterator[str]: ...

        def __len__(self) -> int: ...

        def values(self) -> Iterable[Fact]: ...

        def get(self, key: str) -> Fact | None: ...


class FactBase:
    """Every record, plus where each came from (for messages that name the file).

    `tables` holds the records of every stored kind (`kinds.STORED`) by key, under the kind's
    `plural`. They are dicts when the base was just loaded from TOML. From the cache, `facts` is a
    store backed by its SQLite index, so that a query over 100,000 facts reads only the ones it
    needs, and every other table is decoded when first read.

    Not a record: a plain class, compared and hashed by identity (caches of derived indexes key
    on it). `kinds` is imported inside the methods that read the registry.
    """

    __slots__ = ("_disagreements", "archive_paths", "iso_names", "origins", "tables")

    def __init__(
        self,
        *,
        tables: Mapping[str, Mapping[str, Any]],
        origins: Mapping[str, str],
        archive_paths: dict[str, Path],
        iso_names: Mapping[str, str] | None = None,
        disagreements: "Mapping[str, tuple[Conflict, ...]] | None" = None,
    ) -> None:
        #: kind.plural -> record key -> record
        self.tables = tables
        #: record id -> file it was loaded from
        self.origins = origins
        #: source id -> path of its archived article
        self.archive_paths = archive_paths
        #: ISO 3166-1 names in en/ru/kk -> alpha-2 code, kept with a cached base so that reading a
        #: claim need not load pycountry (None: ask pycountry, `countries.iso_index`).
        self.iso_names = iso_names
        self._disagreements = disagreements

    @property
    def disagreements(self) -> "Mapping[str, tuple[Conflict, ...]]":
        """Fact id -> the facts it disagrees with, declared (`conflicts_with`, on either side) or
        detected (`disagreements.find`), computed once when the base is built and kept with the
        cache; found here only for a base built without them."""
        if self._disagreements is None:
            from otg_cli.disagreements import find

            self._disagreements = find(self.facts.values())
        return self._disagreements

    def table(self, record_class: type[R]) -> Mapping[str, R]:
        """The records of one kind by key, typed: `base.table(Fact)`."""
        from otg_cli.kinds import kind_for

        found: Mapping[str, R] = self.tables[kind_for(record_class).plural]
        return found

    @property
    def sources(self) -> Mapping[str, Source]:
        return self.table(Source)

    @property
    def groups(self) -> Mapping[str, Group]:
        return self.table(Group)

    @property
    def countries(self) -> Mapping[str, Country]:
        return self.table(Country)

    @property
    def events(self) -> "Mapping[str, Event]":
        return self.tables["events"]

    @property
    def facts(self) -> "FactStore":
        return cast("FactStore", self.table(Fact))

    @property
    def agreements(self) -> "Mapping[str, Agreement]":
        return self.tables["agreements"]

    @property
    def targets(self) -> "Mapping[str, Target]":
        return self.tables["targets"]

    def _tables(self) -> Iterator[Mapping[str, Record]]:
        """The tables of records known by id, in the registry's order (countries share no ids
        with them: they are known by their code)."""
        from otg_cli.kinds import STORED

        return (self.tables[kind.plural] for kind in STORED if kind.key == "id")

    def record(self, key: str) -> Record | None:
        """The record with this id, of whatever kind (countries are not records with ids)."""
        for table in self._tables():
            if key in table:
                return table[key]
        return None

    def record_ids(self) -> list[str]:
        return [key for table in self._tables() for key in table]

    def records(self) -> dict[str, Record]:
        """Every record by id. Reads every fact: for the commands that need them all."""
        from otg_cli.kinds import record_key

        merged: dict[str, Record] = {}
        for table in self._tables():
            # values(), not table[key] per id: a cached store reads all its facts in one query.
            merged.update((record_key(record), record) for record in table.values())
        return merged

    def fact_candidates(
        self,
        parties: Collection[str],
        measures: Collection[str],
        start: datetime.date | None,
        end: datetime.date | None,
    ) -> Iterable[Fact]:
        """Facts that may match; the caller applies the exact rules. A superset, never fewer."""
        narrow = getattr(self.facts, "candidates", None)
        if narrow is not None:
            found: Iterable[Fact] = narrow(parties, measures, start, end)
            return found
        return self.facts.values()


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_R = TypeVar("_R", bound=_Identified)


def by_id(records: Iterable[_R]) -> tuple[_R, ...]:
    """Each record once, in order: records are compared by identity, and a base read from its
    cache gives a new object for a record at each query (two parts citing one fact)."""
    found: dict[str, _R] = {}
    for record in records:
        found.setdefault(record.id, record)
    return tuple(found.values())

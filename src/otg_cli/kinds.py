"""The registry of kinds: every kind of record otg stores and every kind of result it prints.

Each kind is declared here once, with everything the rest of otg needs to know about it:

- `model`: where its record class is, as "module:Class" (`models` or `meetings`), imported when
  `record` is first read; None for results computed by otg, never stored;
- `table`: its name in fact files (`[[fact]]`), in JSON (`"kind": "fact"`) and in `otg schema`;
- `plural`: its table in the fact base, the cache, the JSON export and the SQLite export;
- `key`: the field a record is known by (countries are known by their code);
- `shape`: the TypedDict in `output_models` that its JSON rows have, and the schema is made of;
- `columns`: the default fields of the flat formats (tsv, csv, markdown) without `--fields`;
- `exported`: whether `otg export` writes it;
- `search`: what `otg search` matches, as (weight name, path) pairs: a path is dotted attribute
  names into the record, walking every item of a tuple; `*` is every field of a nested record
  (every language of a name);
- `title`: how `otg search` titles a hit: `{path}` is replaced by the texts at that path joined
  by " – ", and `{a|b}` by the first of the paths that has any text.

Adding a kind means adding its dataclass (or result class), its TypedDict, its row builder in
`views/rows.py` (a function named after the kind), and one entry here; the loader, cache, export,
schema, search, views and formatters read this registry.
"""

import functools
import importlib
from typing import NamedTuple


class Kind(NamedTuple):
    table: str
    plural: str
    shape: str
    columns: tuple[str, ...]
    #: Where the record class is, "module:Class", imported when first needed (see `record`).
    model: str | None = None
    key: str = "id"
    exported: bool = True
    search: tuple[tuple[str, str], ...] = ()
    title: str = ""

    @property
    def record(self) -> type:
        """The record class of a stored kind (results have none)."""
        if self.model is None:
            raise TypeError(f"{self.table} is a result, not a stored record")
        return _class(self.model)


_SOURCES = ("sources.outlet", "sources.published")
#: What every cited record is also found by: the words it quotes and its notes.
_CITED = (("quote", "citations.quote"), ("note", "notes"))

#: Stored kinds, in the order the loader reads them and the export writes them.
SOURCE = Kind(
    table="source",
    plural="sources",
    model="otg_cli.models:Source",
    shape="SourceOut",
    columns=("id", "outlet", "published", "language", "title"),
    search=(("outlet", "outlet"), ("title", "title"), ("subject", "subject"), *_CITED),
    title="{outlet}: {title|subject}",
)
GROUP = Kind(
    table="group",
    plural="groups",
    model="otg_cli.models:Group",
    shape="GroupOut",
    columns=("id", "name.en", "members.country", "members.role"),
    search=(("name", "name.*"), ("alias", "aliases"), *_CITED),
    title="{name.en}",
)
COUNTRY = Kind(
    table="country",
    plural="countries",
    model="otg_cli.models:Country",
    key="code",
    shape="CountryOut",
    columns=("code", "name.en"),
    exported=False,
)
EVENT = Kind(
    table="event",
    plural="events",
    model="otg_cli.meetings:Event",
    shape="EventOut",
    columns=("id", "name.en", "place.en", "date_label", *_SOURCES),
    search=(("name", "name.*"), ("alias", "aliases"), ("place", "place.*"), *_CITED),
    title="{name.en}",
)
FACT = Kind(
    table="fact",
    plural="facts",
    model="otg_cli.models:Fact",
    shape="FactOut",
    columns=(
        "id",
        "parties",
        "period.label",
        "value_label",
        "change_label",
        "value",
        "unit",
        "qualifier",
        *_SOURCES,
        "sources.language",
    ),
    search=(
        ("description", "description"),
        ("description", "description_ru"),
        ("description", "description_kk"),
        *_CITED,
    ),
    title="{description}",
)
AGREEMENT = Kind(
    table="agreement",
    plural="agreements",
    model="otg_cli.meetings:Agreement",
    shape="AgreementOut",
    columns=("id", "event.id", "status_label", "title.en", "parties", *_SOURCES),
    search=(("title", "title.*"), *_CITED),
    title="{title.en}",
)
TARGET = Kind(
    table="target",
    plural="targets",
    model="otg_cli.meetings:Target",
    shape="TargetOut",
    columns=("id", "parties", "value_label", "deadline_label", "progress.label", "progress.from_fact"),
    search=_CITED,
    title="{measure} target for {parties}",
)

#: Results otg computes: printed by the same formatters, never stored.
DERIVED = Kind(
    table="derived",
    plural="derived",
    shape="DerivedOut",
    columns=("id", "parties", "period.label", "value_label", "value", "unit", "formula"),
    exported=False,
)
HIT = Kind(
    table="hit",
    plural="hits",
    shape="HitOut",
    columns=("kind", "id", "score", "title_label"),
    exported=False,
)
VERIFICATION = Kind(
    table="verification",
    plural="verifications",
    shape="VerificationOut",
    columns=("verdict_label", "claim.text", "explanation_label"),
    exported=False,
)
PROBLEM = Kind(
    table="problem",
    plural="problems",
    shape="ProblemOut",
    columns=("severity", "file", "record", "field", "message_label"),
    exported=False,
)
QUOTE = Kind(
    table="quote",
    plural="quotes",
    shape="QuoteOut",
    columns=("found", "source", "passage"),
    exported=False,
)

CHECK = Kind(
    table="check",
    plural="checks",
    shape="CheckOut",
    columns=PROBLEM.columns,
    exported=False,
)

STORED: tuple[Kind, ...] = (SOURCE, GROUP, COUNTRY, EVENT, FACT, AGREEMENT, TARGET)
RESULTS: tuple[Kind, ...] = (DERIVED, HIT, VERIFICATION, PROBLEM, CHECK, QUOTE)
KINDS: dict[str, Kind] = {kind.table: kind for kind in (*STORED, *RESULTS)}
_BY_CLASS_NAME: dict[str, Kind] = {kind.model.partition(":")[2]: kind for kind in STORED if kind.model}


@functools.cache
def _class(model: str) -> type:
    module, _, name = model.partition(":")
    found: type = getattr(importlib.import_module(module), name)
    return found


def kind_of(record: object) -> Kind:
    """The kind of a stored record."""
    return _BY_CLASS_NAME[type(record).__name__]


def kind_for(record_class: type) -> Kind:
    """The kind whose records are of this class."""
    return _BY_CLASS_NAME[record_class.__name__]


def record_key(record: object) -> str:
    """The id a record is known by (countries are known by their code)."""
    key: str = getattr(record, kind_of(record).key)
    return key

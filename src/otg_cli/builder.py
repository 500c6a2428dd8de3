"""Validated records into a FactBase: ids, cross-references and parties checked across the base.

A cold load adds every record (`loader`); an update of the cache adds only the records of the
files that changed, on top of the cached base (`Builder.on_top_of`, `incremental`), and they are
checked by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli import kinds
from otg_cli.errors import Problem, Words
from otg_cli.factfiles import display_path
from otg_cli.kinds import kind_of, record_key
from otg_cli.models import COUNTRY_CODE, RECORD_ID, Citation, Country, Fact, FactBase, Group, Record, Source
from otg_cli.pending import Pending
from otg_cli.text import accepted

if TYPE_CHECKING:
    from otg_cli.meetings import Agreement, Event, Target


class Placed(NamedTuple):
    """A record with the file it came from and its place in the load order, as the cache stores
    it (`cache.insert_records`)."""

    record: Record
    file: str
    rank: int
    pos: int


def _is_country_code(text: str) -> bool:
    return re.fullmatch(COUNTRY_CODE, text) is not None


def citations_of(record: Record) -> list[tuple[str, Citation]]:
    """Every citation in a record with the field it sits in (participants' included)."""
    found: list[tuple[str, Citation]] = [
        (f"citations[{i}]", c) for i, c in enumerate(getattr(record, "citations", ()))
    ]
    found.extend(
        (f"participants[{i}].citation", p.citation)
        for i, p in enumerate(getattr(record, "participants", ()))
        if p.citation is not None
    )
    return found


#: Reports one problem with the record being checked: (message, field).
_Report = Callable[[str, str], None]


class Builder:
    """Turns validated records into a FactBase, checking ids and cross-references."""

    def __init__(self, pending: Pending) -> None:
        self.pending = pending
        self.problems: list[Problem] = []
        #: kind.plural -> key -> record, for every stored kind, in the registry's order.
        self.tables: dict[str, MutableMapping[str, Any]] = {kind.plural: {} for kind in kinds.STORED}
        self.origins: MutableMapping[str, str] = {}
        #: Countries are known by their code, a namespace of their own.
        self.country_origins: dict[str, str] = {}
        self.archive_paths: MutableMapping[str, Path] = {}
        #: (kind.plural, key) of each record added, in the order added.
        self.added: list[tuple[str, str]] = []
        #: The records as read, with their files, in load order.
        self.loaded: list[tuple[Record, Path]] = []

    @classmethod
    def on_top_of(cls, base: FactBase, hidden: set[str], pending: Pending) -> Builder:
        """A builder whose tables are a cached base's, less the `hidden` ids (records of the files
        that changed): records added to it are checked against the whole base (`incremental`)."""
        from otg_cli.overlay import Overlay

        builder = cls(pending)
        builder.tables = {k.plural: Overlay(base.tables[k.plural], hidden) for k in kinds.STORED}
        builder.origins = Overlay(base.origins, hidden)
        builder.country_origins = {code: base.origins[code] for code in base.countries}
        builder.archive_paths = Overlay(base.archive_paths, hidden)
        return builder

    def table(self, record_class: type[Record]) -> MutableMapping[str, Any]:
        return self.tables[kinds.kind_for(record_class).plural]

    def add(self, record: Record, path: Path) -> None:
        key = record_key(record)
        where = display_path(path)
        kind = kind_of(record)
        if isinstance(record, Country):
            if not _is_country_code(key):
                self.problems.append(
                    Problem(
                        Words("must be an ISO 3166-1 alpha-2 code such as KZ"),
                        where,
                        f"country {key}",
                        "code",
                    )
                )
        elif not re.fullmatch(RECORD_ID, key):
            self.problems.append(
                Problem(
                    Words("ids are lower-case words joined by hyphens, such as kz-uz-turnover-2025"),
                    where,
                    f"{kind.table} {key}",
                    "id",
                )
            )
        origins = self.country_origins if isinstance(record, Country) else self.origins
        if key in origins:
            self.problems.append(
                Problem(
                    Words("duplicate id; first defined in {file}", file=origins[key]),
                    where,
                    f"{kind.table} {key}",
                    kind.key,
                )
            )
            return
        origins[key] = where
        self.tables[kind.plural][key] = record
        self.added.append((kind.plural, key))
        if isinstance(record, Source):
            self.archive_paths[key] = path.parent / record.archive

    def _party_known(self, code: str) -> bool:
        if code in self.table(Group):
            return True
        if not _is_country_code(code):
            return False
        return code in self.table(Country) or _is_iso_country(code)

    def _country_known(self, code: str) -> bool:
        return _is_country_code(code) and self._party_known(code)

    def normalize_parties(self) -> None:
        """Parties written as queries accept them (KAZ, Казахстан, OTS) become codes and group ids."""
        from otg_cli.parties import normalizer

        normalized = normalizer(self.build(), self._party_known)
        for plural, key in self.added:
            table = self.tables[plural]
            table[key] = normalized(table[key])

    def check_references(self) -> None:
        """Check the records added: a cold load adds them all, an update only those of the files
        that changed (`on_top_of`)."""
        self.normalize_parties()
        self._check_archives()
        for plural, key in self.added:
            record = self.tables[plural][key]
            if not isinstance(record, Country):
                self._check_record(key, record)

    def _check_archives(self) -> None:
        for key in (key for plural, key in self.added if plural == kinds.SOURCE.plural):
            archive = self.archive_paths[key]
            if not archive.is_file():
                self.problems.append(
                    Problem(
                        Words("archived article not found: {path}", path=display_path(archive)),
                        self.origins[key],
                        f"source {key}",
                        "archive",
                    )
                )

    def _check_record(self, key: str, record: Record) -> None:
        from otg_cli.meetings import Agreement, Event, Target

        origin = self.country_origins[key] if isinstance(record, Country) else self.origins[key]
        label = f"{kind_of(record).table} {key}"

        def report(message: str, field: str) -> None:
            self.problems.append(Problem(message, origin, label, field))

        self._check_citations(record, report)
        self._check_parties(getattr(record, "parties", ()), report)
        if isinstance(record, Group):
            self._check_members(record, report)
        if isinstance(record, Event):
            self._check_event_countries(record, report)
        if isinstance(record, Agreement | Target):
            self._check_links(record, report)
        if isinstance(record, Fact):
            self._check_related_facts(key, record, report)

    def _check_citations(self, record: Record, report: _Report) -> None:
        sources = self.table(Source)
        for field, citation in citations_of(record):
            if citation.source not in sources and not self.pending.holds(citation.source):
                report(
                    Words(
                        "unknown source {id}{accepted}",
                        id=repr(citation.source),
                        accepted=accepted(citation.source, sorted(sources), also=self.pending.ids()),
                    ),
                    f"{field}.source",
                )

    def _check_parties(self, parties: tuple[str, ...], report: _Report) -> None:
        for index, party in enumerate(parties):
            if not self._party_known(party) and not self.pending.holds(party):
                report(self._unknown_party(party), f"parties[{index}]")
        if len(set(parties)) != len(parties):
            report(Words("a party is listed twice"), "parties")

    def _unknown_party(self, party: str) -> str:
        from otg_cli.countries import PARTY_FORMS
        from otg_cli.parties import suggestion

        groups = ", ".join(sorted(self.table(Group))) or Words("none defined")
        forms = Words(PARTY_FORMS)
        if guess := suggestion(party, self.build()):
            return Words(
                "unknown party {party}{guess} Accepted: {forms} (groups here: {groups})",
                party=repr(party),
                guess=guess,
                forms=forms,
                groups=groups,
            )
        return Words(
            "unknown party {party}; accepted: {forms} (groups here: {groups})",
            party=repr(party),
            forms=forms,
            groups=groups,
        )

    def _unknown_country(self, code: str) -> str:
        from otg_cli.parties import suggestion

        return Words("unknown country {code}{guess}", code=repr(code), guess=suggestion(code, self.build()))

    def _check_members(self, group: Group, report: _Report) -> None:
        for index, member in enumerate(group.members):
            if not self._country_known(member.country):
                report(self._unknown_country(member.country), f"members[{index}].country")

    def _check_event_countries(self, event: Event, report: _Report) -> None:
        for field, code in [("country", event.country)] + [
            (f"participants[{i}].country", p.country) for i, p in enumerate(event.participants)
        ]:
            if code is not None and not self._country_known(code):
                report(self._unknown_country(code), field)

    def _check_links(self, record: Agreement | Target, report: _Report) -> None:
        events = self.tables["events"]
        if record.event is not None and record.event not in events and not self.pending.holds(record.event):
            unknown = Words(
                "unknown event {id}{accepted}",
                id=repr(record.event),
                accepted=accepted(record.event, sorted(events)),
            )
            report(unknown, "event")
        proposer = getattr(record, "proposed_by", None)
        if proposer is not None and not self._party_known(proposer) and not self.pending.holds(proposer):
            report(self._unknown_party(proposer), "proposed_by")

    def _check_related_facts(self, key: str, fact: Fact, report: _Report) -> None:
        facts = self.table(Fact)
        # One side is enough (`disagreements`): a user's fact may point at a bundled one.
        for index, other in enumerate(fact.conflicts_with):
            if other == key:
                report(Words("a fact cannot disagree with itself"), f"conflicts_with[{index}]")
            elif other not in facts:
                report(Words("unknown fact {id}", id=repr(other)), f"conflicts_with[{index}]")
        if fact.part_of is not None and fact.part_of not in facts:
            report(Words("unknown fact {id}", id=repr(fact.part_of)), "part_of")

    def build(self) -> FactBase:
        """The base of what was added; its disagreements are found when first read."""
        from collections import ChainMap

        return FactBase(
            tables=self.tables,
            origins=ChainMap(self.origins, self.country_origins),
            archive_paths=self.archive_paths,  # type: ignore[arg-type]
        )

    def placed(self, loaded: list[tuple[Record, Path]], ranks: dict[Path, int]) -> list[Placed]:
        """The records of `loaded` as the builder keeps them (parties normalized), with their file
        and place in the load order, for the cache."""
        from otg_cli.cache import file_key

        found: list[Placed] = []
        for pos, (record, path) in enumerate(loaded):
            final = self.tables[kinds.kind_of(record).plural][record_key(record)]
            found.append(Placed(final, file_key(path), ranks[path], pos))
        return found


@cache
def _is_iso_country(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None

"""The shape of otg's JSON output, one TypedDict per record kind.

This is the contract scripts rely on. `views` builds these (mypy checks it does),
`otg schema` turns them into JSON Schema with pydantic, and the tests validate every command's
output against that schema. Changing a field name or type is a versioned change: bump
SCHEMA_VERSION and say what changed in the README.
"""

from __future__ import annotations

from typing import Literal

# pydantic needs typing_extensions.TypedDict (not typing.TypedDict) before Python 3.12 to read it.
from typing_extensions import TypedDict

from otg_cli.verify import PartName, Verdict

#: Version of the JSON output contract. Additions of fields keep it; renames and removals bump it.
SCHEMA_VERSION = 2

Number = int | float


class LocalizedOut(TypedDict):
    en: str
    ru: str | None
    kk: str | None


class SourceRefOut(TypedDict):
    """A citation: the source and the verbatim quote, in the article's language."""

    id: str
    outlet: str
    title: str | None
    #: As precise as the article states it: YYYY, YYYY-MM or YYYY-MM-DD; null where it states none.
    published: str | None
    language: str
    #: Where the article was published online, when the curator recorded it.
    url: str | None
    #: Whose statistics the article reports (a statistics office, a ministry); null where not recorded.
    reporter: str | None
    quote: str


class PeriodOut(TypedDict):
    start: str | None
    end: str | None
    basis: Literal["flow", "cumulative", "level"]
    label: str
    #: full_year, full_years, part_year, cumulative, level or not_stated; span_label says it in words.
    span: Literal["full_year", "full_years", "part_year", "cumulative", "level", "not_stated"]
    span_label: str


class ConflictOut(TypedDict):
    """Another fact this one disagrees with, and how that is known (one or both is true)."""

    id: str
    #: Listed in `conflicts_with` in the fact files, by either fact.
    declared: bool
    #: Found by otg: the same parties, measure and period, and no value allowed by both figures.
    detected: bool


class FactOut(TypedDict):
    id: str
    kind: Literal["fact"]
    measure: str
    #: The part of trade covered ("agro-industrial"); null for all of it.
    sector: str | None
    description: str
    #: The description in each language (null where none is written), and in the run's language.
    descriptions: LocalizedOut
    description_label: str
    #: ISO alpha-2 codes or group ids; for directional measures the reporting side first.
    parties: list[str]
    period: PeriodOut
    #: Base units; null where the source gives only a change.
    value: Number | None
    unit: str
    qualifier: str
    value_label: str | None
    change_pct: Number | None
    change_qualifier: str | None
    change_label: str | None
    #: Ids of the facts this one disagrees with, declared or detected (`conflicts` says which).
    conflicts_with: list[str]
    conflicts: list[ConflictOut]
    part_of: str | None
    sources: list[SourceRefOut]
    notes: list[str]


class EventSummaryOut(TypedDict):
    id: str
    name: LocalizedOut
    place: LocalizedOut | None
    #: As precise as the source: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is not stated.
    date: str | None
    date_end: str | None
    date_label: str


class ParticipantOut(TypedDict):
    name: LocalizedOut
    role: str
    country: str | None
    source: SourceRefOut | None


class EventOut(EventSummaryOut):
    kind: Literal["event"]
    category: str
    aliases: list[str]
    country: str | None
    participants: list[ParticipantOut]
    agreements: list[str]
    sources: list[SourceRefOut]
    notes: list[str]


class AgreementOut(TypedDict):
    id: str
    kind: Literal["agreement"]
    category: str
    title: LocalizedOut
    #: The status as a code (signed, under_discussion, ...).
    status: str
    #: The status in the run's language.
    status_label: str
    parties: list[str]
    proposed_by: str | None
    #: As precise as the source gives it (YYYY, YYYY-MM, YYYY-MM-DD); None where not stated.
    date: str | None
    event: EventSummaryOut | None
    sources: list[SourceRefOut]
    notes: list[str]


class ProgressOut(TypedDict):
    """Computed by otg, not stated by any source."""

    derived: Literal[True]
    ratio_pct: Number
    qualifier: str
    label: str
    from_fact: str
    period: PeriodOut
    #: In English, the same in every language; formula_label is in the language of the run.
    formula: str
    formula_label: str


class TargetOut(TypedDict):
    id: str
    kind: Literal["target"]
    measure: str
    parties: list[str]
    value: Number
    unit: str
    qualifier: str
    value_label: str
    #: As precise as the source states it ("2030", never an invented "2030-12-31"); null where none.
    deadline: str | None
    deadline_label: str
    event: str | None
    progress: ProgressOut | None
    #: Progress from each comparable figure that disagrees with the one `progress` is from: where
    #: the sources disagree, both are given. Empty when they do not.
    disputed_progress: list[ProgressOut]
    sources: list[SourceRefOut]
    notes: list[str]


class SourceOut(TypedDict):
    id: str
    kind: Literal["source"]
    outlet: str
    title: str | None
    #: As precise as the article states it: YYYY, YYYY-MM or YYYY-MM-DD; null where it states none.
    published: str | None
    language: str
    dateline: str | None
    subject: str | None
    url: str | None
    #: ISO date the curator saved the article; null where not recorded.
    retrieved: str | None
    reporter: str | None
    archive: str
    #: SHA-256 of the archived file (hex); `otg check` reports an archive that no longer matches.
    sha256: str | None
    cited_by: list[str]
    notes: list[str]


class MemberOut(TypedDict):
    country: str
    role: str


class GroupOut(TypedDict):
    id: str
    kind: Literal["group"]
    name: LocalizedOut
    aliases: list[str]
    members: list[MemberOut]
    sources: list[SourceRefOut]
    notes: list[str]


class DerivedOut(TypedDict):
    """A figure computed by otg from the sources' figures; no source states it."""

    id: str
    kind: Literal["derived"]
    derived: Literal[True]
    measure: str
    parties: list[str]
    period: PeriodOut
    value: Number
    unit: str
    qualifier: str
    value_label: str
    #: In English, the same in every language; formula_label is in the language of the run.
    formula: str
    formula_label: str
    from_facts: list[str]
    #: In English, the same in every language; note_label is in the language of the run.
    note: str
    note_label: str


class ProblemOut(TypedDict):
    severity: Literal["error", "warning"]
    file: str | None
    record: str | None
    field: str | None
    #: What is wrong, in English in every language.
    message: str
    #: The message in the run's language.
    message_label: str


class CheckOut(TypedDict):
    ok: bool
    files: int
    errors: list[ProblemOut]
    warnings: list[ProblemOut]


class CountryOut(TypedDict):
    code: str
    name: LocalizedOut
    aliases: list[str]


class MatchOut(TypedDict):
    field: str
    text: str


class HitOut(TypedDict):
    """One result of `otg search`: where the words matched, best first."""

    kind: str
    id: str
    title: str
    #: The title in the run's language, where the record has the words.
    title_label: str
    score: int
    matches: list[MatchOut]


class ClaimPeriodOut(TypedDict):
    start: str
    end: str
    label: str


class ClaimOut(TypedDict):
    """What otg understood of a claim."""

    text: str
    parties: list[str]
    indicator: str | None
    period: ClaimPeriodOut | None
    value: Number | None
    #: The upper end of a range the claim states ("between $4bn and $5bn"): `value` is its lower end.
    value_high: Number | None
    unit: str | None
    qualifier: str
    value_label: str | None
    change_pct: Number | None
    #: The same of its change ("rose 15–20%").
    change_high: Number | None
    #: How the reader corrected the claim's words ("kazakstan → Kazakhstan"), to check at a glance.
    corrections: list[str]


class PartOut(TypedDict):
    """One checkable part of a claim (amount, change, target, deadline) and its own verdict."""

    part: PartName
    claimed: str
    verdict: Verdict
    #: The verdict in the run's language.
    verdict_label: str
    #: Why, in English in every language (the human output says it in the run's language).
    reason: str
    #: Why, in the run's language.
    reason_label: str
    #: What the reason says, as codes: one per source or clause ("figure.backs",
    #: "figure.rules_out_by", "base.nothing"); the words of each are in phrases/en.toml.
    reason_codes: list[str]
    #: Ids of the facts, targets, agreements, events and groups this part was compared with.
    records: list[str]


class StatementOut(TypedDict):
    """What otg understood of a claim without a figure."""

    #: What the claim says was done: discussed, proposed, considered, agreed, signed; null if nothing.
    action: str | None
    negated: bool
    #: Who the claim says did it (the first country or person named), as a party code.
    subject: str | None
    venues: list[str]
    year: int | None
    month: int | None
    day: int | None
    ordinal: int | None
    role: str | None


class RecordRefOut(TypedDict):
    """An agreement, event or group a claim without a figure was compared with, with its quotes."""

    kind: Literal["agreement", "event", "group"]
    id: str
    name: LocalizedOut
    sources: list[SourceRefOut]


class VerificationOut(TypedDict):
    """`otg verify`: the verdict on a claim (its weakest part's), why, and the records compared."""

    verdict: Verdict
    #: The verdict in the run's language.
    verdict_label: str
    claim: ClaimOut
    #: Why, in English in every language.
    explanation: str
    #: Why, in the run's language.
    explanation_label: str
    sources_disagree: bool
    parts: list[PartOut]
    evidence: list[FactOut]
    targets: list[TargetOut]
    #: The agreements, events and groups a claim without a figure was compared with.
    records: list[RecordRefOut]
    statement: StatementOut | None
    #: The day the claim was read on (relative periods count from it), ISO 8601.
    as_of: str | None


class NearMissOut(TypedDict):
    """The passage of the article most like a text that is not in it, and how they differ."""

    passage: str
    start: int
    end: int
    #: difflib's ratio, 0 to 1.
    similarity: Number
    #: difflib.ndiff lines: "- " the text asked for, "+ " the article, "? " where they differ.
    diff: list[str]


class QuoteOut(TypedDict):
    """`otg quote`: where a text stands in a source's archived article, exactly as written there."""

    source: str
    archive: str
    text: str
    found: bool
    #: Whether the text as given is in the article character for character.
    verbatim: bool
    #: The article's own text, to paste as a verbatim quote; null when not found.
    passage: str | None
    #: Character offsets of the passage in the archived article.
    start: int | None
    end: int | None
    occurrences: int
    closest: NearMissOut | None


class CitationOut(TypedDict):
    """`otg cite --json`: the attribution line, and the record and source it cites."""

    id: str
    kind: Literal["fact", "target"]
    language: Literal["en", "ru", "kk"]
    style: Literal["text", "markdown"]
    #: The line as `otg cite` prints it.
    text: str
    source: SourceRefOut


class ExportOut(TypedDict):
    """`otg export --format json`: the whole base, each table in the shape `--json` prints."""

    otg_version: str
    schema_version: int
    sources: list[SourceOut]
    groups: list[GroupOut]
    events: list[EventOut]
    facts: list[FactOut]
    agreements: list[AgreementOut]
    targets: list[TargetOut]


def _output_kinds() -> dict[str, type]:
    """Each kind of the registry with the TypedDict its JSON rows have (`Kind.shape`)."""
    from otg_cli.kinds import KINDS

    shapes = globals()
    return {name: shapes[kind.shape] for name, kind in KINDS.items()}


#: Each kind of JSON document otg prints, by the name `otg schema KIND` takes: the records of the
#: registry, and the documents that are no record (`otg cite --json`, `otg export --format json`).
DOCUMENTS: dict[str, type] = {"citation": CitationOut, "export": ExportOut}
OUTPUT_KINDS: dict[str, type] = {**_output_kinds(), **DOCUMENTS}

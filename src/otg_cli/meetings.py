"""Events, who took part in them, what was agreed there, and the targets set: the records a figure
lookup never reads, so that `otg turnover` does not define their classes at start-up.

Like `models`, these are frozen, keyword-only standard-library dataclasses validated by pydantic in
the loader, with annotations evaluated when the classes are defined (the cache reads field types).
"""

from typing import Annotated

from otg_cli import partial_dates
from otg_cli.errors import Words
from otg_cli.models import (
    STRICT,
    AgreementKind,
    AgreementStatus,
    Citation,
    ContextField,
    Localized,
    Measure,
    MinLen,
    NonEmpty,
    Qualifier,
    Unit,
    Worded,
    record,
)
from otg_cli.partial_dates import PartialDate


@record
class Participant:
    """Someone the sources name at an event, with their role as worded (in English, and in Russian
    and Kazakh where the fact file gives them)."""

    __pydantic_config__ = STRICT
    name: Localized
    role: Worded
    country: str | None = None
    #: The source's own words naming the person and role.
    citation: Citation | None = None


@record
class Event:
    """A meeting or other event, with its place and date as precise as the sources state them."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    kind: NonEmpty
    name: Localized
    citations: Annotated[tuple[Citation, ...], MinLen(1)]
    aliases: tuple[str, ...] = ()
    #: None where the sources do not say where it took place.
    place: Localized | None = None
    country: str | None = None
    #: As precise as the sources state it (partial_dates.PartialDate); None where they do not.
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    participants: tuple[Participant, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        partial_dates.check(self.date, "date")
        partial_dates.check(self.date_end, "date_end")
        if self.date_end is not None and self.date is None:
            raise ValueError(Words("`date_end` needs a `date`"))


@record
class Agreement:
    """An agreement, signed document, decision, proposal or plan, with its status as worded."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    kind: AgreementKind
    title: Localized
    status: AgreementStatus
    parties: Annotated[tuple[str, ...], MinLen(1)]
    citations: Annotated[tuple[Citation, ...], MinLen(1)]
    #: None where the agreement is reported outside any event in the base.
    event: str | None = None
    #: When it was signed or decided, where the sources say and it is not its event's date (a
    #: partial_dates.PartialDate); None where they do not.
    date: PartialDate | None = None
    proposed_by: str | None = None
    #: As in `Fact`: fields no quote states, and parties outside the OTS that are meant.
    context: tuple[ContextField, ...] = ()
    outside_ots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        partial_dates.check(self.date, "date")


@record
class Target:
    """A stated goal, with its deadline as precise as the source states it ("к 2030 году" is "2030")."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    measure: Measure
    parties: Annotated[tuple[str, ...], MinLen(2)]
    value: float
    unit: Unit
    citations: Annotated[tuple[Citation, ...], MinLen(1)]
    qualifier: Qualifier = "exact"
    #: A partial_dates.PartialDate; None where no source states one.
    deadline: PartialDate | None = None
    event: str | None = None
    #: As in `Fact`: fields no quote states, and parties outside the OTS that are meant.
    context: tuple[ContextField, ...] = ()
    outside_ots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        partial_dates.check(self.deadline, "deadline")

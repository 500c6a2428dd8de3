"""Events, who took part in them, what was agreed there, and the targets set: the records a figure
lookup never reads, so that `otg turnover` does not define their classes at start-up.

Like `models`, these are frozen, keyword-only standard-library dataclasses validated by pydantic in
the loader, with annotations evaluated when the classes are defined (the cache reads field types).
"""

import datetime
import re
from dataclasses import dataclass
from typing import Annotated

from otg_cli.models import (
    PARTIAL_DATE,
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
)


@dataclass(frozen=True, kw_only=True, slots=True, eq=False, repr=False)
class Participant:
    """Someone the sources name at an event, with their role as worded."""

    __pydantic_config__ = STRICT
    name: Localized
    role: NonEmpty
    country: str | None = None
    #: The source's own words naming the person and role.
    citation: Citation | None = None


@dataclass(frozen=True, kw_only=True, slots=True, eq=False, repr=False)
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
    #: See PARTIAL_DATE; None where the sources do not state it.
    date: str | None = None
    date_end: str | None = None
    participants: tuple[Participant, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for label, value in (("date", self.date), ("date_end", self.date_end)):
            if value is not None and not re.fullmatch(PARTIAL_DATE, value):
                raise ValueError(
                    f"`{label}` {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD (year not stated)"
                )
        if self.date_end is not None and self.date is None:
            raise ValueError("`date_end` needs a `date`")


@dataclass(frozen=True, kw_only=True, slots=True, eq=False, repr=False)
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
    #: When it was signed or decided, where the sources say and it is not its event's date (see
    #: PARTIAL_DATE); None where they do not.
    date: str | None = None
    proposed_by: str | None = None
    #: As in `Fact`: fields no quote states, and parties outside the OTS that are meant.
    context: tuple[ContextField, ...] = ()
    outside_ots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date is not None and not re.fullmatch(PARTIAL_DATE, self.date):
            raise ValueError(
                f"`date` {self.date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD (year not stated)"
            )


@dataclass(frozen=True, kw_only=True, slots=True, eq=False, repr=False)
class Target:
    """A stated goal. `deadline` is None where no source states one."""

    __pydantic_config__ = STRICT
    id: NonEmpty
    measure: Measure
    parties: Annotated[tuple[str, ...], MinLen(2)]
    value: float
    unit: Unit
    citations: Annotated[tuple[Citation, ...], MinLen(1)]
    qualifier: Qualifier = "exact"
    deadline: datetime.date | None = None
    event: str | None = None
    #: As in `Fact`: fields no quote states, and parties outside the OTS that are meant.
    context: tuple[ContextField, ...] = ()
    outside_ots: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

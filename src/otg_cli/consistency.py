"""Which record a warning about several records is filed against, and how the warning names them.

Warnings name every record and file involved, and are filed against a record its reader can edit
(`Blame`): of the folders checked, the one listed last (a user's folder on top of the bundled
base), never a bundled record beside a user's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from otg_cli.disagreements import allowed
from otg_cli.errors import Problem
from otg_cli.factfiles import display_path
from otg_cli.figures import Interval, format_amount
from otg_cli.models import Fact, FactBase
from otg_cli.periods import describe_period


class Blame:
    """Which record a warning about several is filed against, and how each is named in it."""

    def __init__(self, base: FactBase, directories: Sequence[Path] = ()) -> None:
        self.base = base
        self._folders = [Path(display_path(folder)) for folder in directories]

    def _rank(self, fact: Fact) -> int:
        """The position of the fact's folder among those checked; later folders sit on top."""
        origin = self.base.origins.get(fact.id)
        if origin is None:
            return 0
        path = Path(origin)
        return max((i for i, folder in enumerate(self._folders) if path.is_relative_to(folder)), default=0)

    def choose(self, facts: Sequence[Fact]) -> Fact:
        """The first of `facts` (listed by preference) from the folder on top."""
        top = max(self._rank(fact) for fact in facts)
        return next(fact for fact in facts if self._rank(fact) == top)

    def warn(self, fact: Fact, message: str, field: str = "value") -> Problem:
        return Problem(message, self.base.origins.get(fact.id), f"fact {fact.id}", field, severity="warning")

    def named(self, fact: Fact) -> str:
        """A fact as a warning names it: id, figure, period and file."""
        amount = "no figure" if fact.value is None else format_amount(fact.value, fact.unit, fact.qualifier)
        where = self.base.origins.get(fact.id, "file unknown")
        return f"{fact.id} ({amount}, {describe_period(fact.period)}, in {where})"


def span(fact: Fact) -> Interval:
    """The values a fact's figure allows; only for facts that state one."""
    found = allowed(fact)
    assert found is not None
    return found

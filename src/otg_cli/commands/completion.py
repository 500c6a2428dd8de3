"""Shell completion: candidates come from the fact base itself (bundled and OTG_FACTS folders)."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from otg_cli.errors import OtgError

if TYPE_CHECKING:
    from otg_cli.models import FactBase


def _base() -> "FactBase | None":
    from otg_cli.commands.run import load_base

    try:
        return load_base(None, progress=False)
    except OtgError:
        return None


def _matching(candidates: Sequence[str], incomplete: str) -> list[str]:
    wanted = incomplete.casefold()
    return [c for c in dict.fromkeys(candidates) if c.casefold().startswith(wanted)]


def complete_party(incomplete: str) -> list[str]:
    """Country codes and group names (periods are typed)."""
    base = _base()
    if base is None:
        return []
    codes = sorted({p for f in base.facts.values() for p in f.parties if len(p) == 2} | set(base.countries))
    groups = [alias for g in base.groups.values() for alias in (g.aliases[:1] or [g.id])]
    return _matching([*codes, *groups], incomplete)


def complete_event(incomplete: str) -> list[str]:
    base = _base()
    if base is None:
        return []
    return _matching([*base.events, *(a for e in base.events.values() for a in e.aliases)], incomplete)


def complete_record_id(incomplete: str) -> list[str]:
    base = _base()
    return [] if base is None else _matching(base.record_ids(), incomplete)


def complete_measure(incomplete: str) -> list[str]:
    from typing import get_args

    from otg_cli.models import Measure

    return _matching(list(get_args(Measure)), incomplete)

"""A claim about a group's members ("Hungary is an observer in the chambers union", "алты мемлекет
бар"): each country's place in the group, and how many countries it counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otg_cli.models import FactBase, Group
from otg_cli.reasons import Word, reason
from otg_cli.statement_checks import record_part
from otg_cli.statements import Statement

if TYPE_CHECKING:
    from otg_cli.verify import Part, Verdict


def membership(statement: Statement, group: Group, base: FactBase) -> tuple[Part, ...]:
    """Each country the claim names against its role in the group, and the count it gives."""
    roles = {m.country: m.role for m in group.members}
    own = dict(statement.roles_of)
    parts = []
    for country in (p for p in statement.parties if p not in base.groups):
        role = roles.get(country)
        claimed = own.get(country) or statement.role or "either"
        if role is None:
            verdict: Verdict = "contradicted" if group.members else "not_established"
            why = reason("group.not_listed" if group.members else "group.no_members")
        else:
            right = claimed in ("either", role) and not statement.negated
            verdict = "supported" if right else "contradicted"
            why = reason("group.listed_observer" if role == "observer" else "group.listed_member")
        said = reason("claimed.membership", country=country, role=Word(claimed, "role"))
        parts.append(record_part("membership", said, verdict, why, group))
    return (*parts, *_member_count(statement, group))


def _member_count(statement: Statement, group: Group) -> tuple[Part, ...]:
    """How many countries the claim gives a group ("алты мемлекет бар"): its full members' number
    is backed; with its observers counted in, not established; any other, contradicted."""
    if not group.members:
        return ()
    full = sum(m.role != "observer" for m in group.members)
    verdicts: dict[float, Verdict] = {float(full): "supported", float(len(group.members)): "not_established"}
    why = reason("group.counts", members=full, observers=len(group.members) - full)
    return tuple(
        record_part("number", reason("claimed.number", number=n), verdicts.get(n, "contradicted"), why, group)
        for n in statement.numbers
    )

"""A claim without a figure that says two things were done ("утвердили Дорожную карту и заключили
меморандум", "внедряют систему ePhyto и обсуждают логистическую стратегию"): each clause that says
an act is read and checked on its own, against its own record, so that a wrong second half is no
detail of the first's record and a right one is not lost.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from otg_cli.statements import mentions, normalized

if TYPE_CHECKING:
    import datetime

    from otg_cli.models import FactBase
    from otg_cli.statements import Statement


def clauses(text: str) -> list[str]:
    """The clauses of a claim that each say an act, a clause that says none (a subject, "and
    Uzbekistan") joined to the next and what trails the last joined to it; [] for one clause.
    Cut where `claims.clause_boundary` finds another clause begins."""
    from otg_cli.claims import clause_boundary

    groups: list[tuple[int, int]] = []
    start = 0
    for cut in clause_boundary().finditer(text.lower()):
        at = cut.start()
        if _acts(text[start:at]) and _acts(text[at:]):
            groups.append((start, at))
            start = at
    if not groups:
        return []
    groups.append((start, len(text)))
    return [text[a:b].strip(" ,") for a, b in groups]


def _acts(text: str) -> bool:
    return bool(mentions(normalized(text), "actions"))


def read_clauses(text: str, whole: Statement, base: FactBase, as_of: datetime.date | None) -> list[Statement]:
    """Each clause of a compound claim as a statement; a clause that names no party takes the
    claim's ("... и заключили меморандум": the ministers of the OTS the claim began with)."""
    from otg_cli.statements import read_statement

    read = []
    for clause in clauses(text):
        statement = read_statement(clause, base, as_of)
        if not statement.parties:
            statement = statement._replace(parties=whole.parties)
        read.append(statement)
    return read


def acts_beside_figures(
    text: str, parties: tuple[str, ...], base: FactBase, as_of: datetime.date | None
) -> list[Statement]:
    """The clauses of a claim with a figure that give no figure and say an act ("..., and that
    Kazakhstan proposed a work plan to get there"), each read as a statement (the claim's parties
    where it names none)."""
    from otg_cli.claims import clause_boundary, spelt
    from otg_cli.lexicon import claim_readable
    from otg_cli.statements import read_statement

    cuts = [0, *(m.start() for m in clause_boundary().finditer(text.lower())), len(text)]
    pieces = [text[a:b].strip(" ,") for a, b in itertools.pairwise(cuts)]
    read = []
    for piece in pieces:
        acts = [m for m in mentions(normalized(piece), "actions") if m.meaning != "held"]
        if not acts or any(ch.isdigit() for ch in spelt(claim_readable(piece))):
            continue
        statement = read_statement(piece, base, as_of)
        if not statement.stems:
            continue  # "В проработке у Казахстана и ...": an act of the figure's, nothing of its own
        read.append(statement if statement.parties else statement._replace(parties=parties))
    return read

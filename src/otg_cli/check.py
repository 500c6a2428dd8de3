"""`otg check`: everything the loader finds, plus what only a curator's lint looks for.

Errors: quotes that are not verbatim in their archived article, records that contradict their own
quotes (`quotecheck`), archived articles edited since their checksum was recorded, and archived
articles with control or invisible characters (`safe_text`; the loader reports those of records). Warnings:
figures that cannot all be true (parts above their total, a part year above its year, a cumulative
total below a year inside it: `consistency`; exports + imports vs. turnover; balance = exports -
imports), facts for the same parties, measure and period that differ without being declared as a
disagreement, and fields and parties no quote states. Each warning names the records and files
involved, and is filed against one the reader can edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from otg_cli.builder import citations_of
from otg_cli.consistency import Blame, check_totals, span
from otg_cli.disagreements import Conflict, point
from otg_cli.errors import Problem, Spoken, Words
from otg_cli.factfiles import checksum
from otg_cli.figures import add, format_amount, overlaps, subtract
from otg_cli.kinds import kind_of
from otg_cli.loader import display_path, load_with_problems
from otg_cli.models import Fact, FactBase
from otg_cli.query import dollar_figures_by_period
from otg_cli.safe_text import NAMED_PER_FIELD, control_characters, describe
from otg_cli.text import collapse_whitespace


def article_texts(base: FactBase) -> dict[str, str | None]:
    """Each source's archived article, whitespace collapsed; None where it cannot be read."""
    texts: dict[str, str | None] = {}
    for source_id, path in base.archive_paths.items():
        try:
            texts[source_id] = collapse_whitespace(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            texts[source_id] = None  # reported by the loader as a missing archive
    return texts


def check_quotes(base: FactBase, texts: dict[str, str | None] | None = None) -> list[Problem]:
    """Every quote must stand, whitespace aside, in the archived article of its source."""
    texts = article_texts(base) if texts is None else texts
    problems: list[Problem] = []
    for key, record in base.records().items():
        for field, citation in citations_of(record):
            article = texts.get(citation.source)
            if article is not None and collapse_whitespace(citation.quote) not in article:
                archive = display_path(base.archive_paths[citation.source])
                problems.append(
                    Problem(
                        Words(
                            "quote is not verbatim in {archive}: {quote}",
                            archive=archive,
                            quote=repr(citation.quote[:80]),
                        ),
                        base.origins.get(key),
                        f"{kind_of(record).table} {key}",
                        f"{field}.quote",
                    )
                )
    return problems


def check_checksums(base: FactBase) -> list[Problem]:
    """An archived article whose source records a `sha256` must still be the file it was."""
    problems: list[Problem] = []
    for key, source in base.sources.items():
        path = base.archive_paths[key]
        try:
            found = checksum(path.read_bytes()) if source.sha256 is not None else None
        except OSError:
            continue  # reported by the loader as a missing archive
        if found is not None and found != source.sha256:
            problems.append(
                Problem(
                    Words(
                        "archived article {path} changed since it was archived: sha256 expected {expected}, "
                        "found {found}. If the edit was a mistake, put the article back as published (or "
                        "archive it again with `otg source add`); if it was intended, set "
                        'sha256 = "{found}" and check its quotes',
                        path=display_path(path),
                        expected=source.sha256,
                        found=found,
                    ),
                    base.origins.get(key),
                    f"source {key}",
                    "sha256",
                )
            )
    return problems


def check_archive_characters(base: FactBase) -> list[Problem]:
    """An archived article must not hold control or invisible characters: a quote from it would
    carry them (and quotes must stay verbatim). A byte-order mark at its start is allowed."""
    problems: list[Problem] = []
    for key, path in base.archive_paths.items():
        try:
            text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeDecodeError):
            continue  # reported by the loader as a missing archive
        found = list(control_characters(text))
        for position, char in found[:NAMED_PER_FIELD]:
            line = text.count("\n", 0, position - 1) + 1
            column = position - (text.rfind("\n", 0, position - 1) + 1)
            problems.append(
                Problem(
                    Words(
                        "archived article {path} has {char} at line {line}, column {column} ({count} such "
                        "character(s) in all), a control or invisible character that could drive a "
                        "terminal or hide text: archive the article again without it (`otg source add`), "
                        "and quote it without it",
                        path=display_path(path),
                        char=describe(char),
                        line=line,
                        column=column,
                        count=len(found),
                    ),
                    base.origins.get(key),
                    f"source {key}",
                    "archive",
                )
            )
    return problems


def _label(fact: Fact) -> str:
    """A fact as a warning names it: its id and figure ("no figure" where it states only a change),
    worded when shown (`errors.Spoken`)."""
    from otg_cli.i18n import phrase

    def said() -> str:
        if fact.value is None:
            return f"{fact.id} ({phrase('no figure')})"
        return f"{fact.id} ({format_amount(fact.value, fact.unit, fact.qualifier)})"

    return Spoken(said)


def check_trade_identities(base: FactBase, blame: Blame) -> list[Problem]:
    """exports + imports = turnover and exports - imports = balance, within what the wording allows."""
    problems = []
    for facts in dollar_figures_by_period(base, with_value=True):
        t, x, m, b = (facts.get(k) for k in ("turnover", "exports", "imports", "trade_balance"))
        if t and x and m and not overlaps(add(span(x), span(m)), span(t)):
            message = Words("exports {x} + imports {m} ≠ turnover {t}", x=_label(x), m=_label(m), t=_label(t))
            problems.append(blame.warn(blame.choose([t, x, m]), message))
        if x and m and b and not overlaps(subtract(span(x), span(m)), span(b)):
            message = Words("balance {b} ≠ exports {x} − imports {m}", b=_label(b), x=_label(x), m=_label(m))
            problems.append(blame.warn(blame.choose([b, x, m]), message))
        # Without imports: imports = turnover - exports, so balance = 2 * exports - turnover.
        elif t and x and b and not m and not overlaps(subtract(add(span(x), span(x)), span(t)), span(b)):
            message = Words(
                "balance {b} ≠ 2 × exports {x} − turnover {t}", b=_label(b), x=_label(x), t=_label(t)
            )
            problems.append(blame.warn(blame.choose([b, x, t]), message))
    return problems


def _unmarked(fact: Fact, other: Fact, how: Conflict | None, blame: Blame) -> Problem:
    """The warning, filed against `fact`, that it differs from `other` without saying so."""
    if how is not None:  # detected, not declared
        message = Words(
            "disagrees with {other}: the figures share no value, and otg shows both as disagreeing; "
            "say so by listing {id} in this fact's conflicts_with, with a note",
            other=blame.named(other),
            id=other.id,
        )
    else:
        message = Words(
            "differs from {other}; if the sources disagree, list {id} in this fact's conflicts_with "
            "(one side is enough)",
            other=blame.named(other),
            id=other.id,
        )
    return blame.warn(fact, message, "conflicts_with")


def check_unmarked_disagreements(base: FactBase, blame: Blame) -> list[Problem]:
    """Facts for the same point must agree, or be declared as disagreeing (on either side)."""
    seen: dict[object, list[Fact]] = defaultdict(list)
    for fact in base.facts.values():
        key = point(fact)
        if key is not None:
            seen[key].append(fact)
    problems = []
    for facts in seen.values():
        for first, second in combinations(facts, 2):
            if (first.value, first.qualifier) == (second.value, second.qualifier):
                continue
            how = next((c for c in base.disagreements.get(first.id, ()) if c.id == second.id), None)
            if how is None or not how.declared:
                fact = blame.choose([first, second])
                other = second if fact is first else first
                problems.append(_unmarked(fact, other, how, blame))
    return problems


def run_checks(directories: Sequence[Path]) -> list[Problem]:
    """Every problem in the fact base, errors first, each with its file, record and field.

    A warning about several records is filed against one in the folder listed last (`Blame`):
    a user's folder, never the bundled base beside it.
    """
    from otg_cli.quotecheck import check_against_quotes

    base, problems = load_with_problems(directories)
    blame = Blame(base, directories)
    texts = article_texts(base)
    problems += check_quotes(base, texts)
    problems += check_against_quotes(base, texts)
    problems += check_checksums(base)
    problems += check_archive_characters(base)
    problems += check_totals(base, blame)
    problems += check_trade_identities(base, blame)
    problems += check_unmarked_disagreements(base, blame)
    # Root causes first: a file that does not parse, or is not a fact file, before its records.
    return sorted(
        problems, key=lambda p: (p.severity != "error", p.record is not None, p.file or "", p.record or "")
    )

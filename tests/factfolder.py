"""Writing small fact folders for tests of behaviour: each record quotes a line of the folder's own
archived article, so that the folder is clean apart from what a test puts in it.

The quote is the record's id with its digits as letters ("kz-az-hi-mine"): it states no figure,
period or party for `otg check` to compare, and each record says so in its `context`."""

from __future__ import annotations

import json
from pathlib import Path

YEAR_2025 = "{ start = 2025-01-01, end = 2025-12-31 }"
H1_2025 = "{ start = 2025-01-01, end = 2025-06-30 }"
H2_2025 = "{ start = 2025-07-01, end = 2025-12-31 }"

#: What a record's quote here leaves to the article around it: everything but the words.
CONTEXT = '["value", "unit", "qualifier", "period", "parties"]'


def quote_of(key: str) -> str:
    """The line of the article a record quotes: its id, with no digit to read as a figure."""
    return key.translate(str.maketrans("0123456789", "oizeasbtgq"))


def fact(
    key: str,
    value: float,
    *,
    period: str = YEAR_2025,
    measure: str = "turnover",
    parties: tuple[str, ...] = ("KZ", "AZ"),
    qualifier: str = "exact",
    part_of: str | None = None,
    conflicts_with: tuple[str, ...] = (),
) -> str:
    """A [[fact]] in USD quoting the line `key` of its folder's article."""
    lines = [
        "[[fact]]",
        f'id = "{key}"',
        f'measure = "{measure}"',
        f"parties = {json.dumps(list(parties))}",
        f'description = "{key}"',
        f"period = {period}",
        f"value = {value!r}",
        'unit = "USD"',
        f'qualifier = "{qualifier}"',
        f"context = {CONTEXT}",
        f"citations = [{{ source = SOURCE, quote = {json.dumps(quote_of(key))} }}]",
    ]
    if part_of is not None:
        lines.append(f'part_of = "{part_of}"')
    if conflicts_with:
        lines.append(f"conflicts_with = {json.dumps(list(conflicts_with))}")
    return "\n".join(lines) + "\n"


def folder(
    path: Path, *records: str, published: str | None = "2026-02-20", quotes: tuple[str, ...] = ()
) -> Path:
    """A fact folder at `path`: one source (its id is the folder's name), the records, and an
    article holding every record's quote (`quotes` adds lines for records written by hand)."""
    path.mkdir(parents=True, exist_ok=True)
    source = f"src-{path.name}"
    keys = [
        line.split('"')[1] for record in records for line in record.splitlines() if line.startswith("id = ")
    ]
    (path / "article.txt").write_text("\n".join([*map(quote_of, keys), *quotes]) + "\n", encoding="utf-8")
    date = "" if published is None else f'published = "{published}"\n'
    header = f'[[source]]\nid = "{source}"\noutlet = "Outlet {path.name}"\nlanguage = "en"\n{date}archive = "article.txt"\n'
    body = "\n".join(record.replace("source = SOURCE", f'source = "{source}"') for record in records)
    (path / "facts.toml").write_text(header + "\n" + body, encoding="utf-8")
    return path

"""`otg export`: the whole fact base as a SQLite database, one JSON document, or CSV files.

The SQLite database is plain tables with primary and foreign keys (facts, sources, citations,
events, participants, agreements, targets, groups), so Datasette and sqlite-utils open it as it is
(`export_sqlite`). Every table holds the same fields as the JSON output, lists as JSON text, plus
what a table needs that a JSON record does not: each citation's record as a foreign key of its
kind (`fact_id`, `target_id`, ...) and each source's `label`, never empty.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from otg_cli import __version__, query, views
from otg_cli.errors import OtgError
from otg_cli.factfiles import display_path
from otg_cli.kinds import AGREEMENT, STORED
from otg_cli.models import FactBase
from otg_cli.output_models import SCHEMA_VERSION
from otg_cli.safe_text import csv_cell, json_safe

FORMATS = ("sqlite", "json", "csv")

#: The kinds `otg export` writes, in the registry's order: one table (or document key) each.
EXPORTED = tuple(kind for kind in STORED if kind.exported)


def document(base: FactBase) -> dict[str, Any]:
    """The whole base as one JSON document, in the shapes `--json` prints."""
    return {
        "otg_version": __version__,
        "schema_version": SCHEMA_VERSION,
        **{
            kind.plural: views.rows(
                kind.table, [query.found(base, r) for r in base.tables[kind.plural].values()], base
            )
            for kind in EXPORTED
        },
    }


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flat(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become prefixed columns (period_start); lists stay whole, as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, f"{name}_"))
        else:
            flat[name] = value
    return flat


#: The kinds of record a citation can belong to, and its column naming the record of that kind (a
#: foreign key: a fact's page in Datasette lists its quotes).
CITED = {
    "fact": "fact_id",
    "target": "target_id",
    "agreement": "agreement_id",
    "event": "event_id",
    "group": "group_id",
}


def source_label(source: dict[str, Any]) -> str:
    """What names a source in a list: its title, else outlet, date and language (a source without
    a headline is still named, never shown as "None")."""
    title = source.get("title")
    if title:
        return str(title)
    parts = [source.get("outlet"), source.get("published"), source.get("language")]
    return " · ".join(str(part) for part in parts if part) or str(source["id"])


def tables(base: FactBase) -> dict[str, list[dict[str, Any]]]:
    """Rows for each table: records without their nested citations, and citations on their own."""
    whole = document(base)
    tables: dict[str, list[dict[str, Any]]] = {}
    citations: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    for kind in EXPORTED:
        rows = []
        for original in whole[kind.plural]:
            record = dict(original)
            for position, source in enumerate(record.pop("sources", [])):
                citations.append(
                    {
                        "record_id": record["id"],
                        "record_kind": record["kind"],
                        **{
                            column: record["id"] if kind_of == record["kind"] else None
                            for kind_of, column in CITED.items()
                        },
                        "position": position,
                        "source_id": source["id"],
                        "quote": source["quote"],
                    }
                )
            for position, person in enumerate(record.pop("participants", [])):
                source = person.pop("source") or {}
                participants.append(
                    {
                        "event_id": record["id"],
                        "position": position,
                        **_flat(person),
                        "source_id": source.get("id"),
                        "quote": source.get("quote"),
                    }
                )
            if kind is AGREEMENT:
                event = record.pop("event")
                record["event_id"] = event["id"] if event else None
            if kind.plural == "sources":
                record["label"] = source_label(record)
            rows.append(_flat(record))
        tables[kind.plural] = rows
    tables["citations"] = citations
    tables["participants"] = participants
    return tables


def columns_of(rows: Iterable[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def _csv_cell(value: Any, *, raw: bool) -> Any:
    """A cell of an exported CSV file: text through `safe_text.csv_cell` (a leading quote before a
    formula unless `raw`), numbers and nulls as they are."""
    value = _cell(value)
    return csv_cell(value, raw=raw) if isinstance(value, str) else value


def write_csv(base: FactBase, folder: Path, *, force: bool = False, csv_raw: bool = False) -> None:
    """One CSV file per table in `folder`: a new folder is filled under a temporary name and
    renamed into place whole; with `force`, each file of an existing folder is replaced
    atomically (other files in it are left alone)."""
    from otg_cli.curation.files import atomic_folder, write_file

    if folder.exists() and not folder.is_dir():
        from otg_cli.i18n import phrase

        said = phrase(
            "{path} is not a folder; csv is written as a folder of files", path=display_path(folder)
        )
        raise OtgError(said)
    files = {f"{name}.csv": _csv_bytes(rows, raw=csv_raw) for name, rows in tables(base).items()}
    if force and folder.exists():
        for name, data in files.items():
            write_file(folder / name, data, overwrite=True)
        return
    with atomic_folder(folder, option="--force") as temporary:
        for name, data in files.items():
            (temporary / name).write_bytes(data)


def _csv_bytes(rows: list[dict[str, Any]], *, raw: bool) -> bytes:
    columns = columns_of(rows)
    handle = io.StringIO(newline="")
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([[_csv_cell(row.get(c), raw=raw) for c in columns] for row in rows])
    return handle.getvalue().encode("utf-8")


def export_base(
    base: FactBase, export_format: str, path: Path, *, force: bool = False, csv_raw: bool = False
) -> str | None:
    """Write the base; returns what was written (for a message), or None when it went to stdout.

    Each file is written atomically and replaces an existing one only with `force`
    (`curation.files.atomic`); a file that cannot be written is an OtgError with exit 74."""
    from otg_cli.curation.files import write_file
    from otg_cli.i18n import phrase

    if export_format not in FORMATS:
        template = "unknown export format {text}; accepted: {accepted}"
        raise OtgError(phrase(template, text=export_format, accepted=", ".join(FORMATS)))
    if str(path) == "-":
        if export_format != "json":
            raise OtgError(phrase("only --format json can be written to stdout (-)"))
        sys.stdout.write(json_safe(json.dumps(document(base), ensure_ascii=False, indent=2)) + "\n")
        return None
    if export_format == "sqlite":
        from otg_cli.export_sqlite import write_database

        beside = write_database(tables(base), path, force=force)
        return phrase("{first} and {second}", first=display_path(path), second=display_path(beside))
    elif export_format == "json":
        text = json_safe(json.dumps(document(base), ensure_ascii=False, indent=2)) + "\n"
        write_file(path, text.encode("utf-8"), overwrite=force, option="--force")
    else:
        write_csv(base, path, force=force, csv_raw=csv_raw)
    return display_path(path)

"""`otg export`: the whole fact base as a SQLite database, one JSON document, or CSV files.

The SQLite database is plain tables with primary and foreign keys (facts, sources, citations,
events, participants, agreements, targets, groups), so Datasette and sqlite-utils open it as it is.
Every table holds the same fields as the JSON output; lists are stored as JSON text.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from otg_cli import __version__, query, views
from otg_cli.errors import EXIT_IO_ERROR, OtgError
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


def _tables(base: FactBase) -> dict[str, list[dict[str, Any]]]:
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
            rows.append(_flat(record))
        tables[kind.plural] = rows
    tables["citations"] = citations
    tables["participants"] = participants
    return tables


#: The primary key of each table (a record kind's key; none for citations and participants).
_PRIMARY = {kind.plural: kind.key for kind in EXPORTED}
#: Foreign keys: table -> (column, table it refers to).
_FOREIGN = {
    "facts": [("part_of", "facts")],
    "agreements": [("event_id", "events")],
    "targets": [("event", "events")],
    "citations": [("source_id", "sources")],
    "participants": [("event_id", "events"), ("source_id", "sources")],
}


def _columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def write_sqlite(base: FactBase, path: Path) -> None:
    """The tables in a new database at `path` (the temporary file `export_base` renames into place:
    no journal is needed, so none can be left behind)."""
    tables = _tables(base)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA foreign_keys = ON")
        for name, rows in tables.items():
            primary, foreign = _PRIMARY.get(name), _FOREIGN.get(name, [])
            columns = _columns(rows) or ["id"]
            parts = [f'"{c}"' + (" TEXT PRIMARY KEY" if c == primary else "") for c in columns]
            parts += [f'FOREIGN KEY ("{c}") REFERENCES {other}(id)' for c, other in foreign]
            connection.execute(f"CREATE TABLE {name} ({', '.join(parts)})")
            marks = ", ".join("?" for _ in columns)
            connection.executemany(
                f"INSERT INTO {name} VALUES ({marks})",
                ([_cell(row.get(c)) for c in columns] for row in rows),
            )
        connection.execute("CREATE TABLE otg_meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.executemany(
            "INSERT INTO otg_meta VALUES (?, ?)",
            [("otg_version", __version__), ("schema_version", str(SCHEMA_VERSION))],
        )
    connection.close()


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
        raise OtgError(f"{display_path(folder)} is not a folder; csv is written as a folder of files")
    tables = {f"{name}.csv": _csv_bytes(rows, raw=csv_raw) for name, rows in _tables(base).items()}
    if force and folder.exists():
        for name, data in tables.items():
            write_file(folder / name, data, overwrite=True)
        return
    with atomic_folder(folder, option="--force") as temporary:
        for name, data in tables.items():
            (temporary / name).write_bytes(data)


def _csv_bytes(rows: list[dict[str, Any]], *, raw: bool) -> bytes:
    columns = _columns(rows)
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
    from otg_cli.curation.files import atomic, write_file

    if export_format not in FORMATS:
        raise OtgError(f"unknown export format {export_format!r}; accepted: {', '.join(FORMATS)}")
    if str(path) == "-":
        if export_format != "json":
            raise OtgError("only --format json can be written to stdout (-)")
        sys.stdout.write(json_safe(json.dumps(document(base), ensure_ascii=False, indent=2)) + "\n")
        return None
    if export_format == "sqlite":
        with atomic(path, overwrite=force, option="--force") as temporary:
            try:
                write_sqlite(base, temporary)
            except sqlite3.Error as error:
                raise OtgError(
                    f"cannot write {display_path(path)}: {error}", exit_code=EXIT_IO_ERROR
                ) from None
    elif export_format == "json":
        text = json_safe(json.dumps(document(base), ensure_ascii=False, indent=2)) + "\n"
        write_file(path, text.encode("utf-8"), overwrite=force, option="--force")
    else:
        write_csv(base, path, force=force, csv_raw=csv_raw)
    return display_path(path)

"""`otg export --format sqlite`: the tables of `export.tables` as a database Datasette opens as it is.

- primary keys on every record table, and foreign keys wherever a column names a record: from
  citations to facts, targets, agreements, events, groups and sources, so that a fact's page in
  Datasette lists its quotes and a quote links to its fact;
- an FTS5 index beside each table with text worth searching (quotes, descriptions, titles and
  names), in the layout sqlite-utils makes (`TABLE_fts`, `content="TABLE"`), which Datasette
  finds by itself and offers as a search box;
- `metadata.json` beside the database (titles, descriptions, source, licence, and the label column
  of each table), which `datasette serve FOLDER` reads from the folder of the database and
  `datasette otg.db --metadata metadata.json` reads when named.

Both files are written atomically (`curation.files.atomic`), and neither replaces an existing file
without `--force`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from otg_cli import __version__
from otg_cli.errors import EXIT_IO_ERROR, OtgError
from otg_cli.export import CITED, EXPORTED, columns_of
from otg_cli.factfiles import display_path
from otg_cli.output_models import SCHEMA_VERSION

#: The file beside the database that Datasette reads.
METADATA_NAME = "metadata.json"

#: The primary key of each table (a record kind's key; none for citations and participants).
PRIMARY = {kind.plural: kind.key for kind in EXPORTED}
#: Foreign keys: table -> (column, table it refers to).
FOREIGN = {
    "facts": [("part_of", "facts")],
    "agreements": [("event_id", "events")],
    "targets": [("event", "events")],
    "citations": [
        *((column, f"{kind}s") for kind, column in CITED.items()),
        ("source_id", "sources"),
    ],
    "participants": [("event_id", "events"), ("source_id", "sources")],
}
#: The columns of each table that full-text search covers.
SEARCHED = {
    "citations": ("quote",),
    "participants": ("quote",),
    "facts": ("description",),
    "sources": ("title", "subject"),
    "agreements": ("title_en", "title_ru", "title_kk"),
    "events": ("name_en", "name_ru", "name_kk"),
}

#: What each table holds, for Datasette's table pages.
DESCRIPTIONS = {
    "facts": "Figures as a source states them: value, qualifier, period, parties. Quotes: citations.",
    "sources": "The articles the facts come from: outlet, date, language, archived text.",
    "citations": "The verbatim quote behind each record, one row per record and source.",
    "events": "Meetings and visits, with place and date as their sources state them.",
    "participants": "Who took part in each event, with the quote that says so.",
    "agreements": "Agreements, roadmaps and memoranda, with their status and parties.",
    "targets": "Stated targets (trade by a year), with progress where a fact measures it.",
    "groups": "Groups of countries (the OTS, its members, observers) and their members.",
}
#: The column that names a row where a foreign key points to it (Datasette's label column).
LABELS = {"sources": "label", "events": "name_en", "groups": "name_en", "agreements": "title_en"}


def _create(connection: sqlite3.Connection, name: str, rows: list[dict[str, Any]]) -> None:
    primary, foreign = PRIMARY.get(name), FOREIGN.get(name, [])
    columns = columns_of(rows) or ["id"]
    parts = [f'"{c}"' + (" TEXT PRIMARY KEY" if c == primary else "") for c in columns]
    parts += [f'FOREIGN KEY ("{c}") REFERENCES {other}(id)' for c, other in foreign]
    connection.execute(f"CREATE TABLE {name} ({', '.join(parts)})")
    marks = ", ".join("?" for _ in columns)
    connection.executemany(
        f"INSERT INTO {name} VALUES ({marks})",
        ([_cell(row.get(c)) for c in columns] for row in rows),
    )
    searched = [c for c in SEARCHED.get(name, ()) if c in columns]
    if searched:
        listed = ", ".join(f'"{c}"' for c in searched)
        connection.execute(
            f'CREATE VIRTUAL TABLE "{name}_fts" USING fts5({listed}, content="{name}", '
            "tokenize='unicode61 remove_diacritics 2')"
        )
        connection.execute(f'INSERT INTO "{name}_fts" (rowid, {listed}) SELECT rowid, {listed} FROM {name}')


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_sqlite(tables: dict[str, list[dict[str, Any]]], path: Path) -> None:
    """The tables in a new database at `path` (the temporary file `write_database` renames into
    place: no journal is needed, so none can be left behind)."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA foreign_keys = ON")
        for name, rows in tables.items():
            _create(connection, name, rows)
        connection.execute("CREATE TABLE otg_meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.executemany(
            "INSERT INTO otg_meta VALUES (?, ?)",
            [("otg_version", __version__), ("schema_version", str(SCHEMA_VERSION))],
        )
    connection.close()


def metadata(database: str, tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Datasette's metadata for the database named `database` (its file name without `.db`)."""
    about = {
        "title": "otg: trade between Kazakhstan and the Organization of Turkic States",
        "description": "A curated, cited fact base: every figure, agreement and event with the "
        "verbatim quote of the article it comes from (table citations).",
        "license": "MIT",
        "source": "News reports and official statements listed in the table sources",
    }
    described = {
        name: {
            "description": DESCRIPTIONS.get(name, ""),
            **({"label_column": LABELS[name]} if name in LABELS else {}),
            **({"fts_table": f"{name}_fts"} if name in SEARCHED else {}),
        }
        for name in [*tables, "otg_meta"]
        if name in DESCRIPTIONS
    }
    return {**about, "databases": {database: {**about, "tables": described}}}


def write_database(tables: dict[str, list[dict[str, Any]]], path: Path, *, force: bool) -> Path:
    """The database at `path`, then Datasette's `metadata.json` beside it, each atomically; without
    `force`, neither is written when either exists."""
    from otg_cli.curation.files import atomic, write_file
    from otg_cli.i18n import phrase

    beside = path.parent / METADATA_NAME
    if not force and beside.exists() and not path.exists():
        template = "{path} exists; give --force to replace it with the export's metadata"
        raise OtgError(phrase(template, path=display_path(beside)))
    with atomic(path, overwrite=force, option="--force") as temporary:
        try:
            write_sqlite(tables, temporary)
        except sqlite3.Error as error:
            said = phrase("cannot write {path}: {error}", path=display_path(path), error=error)
            raise OtgError(said, exit_code=EXIT_IO_ERROR) from None
    text = json.dumps(metadata(path.stem, tables), ensure_ascii=False, indent=2) + "\n"
    write_file(beside, text.encode("utf-8"), overwrite=force, option="--force")
    return beside

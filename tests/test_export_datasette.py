"""`otg export` as Datasette and sqlite-utils read it: foreign keys, labels, full-text search and
metadata.json, checked by opening the database with sqlite3 (and with Datasette where installed)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run
from otg_cli.models import FactBase


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "otg.db"
    result = run("export", str(target))
    assert result.exit_code == 0, result.stderr
    assert "metadata.json" in result.stderr
    return target


def test_citations_have_a_foreign_key_to_each_kind_of_record(exported: Path, base: FactBase) -> None:
    with sqlite3.connect(exported) as db:
        keys = {(r[3], r[2]) for r in db.execute("PRAGMA foreign_key_list(citations)")}
        assert keys >= {
            ("fact_id", "facts"),
            ("target_id", "targets"),
            ("agreement_id", "agreements"),
            ("event_id", "events"),
            ("source_id", "sources"),
        }
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = db.execute(
            "SELECT record_kind, record_id, fact_id, target_id, agreement_id, event_id FROM citations"
        )
        for kind, record, *columns in rows:
            named = dict(zip(("fact", "target", "agreement", "event"), columns, strict=True))
            assert [k for k, v in named.items() if v is not None] == ([kind] if kind in named else [])
            if kind in named:
                assert named[kind] == record
        quoted = db.execute(
            "SELECT c.quote FROM facts f JOIN citations c ON c.fact_id = f.id WHERE f.id = 'kz-uz-turnover-2025-jan-aug'"
        ).fetchall()
        assert quoted and "18,5%" in quoted[0][0]
        assert db.execute("SELECT count(*) FROM citations WHERE fact_id IS NOT NULL").fetchone()[0] == sum(
            len(f.citations) for f in base.facts.values()
        )


def test_every_source_has_a_label(exported: Path, base: FactBase) -> None:
    with sqlite3.connect(exported) as db:
        labels = dict(db.execute("SELECT id, label FROM sources").fetchall())
    assert set(labels) == set(base.sources)
    assert all(isinstance(label, str) and label and label != "None" for label in labels.values())
    untitled = [s for s in base.sources.values() if not s.title]
    assert untitled, "the bundled base has an untitled source to label"
    for source in untitled:
        assert source.outlet in labels[source.id]


def test_full_text_search_on_quotes_and_descriptions(exported: Path) -> None:
    with sqlite3.connect(exported) as db:
        quoted = {
            r[0]
            for r in db.execute(
                "SELECT c.record_id FROM citations_fts JOIN citations c ON c.rowid = citations_fts.rowid "
                "WHERE citations_fts MATCH ?",
                ("товарооборот",),
            )
        }
        described = {
            r[0]
            for r in db.execute(
                "SELECT f.id FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid WHERE facts_fts MATCH ?",
                ("turnover",),
            )
        }
        # Case and diacritics do not matter: the Kazakh headline word matches its capitalised form.
        titled = db.execute(
            "SELECT count(*) FROM sources_fts WHERE sources_fts MATCH ?", ("түркі",)
        ).fetchone()[0]
    assert "kz-uz-turnover-2025-jan-aug" in quoted
    assert "kz-turkic-states-turnover-2025-jan-oct" in described
    assert titled >= 1


def test_metadata_json_beside_the_database(exported: Path) -> None:
    metadata = json.loads((exported.parent / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["title"] and metadata["license"] == "MIT" and metadata["source"]
    tables = metadata["databases"]["otg"]["tables"]
    assert tables["sources"]["label_column"] == "label"
    assert tables["citations"]["fts_table"] == "citations_fts"
    with sqlite3.connect(exported) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(tables) <= names
    assert all(table["description"] for table in tables.values())


def test_metadata_json_is_not_replaced_without_force(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{}", encoding="utf-8")
    refused = run("export", str(tmp_path / "otg.db"))
    assert refused.exit_code == 2 and "metadata.json" in refused.stderr and "--force" in refused.stderr
    assert not (tmp_path / "otg.db").exists()
    assert run("export", str(tmp_path / "otg.db"), "--force").exit_code == 0
    assert json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))["databases"]["otg"]


def test_datasette_serves_the_folder(exported: Path) -> None:
    app = pytest.importorskip("datasette.app")
    datasette = app.Datasette(config_dir=exported.parent, files=[str(exported)])

    async def get(path: str) -> object:
        response = await datasette.client.get(path)
        assert response.status_code == 200, path
        return response.json()

    metadata = asyncio.run(get("/-/metadata.json"))
    assert isinstance(metadata, dict) and metadata["license"] == "MIT"
    found = asyncio.run(get("/otg/citations.json?_search=товарооборот&_shape=objects"))
    assert isinstance(found, dict) and found["rows"]

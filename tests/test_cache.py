"""The cache of the validated base: same answers, rebuilt on change, harmless when broken."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SMALL, run, run_json
from otg_cli import __version__, cache, cache_codec, cache_tables, kinds, models, query, views
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.periods import parse_period
from otg_cli.query import find_facts
from otg_cli.settings import bundled_facts_dir


def _everything(base: FactBase) -> list[dict[str, object]]:
    return [dict(views.row(query.found(base, r), base)) for r in base.records().values()]


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OTG_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    shutil.copytree(Path(__file__).parent / "fixtures" / "user", folder)
    return folder


def reseal(written: Path) -> None:
    """Seal a cache file with this user's key, as only otg (or someone who read the key) can."""
    key = (written.parent / "key").read_bytes()
    written.with_suffix(".seal").write_bytes(
        hashlib.blake2b(written.read_bytes(), key=key, digest_size=32).digest()
    )


def test_a_warm_load_gives_exactly_the_cold_answers(own_cache: Path) -> None:
    folders = [SMALL]
    cold = load_fact_base(folders, use_cache=False)
    load_fact_base(folders)  # writes the cache
    (written,) = own_cache.glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:  # SQLite holding JSON text, never pickle
        rows = connection.execute("SELECT data FROM facts").fetchall()
    assert len(rows) == len(cold.facts) == 3 and all(json.loads(data)["id"] for (data,) in rows)
    warm = cache.read(folders)
    assert warm is not None
    assert _everything(warm) == _everything(cold)
    assert dict(warm.origins) == dict(cold.origins)
    countries = [{code: (c.name.all(), c.aliases) for code, c in b.countries.items()} for b in (warm, cold)]
    assert countries[0] == countries[1] and len(countries[0]) == 2
    assert [len(table) for table in warm.tables.values()] == [2, 0, 2, 1, 3, 1, 1]


def test_a_changed_fact_file_rebuilds_the_cache(own_cache: Path, user_folder: Path) -> None:
    folders = [SMALL, user_folder]
    assert load_fact_base(folders).facts["kz-uz-turnover-2024-user"].value == 3_900_000_000
    facts = user_folder / "user-facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("3_900_000_000", "3_950_000_000"), encoding="utf-8"
    )
    os.utime(facts, ns=(1, 1))  # even with an older mtime, the size differs
    assert load_fact_base(folders).facts["kz-uz-turnover-2024-user"].value == 3_950_000_000


@pytest.mark.parametrize(
    "garbage", [b"", b"{not json", b"\x00\xff" * 10, b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(own_cache: Path, garbage: bytes) -> None:
    folders = [SMALL]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.sqlite")
    written.write_bytes(garbage)
    assert len(load_fact_base(folders).facts) == len(load_fact_base(folders, use_cache=False).facts) == 3
    assert cache.read(folders) is not None  # rebuilt


def test_a_cache_from_another_version_is_ignored(own_cache: Path) -> None:
    folders = [SMALL]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:
        (key,) = connection.execute("SELECT key FROM meta").fetchone()
        connection.execute("UPDATE meta SET key = ?", (key.replace(f'"{__version__}"', '"0.0.0-other"'),))
        connection.execute("DELETE FROM facts")
    connection.close()
    reseal(written)  # even a cache sealed with this user's key: another version's is not read
    assert cache.read(folders) is None
    assert len(load_fact_base(folders).facts) == len(load_fact_base(folders, use_cache=False).facts) == 3


def test_an_unwritable_cache_directory_is_harmless(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_base: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("OTG_CACHE_DIR", str(blocker / "cache"))
    assert [r["id"] for r in run_json("turnover", "KZ", "UZ", "2025")] == [
        "kz-uz-turnover-2025",
        "kz-uz-turnover-2025-jan-aug",
    ]


def test_no_cache_setting_skips_reading(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = [SMALL]
    load_fact_base(folders)
    monkeypatch.setenv("OTG_NO_CACHE", "1")
    assert cache.read(folders) is None


@pytest.fixture(scope="module")
def bases() -> tuple[FactBase, FactBase]:
    """The bundled base as loaded from TOML, and as read back from the SQLite cache."""
    folders = [bundled_facts_dir()]
    cold = load_fact_base(folders, use_cache=False)
    load_fact_base(folders)
    warm = cache.read(folders)
    assert warm is not None
    return cold, warm


PARTIES = ["KZ", "UZ", "TR", "KG", "AZ", "TM", "IR", "ots", "turkic-states", "turkic-economic-space", "FR"]
MEASURES = ["turnover", "exports", "imports", "trade_balance", "investment_inflow", "companies", "freight"]
PERIODS = ["2025", "2025-01..2025-08", "2025-H1", "2025-Q4", "2005..2025", "2024", "2026", "2025-11-25"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(PARTIES), max_size=2, unique=True),
    st.lists(st.sampled_from(MEASURES), max_size=2, unique=True),
    st.one_of(st.none(), st.sampled_from(PERIODS)),
)
def test_the_cache_index_answers_exactly_like_a_full_scan(
    bases: tuple[FactBase, FactBase], parties: list[str], measures: list[str], period: str | None
) -> None:
    cold, warm = bases
    assert isinstance(warm.facts, cache_tables.CachedFacts)
    wanted = parse_period(period) if period else None
    scanned = [f.id for f in find_facts(cold, parties, wanted, measures)]
    indexed = [f.id for f in find_facts(warm, parties, wanted, measures)]
    assert indexed == scanned


def test_record_field_types_are_objects_so_the_cache_never_evaluates_strings() -> None:
    """models.py and meetings.py have no postponed annotations: decoders take types straight from
    the fields (evaluating ~100 annotation strings cost every lookup about 2 ms)."""
    from otg_cli import meetings

    classes = [
        c
        for module in (models, meetings)
        for c in vars(module).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c)
    ]
    assert {kind.record for kind in kinds.STORED} <= set(classes)
    strings = [
        (c.__name__, f.name) for c in classes for f in dataclasses.fields(c) if isinstance(f.type, str)
    ]
    assert strings == []


def test_every_stored_kind_has_a_cache_decoder() -> None:
    """A field type the decoders do not know would make every cached read fall back to TOML."""
    for kind in kinds.STORED:
        cache_codec.record_decoder(kind.record)


def _set_data(written: Path, table: str, key: str, change: Callable[[str], str]) -> None:
    with sqlite3.connect(written) as connection:
        (data,) = connection.execute(f"SELECT data FROM {table} WHERE id = ?", (key,)).fetchone()
        connection.execute(f"UPDATE {table} SET data = ? WHERE id = ?", (change(data), key))
    connection.close()


def _with(field: str, value: object) -> Callable[[str], str]:
    """Valid JSON with a value of the wrong type in one field."""
    return lambda data: json.dumps({**json.loads(data), field: value})


#: (table, row id, new data): damage a cache file can hold, each in a row the answer needs.
DAMAGE = {
    "fact-not-json": ("facts", "kz-uz-turnover-2025", lambda data: "{"),
    "fact-not-an-object": ("facts", "kz-uz-turnover-2025", lambda data: "[]"),
    "fact-value-is-text": ("facts", "kz-uz-turnover-2025", _with("value", "4300000000")),
    "fact-parties-is-text": ("facts", "kz-uz-turnover-2025", _with("parties", "KZ")),
    "fact-period-missing": ("facts", "kz-uz-turnover-2025", lambda data: '{"id": "kz-uz-turnover-2025"}'),
    "fact-bad-qualifier": ("facts", "kz-uz-turnover-2025", _with("qualifier", "roughly")),
    "source-not-json": ("records", "baq-2026-02-20-ru", lambda data: "{"),
    "source-outlet-is-a-number": ("records", "baq-2026-02-20-ru", _with("outlet", 5)),
    "source-date-is-a-number": ("records", "baq-2026-02-20-ru", _with("published", 20260220)),
    "country-name-is-text": ("records", "UZ", _with("name", "Uzbekistan")),
}


def _damage(folder: Path, name: str) -> Path:
    (written,) = folder.glob("factbase-*.sqlite")
    table, key, change = DAMAGE[name]
    _set_data(written, table, key, change)
    return written


def _rows_decode(written: Path) -> bool:
    with sqlite3.connect(written) as connection:
        rows = connection.execute("SELECT data FROM records UNION ALL SELECT data FROM facts").fetchall()
    connection.close()
    return all(isinstance(json.loads(data), dict) for (data,) in rows)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_corrupt_row_is_answered_from_the_fact_files(own_cache: Path, damage: str) -> None:
    """Rows are decoded when first read, long after the cache was opened: a damaged one must still
    never be an internal error. The answer comes from the fact files, and the cache is rewritten."""
    assert run("turnover", "KZ", "UZ", "2025", "--json").exit_code == 0  # writes the cache
    written = _damage(own_cache, damage)
    rows = run_json("turnover", "KZ", "UZ", "2025")
    assert (rows[0]["id"], rows[0]["value"]) == ("kz-uz-turnover-2025", 4_300_000_000)
    assert rows[0]["sources"][0]["outlet"] == "BAQ.KZ"
    assert _rows_decode(written)  # rebuilt from the fact files
    again = run_json("turnover", "KZ", "UZ", "2025")
    assert again == rows


def test_a_corrupt_row_gives_the_cold_base_whatever_reads_it(own_cache: Path) -> None:
    """Behind the seal, the guard: a row that cannot be decoded (were the key known to someone, or
    a bug) is read from the fact files, whatever reads it."""
    folders = [SMALL]
    cold = load_fact_base(folders, use_cache=False)
    load_fact_base(folders)
    written = _damage(own_cache, "fact-not-json")
    reseal(written)
    warm = load_fact_base(folders)
    assert isinstance(warm.facts, cache_tables.CachedFacts)
    assert "kz-uz-exports-2025-jan-aug" in warm.facts  # not a damaged row: read from the cache
    assert warm.facts["kz-uz-turnover-2025"].value == 4_300_000_000  # damaged: from the fact files
    assert _everything(warm) == _everything(cold)
    assert dict(warm.origins) == dict(cold.origins) and len(warm.facts) == 3
    assert _rows_decode(written)


def test_a_dropped_table_is_answered_from_the_fact_files(own_cache: Path) -> None:
    folders = [SMALL]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:
        connection.execute("DROP TABLE facts")
    connection.close()
    reseal(written)
    warm = load_fact_base(folders)
    assert [f.id for f in warm.facts.values()] == [
        "kz-uz-turnover-2025",
        "kz-uz-turnover-2025-jan-aug",
        "kz-uz-exports-2025-jan-aug",
    ]
    assert warm.origins["kz-uz-turnover-2025"].endswith("kz-uz.toml")


def test_a_corrupt_row_is_answered_by_a_real_process(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OTG_")}
    environment["OTG_CACHE_DIR"] = str(tmp_path / "cache")
    command = [sys.executable, "-m", "otg_cli", "turnover", "KZ", "UZ", "2025", "--json"]
    for damage in ("fact-not-json", "source-outlet-is-a-number"):
        first = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
        assert first.returncode == 0, first.stderr
        _damage(tmp_path / "cache", damage)
        result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
        assert (result.returncode, result.stderr) == (0, ""), damage
        row = json.loads(result.stdout)[0]
        assert (row["id"], row["value"], row["sources"][0]["outlet"]) == (
            "kz-uz-turnover-2025",
            4_300_000_000,
            "BAQ.KZ",
        )

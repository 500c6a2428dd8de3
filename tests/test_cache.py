"""The cache of the validated base: same answers, rebuilt on change, harmless when broken."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_json
from otg_cli import __version__, cache, models, query, views
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


def test_a_warm_load_gives_exactly_the_cold_answers(own_cache: Path) -> None:
    folders = [bundled_facts_dir()]
    cold = load_fact_base(folders, use_cache=False)
    load_fact_base(folders)  # writes the cache
    (written,) = own_cache.glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:  # SQLite holding JSON text, never pickle
        rows = connection.execute("SELECT data FROM facts").fetchall()
    assert len(rows) == len(cold.facts) and all(json.loads(data)["id"] for (data,) in rows)
    warm = cache.read(folders, sorted(bundled_facts_dir().rglob("*.toml")))
    assert warm is not None
    assert _everything(warm) == _everything(cold)
    assert dict(warm.origins) == dict(cold.origins)
    countries = [{code: (c.name.all(), c.aliases) for code, c in b.countries.items()} for b in (warm, cold)]
    assert countries[0] == countries[1] and len(countries[0]) == 10


def test_a_changed_fact_file_rebuilds_the_cache(own_cache: Path, user_folder: Path) -> None:
    folders = [bundled_facts_dir(), user_folder]
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
    folders = [bundled_facts_dir()]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.sqlite")
    written.write_bytes(garbage)
    assert len(load_fact_base(folders).facts) == len(load_fact_base(folders, use_cache=False).facts) == 33
    assert cache.read(folders, sorted(bundled_facts_dir().rglob("*.toml"))) is not None  # rebuilt


def test_a_cache_from_another_version_is_ignored(own_cache: Path) -> None:
    folders = [bundled_facts_dir()]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.sqlite")
    with sqlite3.connect(written) as connection:
        (key,) = connection.execute("SELECT key FROM meta").fetchone()
        connection.execute("UPDATE meta SET key = ?", (key.replace(f'"{__version__}"', '"0.0.0-other"'),))
        connection.execute("DELETE FROM facts")
    connection.close()
    assert cache.read(folders, sorted(bundled_facts_dir().rglob("*.toml"))) is None
    assert len(load_fact_base(folders).facts) == len(load_fact_base(folders, use_cache=False).facts) == 33


def test_an_unwritable_cache_directory_is_harmless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("OTG_CACHE_DIR", str(blocker / "cache"))
    assert [r["id"] for r in run_json("turnover", "KZ", "UZ", "2025")] == [
        "kz-uz-turnover-2025",
        "kz-uz-turnover-2025-jan-aug",
    ]


def test_no_cache_setting_skips_reading(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = [bundled_facts_dir()]
    load_fact_base(folders)
    monkeypatch.setenv("OTG_NO_CACHE", "1")
    assert cache.read(folders, sorted(bundled_facts_dir().rglob("*.toml"))) is None


@pytest.fixture(scope="module")
def bases() -> tuple[FactBase, FactBase]:
    """The bundled base as loaded from TOML, and as read back from the SQLite cache."""
    folders = [bundled_facts_dir()]
    files = sorted(bundled_facts_dir().rglob("*.toml"))
    cold = load_fact_base(folders, use_cache=False)
    cache.write(folders, files, cold)
    warm = cache.read(folders, files)
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
    assert isinstance(warm.facts, cache.CachedFacts)
    wanted = parse_period(period) if period else None
    scanned = [f.id for f in find_facts(cold, parties, wanted, measures)]
    indexed = [f.id for f in find_facts(warm, parties, wanted, measures)]
    assert indexed == scanned


def test_record_field_types_are_objects_so_the_cache_never_evaluates_strings() -> None:
    """models.py has no postponed annotations: decoders take types straight from the fields
    (evaluating ~100 annotation strings cost every lookup about 2 ms)."""
    classes = [c for c in vars(models).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]
    assert len(classes) >= 13
    strings = [
        (c.__name__, f.name) for c in classes for f in dataclasses.fields(c) if isinstance(f.type, str)
    ]
    assert strings == []

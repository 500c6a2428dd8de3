"""The cache of the validated base: same answers, rebuilt on change, harmless when broken."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import run_json
from otg_cli import cache, serialize
from otg_cli.loader import bundled_facts_dir, load_fact_base
from otg_cli.models import FactBase


def _everything(base: FactBase) -> list[dict[str, object]]:
    return [serialize.record(r, base) for r in base.records().values()]


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
    (written,) = own_cache.glob("factbase-*.json")
    json.loads(written.read_text(encoding="utf-8"))  # plain JSON, never pickle
    warm = cache.read(folders, sorted(bundled_facts_dir().rglob("*.toml")))
    assert warm is not None
    assert _everything(warm) == _everything(cold)
    assert warm.origins == cold.origins


def test_a_changed_fact_file_rebuilds_the_cache(own_cache: Path, user_folder: Path) -> None:
    folders = [bundled_facts_dir(), user_folder]
    assert load_fact_base(folders).facts["kz-uz-turnover-2024-user"].value == 3_900_000_000
    facts = user_folder / "user-facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("3_900_000_000", "3_950_000_000"), encoding="utf-8"
    )
    os.utime(facts, ns=(1, 1))  # even with an older mtime, the size differs
    assert load_fact_base(folders).facts["kz-uz-turnover-2024-user"].value == 3_950_000_000


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"\x00\xff" * 10, b'{"key": 1}', b"[]"])
def test_a_corrupt_cache_is_ignored_and_rebuilt(own_cache: Path, garbage: bytes) -> None:
    folders = [bundled_facts_dir()]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.json")
    written.write_bytes(garbage)
    assert len(load_fact_base(folders).facts) == len(load_fact_base(folders, use_cache=False).facts) == 33
    assert json.loads(written.read_text(encoding="utf-8"))["key"]["otg"]


def test_a_cache_from_another_version_is_ignored(own_cache: Path) -> None:
    folders = [bundled_facts_dir()]
    load_fact_base(folders)
    (written,) = own_cache.glob("factbase-*.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    document["key"]["otg"] = "0.0.0-other"
    document["tables"]["fact"] = []
    written.write_text(json.dumps(document), encoding="utf-8")
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

"""The language data files and their compiled twins (`otg_cli.datafiles`): a twin is used only
while it matches its TOML file byte for byte, so an edit is never hidden by a stale twin."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from otg_cli import datafiles

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

FILES = datafiles.data_files()


def test_every_language_has_its_phrase_table_and_lexicon() -> None:
    names = {(path.parent.name, path.stem) for path in FILES}
    assert names == {(folder, lang) for folder in ("phrases", "lexicon") for lang in ("en", "ru", "kk")}


def test_every_shipped_twin_is_current() -> None:
    stale = [str(path) for path in datafiles.stale()]
    assert stale == [], "a TOML data file changed: run `python scripts/build_data.py`"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_twin_holds_exactly_what_its_toml_file_says(path: Path) -> None:
    parsed = tomllib.loads(path.read_text(encoding="utf-8"))
    assert json.loads(datafiles.twin_of(path).read_text(encoding="utf-8"))["data"] == parsed
    assert datafiles.load(path) == parsed


def _copy(tmp_path: Path) -> Path:
    source = next(p for p in FILES if p.parent.name == "phrases" and p.stem == "en")  # no [tables]
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    datafiles.twin_of(copy).write_bytes(datafiles.twin_of(source).read_bytes())
    return copy


def test_an_edited_toml_file_is_read_itself_not_through_its_stale_twin(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    path.write_bytes(path.read_bytes() + b'\n"otg test phrase" = "edited after the twin"\n')
    assert datafiles.load(path)["otg test phrase"] == "edited after the twin"
    assert datafiles.load(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_same_size_edit_is_seen(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    (tmp_path / "x.toml").write_text('"k" = "aaaa"\n', encoding="utf-8")
    twin = datafiles.compiled((tmp_path / "x.toml").read_bytes())
    path.write_text('"k" = "bbbb"\n', encoding="utf-8")
    datafiles.twin_of(path).write_text(twin, encoding="utf-8")
    assert datafiles.load(path) == {"k": "bbbb"}


@pytest.mark.parametrize(
    "twin",
    ["", "not json", "[]", '{"source": 1}', '{"data": {}}', '{"source": "x", "data": {}}', "\x00\xff"],
)
def test_a_missing_broken_or_foreign_twin_falls_back_to_the_toml_file(tmp_path: Path, twin: str) -> None:
    path = _copy(tmp_path)
    datafiles.twin_of(path).write_text(twin, encoding="utf-8", errors="surrogateescape")
    assert datafiles.load(path) == tomllib.loads(path.read_text(encoding="utf-8"))
    datafiles.twin_of(path).unlink()
    assert datafiles.load(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_twin_whose_table_was_tampered_with_is_used_only_if_its_hash_still_matches(tmp_path: Path) -> None:
    """The hash vouches for the TOML bytes, not for the table: a hand-edited table under the
    right hash would be used, which is why the twin is built, never edited (this test pins it)."""
    path = _copy(tmp_path)
    document = json.loads(datafiles.twin_of(path).read_text(encoding="utf-8"))
    document["source"] = "0" * 64
    datafiles.twin_of(path).write_text(json.dumps(document), encoding="utf-8")
    assert datafiles.load(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_the_build_script_reports_and_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_data", Path(__file__).resolve().parents[1] / "scripts" / "build_data.py"
    )
    assert spec is not None and spec.loader is not None
    build_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_data)
    path = _copy(tmp_path)
    path.write_bytes(path.read_bytes() + b'\n"otg test phrase" = "new"\n')
    monkeypatch.setattr(datafiles, "data_files", lambda: [path])
    assert build_data.main(["--check"]) == 1
    assert build_data.main([]) == 0
    assert build_data.main(["--check"]) == 0
    assert json.loads(datafiles.twin_of(path).read_text(encoding="utf-8"))["data"]["otg test phrase"] == "new"

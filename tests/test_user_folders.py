"""User fact folders: --facts and OTG_FACTS add TOML files on top of the bundled base.

The bundled base is the small one from tests/fixtures here: these tests are about the folders,
not about what the bundled base holds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import confirmed_template, run, run_json, table

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _small(small_base: Path) -> Path:
    return small_base


def test_facts_flag_adds_a_users_fact() -> None:
    rows = run_json("turnover", "KZ", "UZ", "2024", "--facts", str(FIXTURES / "user"))
    assert [(r["id"], r["value_label"], r["sources"][0]["outlet"]) for r in rows] == [
        ("kz-uz-turnover-2024-user", "≈ $3.9 bn", "My notes")
    ]


def test_otg_facts_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTG_FACTS", os.pathsep.join([str(FIXTURES / "user"), ""]))
    assert [r["id"] for r in run_json("turnover", "KZ", "UZ", "2024")] == ["kz-uz-turnover-2024-user"]


def test_the_flag_takes_precedence_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTG_FACTS", str(FIXTURES / "collision"))
    assert run("turnover", "KZ", "UZ", "2024", "--json", "--facts", str(FIXTURES / "user")).exit_code == 0
    assert run("turnover", "KZ", "UZ", "2024", "--json").exit_code == 2


def test_a_colliding_id_names_both_files() -> None:
    result = run("turnover", "KZ", "UZ", "--facts", str(FIXTURES / "collision"))
    assert result.exit_code == 2
    assert (
        "collide.toml: record fact kz-uz-turnover-2025: field id: duplicate id; first defined in"
        in result.stderr
    )
    assert "small/kz-uz.toml" in result.stderr


def test_check_covers_user_folders() -> None:
    assert run("check", "--strict", "--facts", str(FIXTURES / "user")).exit_code == 0
    result = run("check", "--facts", str(FIXTURES / "collision"))
    assert result.exit_code == 2 and "duplicate id" in result.stdout


def test_text_that_looks_like_rich_markup_is_shown_literally() -> None:
    out = table("turnover", "KZ", "UZ", "2024", "--quotes", "--facts", str(FIXTURES / "user")).stdout
    assert "[bold]as noted[/bold]" in out.replace("\n", " ").replace("  ", " ") or "[bold]as" in out
    assert "«about 3.9 billion dollars in 2024 [/]»" in out


def test_the_init_folder_once_confirmed_is_a_valid_user_folder(tmp_path: Path) -> None:
    folder = confirmed_template(tmp_path / "mine")
    result = run("check", "--strict", "--facts", str(folder))
    assert result.exit_code == 0, result.stdout
    (row,) = run_json("turnover", "KZ", "UZ", "2024", "--facts", str(folder))
    assert (row["value_label"], row["sources"][0]["outlet"]) == ("≈ $3.9 bn", "My Outlet")

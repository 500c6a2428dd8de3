"""The test suite never reads or writes the user's own cache, not even while it is collected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _pytest_in_an_empty_home(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OTG_", "PYTEST_", "XDG_")) and key != "HOME"
    }
    environment.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
        cwd=TESTS.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_collecting_and_running_tests_leaves_the_users_cache_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    collected = _pytest_in_an_empty_home(home, "--collect-only", str(TESTS))
    assert collected.returncode == 0, collected.stdout + collected.stderr
    assert "test_every_quote_is_verbatim_in_its_archived_article" in collected.stdout
    assert list(home.rglob("*")) == []
    ran = _pytest_in_an_empty_home(
        home,
        str(TESTS / "test_cache.py::test_a_corrupt_row_is_answered_from_the_fact_files"),
        str(TESTS / "test_user_folders.py::test_facts_flag_adds_a_users_fact"),
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert list(home.rglob("*")) == []

"""Shared fixtures. Output must not depend on the terminal running the tests."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from otg_cli import settings
from otg_cli.commands import app
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.settings import ENV_CACHE_DIR, bundled_facts_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
#: A small fact base copied from the bundled one, for tests of behaviour rather than of the data.
SMALL = Path(__file__).resolve().parent / "fixtures" / "small"

_USERS_CACHE: list[str | None] = []


def pytest_configure(config: pytest.Config) -> None:
    """Tests never read or write the user's own cache, not even while they are collected (some
    test modules load the base at import): from the start, the cache is a private folder."""
    _USERS_CACHE.append(os.environ.get(ENV_CACHE_DIR))
    os.environ[ENV_CACHE_DIR] = tempfile.mkdtemp(prefix="otg-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ[ENV_CACHE_DIR], ignore_errors=True)
    previous = _USERS_CACHE.pop()
    if previous is None:
        del os.environ[ENV_CACHE_DIR]
    else:
        os.environ[ENV_CACHE_DIR] = previous


@pytest.fixture
def small_base(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands run on the small fact base instead of the bundled one (user folders still add to it)."""
    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: SMALL)
    return SMALL


@pytest.fixture(autouse=True)
def pinned_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A wide, colourless, non-interactive terminal whatever the test machine has."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in (
        "FORCE_COLOR",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
        "OTG_FACTS",
        "CLICOLOR_FORCE",
        "OTG_NO_CACHE",
        "OTG_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",  # the locale chooses otg's language: English unless a test says otherwise
    ):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(scope="session")
def base() -> FactBase:
    return load_fact_base([bundled_facts_dir()])


def confirmed_template(folder: Path) -> Path:
    """The folder `otg init` makes, with every example confirmed (its placeholder line deleted)."""
    from otg_cli.curation.scaffold import init_folder

    init_folder(folder)
    for path in folder.glob("*.toml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if not line.startswith("placeholder = ")), "utf-8")
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def table(*args: str) -> Result:
    """The table a person sees on a terminal (CliRunner's stdout is not one, so ask for it)."""
    return run(*args, "--format", "table")


def run_json(*args: str, exit_code: int = 0) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == exit_code, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Each test starts in English: a command run with --lang in an earlier test must not leak."""
    from otg_cli import i18n

    with i18n.using("en"):
        yield


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The golden claims' score, otg draft's recall and the mutants of the golden claims, when
    they ran (tests/test_golden.py, tests/test_drafting.py, tests/test_verify_mutations.py)."""
    for name in ("test_golden", "test_drafting", "test_verify_mutations"):
        module = sys.modules.get(name)
        text = module.report() if module is not None else ""
        if text:
            terminalreporter.write_line(text)

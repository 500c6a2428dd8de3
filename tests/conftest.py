"""Shared fixtures. Output must not depend on the terminal running the tests."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from otg_cli.commands import app
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.settings import bundled_facts_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never read or write the user's own cache."""
    previous = os.environ.get("OTG_CACHE_DIR")
    os.environ["OTG_CACHE_DIR"] = str(tmp_path_factory.mktemp("otg-cache"))
    yield
    if previous is None:
        del os.environ["OTG_CACHE_DIR"]
    else:
        os.environ["OTG_CACHE_DIR"] = previous


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
    ):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(scope="session")
def base() -> FactBase:
    return load_fact_base([bundled_facts_dir()])


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

"""The README is true: every command documented, its examples current, its test command the CI's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from conftest import run
from otg_cli.commands import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_commands_are_the_documented_ones() -> None:
    documented = sorted(re.findall(r"^### `otg (\w+)`", README, re.MULTILINE))
    assert documented == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example: otg " + command in result.stdout


def test_readme_examples_print_what_the_readme_says() -> None:
    script = ROOT / "scripts" / "readme_examples.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"^```sh\n(python3 -m venv[^\n]*)\n```", README, re.MULTILINE)
    assert len(commands) == 2, "the README's set-up is two commands"
    install_and_run, install_and_test = commands
    assert install_and_run.endswith("otg turnover KZ UZ 2025")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install_and_test in ci


def test_every_setting_is_in_the_environment_table() -> None:
    from otg_cli import settings

    table = README.split("## Environment", 1)[1].split("\n## ", 1)[0]
    assert [name for name in settings.VARIABLES if f"`{name}`" not in table] == []


def test_how_otg_is_built_names_every_module() -> None:
    section = README.split("## How otg is built", 1)[1].split("\n## ", 1)[0]
    package = ROOT / "src" / "otg_cli"
    modules = [f"`{p.name}`" for p in package.glob("*.py") if p.name != "__init__.py"]
    modules += [f"`{p.name}/`" for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    assert [m for m in modules if m not in section] == []


def test_each_command_is_found_in_the_module_that_defines_it() -> None:
    import importlib

    from otg_cli.commands import COMMAND_MODULES, app

    defined = {
        command.callback.__name__: command.callback.__module__.rsplit(".", 1)[1]
        for command in app.registered_commands
        if command.callback is not None
    }
    # A group of commands (otg source add) is defined where its subcommands are.
    for group in app.registered_groups:
        assert group.name is not None and group.typer_instance is not None
        modules = {c.callback.__module__ for c in group.typer_instance.registered_commands if c.callback}
        (module,) = modules
        defined[group.name] = module.rsplit(".", 1)[1]
    assert defined == COMMAND_MODULES
    from typer.core import TyperGroup

    listed = typer.main.get_command(app)
    assert isinstance(listed, TyperGroup)
    assert listed.list_commands(typer.Context(listed)) == list(COMMAND_MODULES)  # otg --help's order
    for name, module in COMMAND_MODULES.items():
        assert hasattr(importlib.import_module(f"otg_cli.commands.{module}"), name)

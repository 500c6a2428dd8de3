"""The installed product: the wheel ships the fact base, and real `otg` processes behave."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("otg_cli-*.whl")
    return built


def test_wheel_contains_every_fact_file_and_archive(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "facts").rglob("*"):
        if path.is_file():
            assert f"otg_cli/facts/{path.relative_to(ROOT / 'facts').as_posix()}" in names


def test_wheel_contains_the_templates_of_otg_init(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = ROOT / "src" / "otg_cli" / "templates"
    expected = {
        f"otg_cli/templates/{p.relative_to(templates).as_posix()}"
        for p in templates.rglob("*")
        if p.is_file()
    }
    assert expected == {
        "otg_cli/templates/facts.toml",
        "otg_cli/templates/sources.toml",
        "otg_cli/templates/sources/000_example.txt",
    }
    assert expected <= names
    assert not any(name.startswith("templates/") for name in names)


def test_otg_init_works_from_an_unpacked_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = _env(PYTHONPATH=str(site))
    made = subprocess.run(
        [sys.executable, "-m", "otg_cli", "init", "my-facts"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "my-facts" / "sources" / "000_example.txt").read_bytes() == (
        ROOT / "src" / "otg_cli" / "templates" / "sources" / "000_example.txt"
    ).read_bytes()
    checked = subprocess.run(
        [sys.executable, "-m", "otg_cli", "check", "--strict", "my-facts"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 2 and checked.stdout.count("placeholder record") == 5


def test_unpacked_wheel_answers_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "otg_cli", "turnover", "KZ", "UZ", "2025", "--json"],
        cwd=elsewhere,
        env=_env(PYTHONPATH=str(site)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [r["value"] for r in json.loads(result.stdout)] == [4_300_000_000, 3_000_000_000]


def _otg() -> str:
    script = Path(sys.executable).parent / "otg"
    assert script.exists(), "install the package first: pip install -e '.[test]'"
    return str(script)


def test_installed_console_script_prints_json_and_exit_codes(tmp_path: Path) -> None:
    ok = subprocess.run(
        [_otg(), "turnover", "KZ", "UZ", "2025", "--json"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and ok.stderr == ""
    assert [r["id"] for r in json.loads(ok.stdout)] == ["kz-uz-turnover-2025", "kz-uz-turnover-2025-jan-aug"]
    none = subprocess.run(
        [_otg(), "agreements", "--event", "tashkent", "--json"],
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (none.returncode, none.stdout) == (1, "[]\n")
    bad = subprocess.run(
        [_otg(), "turnover", "KZ", "Atlantis"], env=_env(), capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2 and bad.stdout == "" and "Traceback" not in bad.stderr


def test_piped_output_is_tsv_and_tables_carry_no_escape_codes() -> None:
    piped = subprocess.run(
        [_otg(), "turnover", "KZ", "UZ", "2025"], env=_env(), capture_output=True, text=True, check=False
    )
    assert piped.stdout.splitlines()[0].split("\t") == [
        "kz-uz-turnover-2025",
        "KZ; UZ",
        "2025",
        "$4.3 bn",
        "",
        "4300000000",
        "USD",
        "exact",
        "BAQ.KZ; BAQ.KZ",
        "2026-02-20; 2026-02-20",
        "ru; kk",
    ]
    table = subprocess.run(
        [_otg(), "turnover", "KZ", "UZ", "2025", "--format", "table"],
        env=_env(TERM="xterm-256color"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert table.returncode == 0 and "\x1b[" not in table.stdout and "$4.3 bn" in table.stdout
    forced = subprocess.run(
        [_otg(), "turnover", "KZ", "UZ", "--json"],
        env=_env(FORCE_COLOR="1"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert "\x1b[" not in forced.stdout
    json.loads(forced.stdout)


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "otg_cli", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("otg ")


def test_the_benchmarks_synthetic_base_is_a_valid_fact_base(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.synthetic_base(tmp_path / "synthetic", 120, per_file=50)
    assert len(list((tmp_path / "synthetic").glob("facts-*.toml"))) == 3
    result = subprocess.run(
        [_otg(), "check", "--strict", "--facts", str(tmp_path / "synthetic")],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert result.returncode == 0, result.stdout

"""The process against its environment: odd files below a fact folder, output that cannot be
written, no HOME, signals during a write, and the files otg writes (README "What otg promises").

Tests about the process run otg in a real subprocess; the rest use CliRunner. Tests run as root
here, which reads a file whatever its mode: an unreadable file is simulated (os.access patched),
and the other oddities (FIFO, socket, device, symlinks, names that are not UTF-8) are real.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import SMALL, run
from factfolder import fact, folder
from otg_cli.check import _label
from otg_cli.errors import EXIT_BAD_INPUT, EXIT_IO_ERROR
from otg_cli.factfiles import display_path, fact_files
from otg_cli.loader import load_fact_base

on_small_base = pytest.mark.usefixtures("small_base")


def otg(
    *args: str, env: dict[str, str] | None = None, hook: str = "", cwd: Path | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """otg in its own process; `hook` is Python run first (to patch a function), then main()."""
    script = f"import sys\n{textwrap.dedent(hook)}\nfrom otg_cli.__main__ import main\nsys.argv = ['otg', *sys.argv[1:]]\nmain()\n"
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", script, *args],
        env=env if env is not None else dict(os.environ),
        text=True,
        check=False,
        timeout=120,
        cwd=cwd,
        **options,
    )


def quiet_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr


# --- fact folders: nothing is skipped silently -----------------------------------------------


def one_problem(tmp_path: Path, name: str) -> str:
    files, problems = fact_files([tmp_path])
    assert files == [tmp_path / "facts.toml"]
    assert len(problems) == 1, problems
    assert problems[0].file == display_path(tmp_path / name)
    return problems[0].message


def test_a_dangling_symlink_is_an_error_naming_it(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    (tmp_path / "f" / "more.toml").symlink_to(tmp_path / "gone.toml")
    assert "which does not exist" in one_problem(tmp_path / "f", "more.toml")


def test_a_looping_symlink_is_an_error_naming_it(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    (tmp_path / "f" / "loop.toml").symlink_to(tmp_path / "f" / "loop.toml")
    assert "loops" in one_problem(tmp_path / "f", "loop.toml")


def test_a_fifo_is_an_error_and_is_never_opened(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    os.mkfifo(tmp_path / "f" / "pipe.toml")
    # Through a process with a timeout: opening the FIFO would hang it.
    result = otg("check", str(tmp_path / "f"))
    assert result.returncode == EXIT_BAD_INPUT
    assert "pipe.toml: a FIFO (named pipe), not a fact file" in result.stdout


def test_a_socket_and_a_device_are_errors(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "f" / "sock.toml"))
        assert "a socket, not a fact file" in one_problem(tmp_path / "f", "sock.toml")
    (tmp_path / "f" / "sock.toml").unlink()
    try:
        os.mknod(tmp_path / "f" / "null.toml", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device needs root")
    assert "a character device, not a fact file" in one_problem(tmp_path / "f", "null.toml")


def test_a_symlink_to_a_fifo_is_an_error(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "f" / "linked.toml").symlink_to(tmp_path / "pipe")
    assert "FIFO" in one_problem(tmp_path / "f", "linked.toml")


def test_an_unreadable_fact_file_is_found_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads any file, whatever its mode: os.access says what it would say to anyone else.
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    (tmp_path / "f" / "locked.toml").write_text("", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p).name != "locked.toml" and real(p, mode))
    assert "permission denied" in one_problem(tmp_path / "f", "locked.toml")


def test_a_name_that_is_not_utf8_is_an_error_shown_escaped(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    os.close(os.open(os.fsencode(tmp_path / "f") + b"/bad\xff.toml", os.O_CREAT | os.O_WRONLY))
    Path(os.fsdecode(os.fsencode(tmp_path / "f") + b"/dir\xfe")).mkdir()
    result = run("check", str(tmp_path / "f"))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "bad\\xff.toml: the file's name is not valid UTF-8" in result.stdout
    assert "dir\\xfe: the folder's name is not valid UTF-8" in result.stdout


def test_a_fact_folder_whose_name_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    folder(tmp_path / "facts", fact("kz-az-a", 1e9))
    bad = Path(os.fsdecode(os.fsencode(tmp_path) + b"/facts\xff"))
    (tmp_path / "facts").rename(bad)
    result = otg("sources", "--facts", str(bad))
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    assert "facts\\xff: the fact folder's name is not valid UTF-8" in result.stderr
    quiet_failure(result)


def test_a_symlink_loop_given_as_fact_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "self").symlink_to(tmp_path / "self")
    result = otg("sources", "--facts", str(tmp_path / "self"))
    assert result.returncode == EXIT_BAD_INPUT
    assert "self: fact folder is a symlink that loops" in result.stderr
    quiet_failure(result)


def test_a_symlinked_folder_is_read_and_a_loop_is_an_error(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    folder(tmp_path / "elsewhere", fact("kz-az-b", 2e9, period="{ start = 2024-01-01, end = 2024-12-31 }"))
    (tmp_path / "f" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    files, problems = fact_files([tmp_path / "f"])
    assert problems == []
    assert files == [tmp_path / "f" / "facts.toml", tmp_path / "f" / "linked" / "facts.toml"]
    (tmp_path / "f" / "up").symlink_to(tmp_path, target_is_directory=True)
    files, problems = fact_files([tmp_path / "f"])
    assert [(p.file, "loop" in p.message) for p in problems] == [(display_path(tmp_path / "f" / "up"), True)]


def test_a_fact_folder_given_as_a_symlink_works(tmp_path: Path) -> None:
    folder(tmp_path / "f", fact("kz-az-a", 1e9))
    (tmp_path / "link").symlink_to(tmp_path / "f", target_is_directory=True)
    base = load_fact_base([SMALL, tmp_path / "link"], use_cache=False)
    assert "kz-az-a" in base.facts


@on_small_base
def test_an_empty_facts_option_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "junk.toml").write_text("not toml", encoding="utf-8")
    result = run("sources", "--facts", "")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "'--facts'" in result.stderr and "empty" in result.stderr
    checked = run("check", "")
    assert checked.exit_code == EXIT_BAD_INPUT and "empty" in checked.stderr
    monkeypatch.setenv("OTG_FACTS", "")  # an empty OTG_FACTS is no folder, not the current one
    assert run("sources").exit_code == 0


def test_display_path_never_fails(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert display_path(tmp_path / "loop") == str(tmp_path / "loop")
    assert display_path(Path("a\x1b[2Jb")) == "a\\x1b[2Jb"


# --- otg check's case: a fact that states only a change --------------------------------------


def test_check_names_a_fact_that_states_only_a_change() -> None:
    fixture = Path(__file__).parent / "fixtures" / "change-only"
    result = run("check", str(fixture))
    assert result.exit_code == 0, result.stderr
    assert (
        "kz-az-turnover-change: field conflicts_with: differs from kz-az-turnover ($1 bn, 2025"
        in result.stdout
    )
    base = load_fact_base([fixture], use_cache=False)
    assert _label(base.facts["kz-az-turnover-change"]) == "kz-az-turnover-change (no figure)"


# --- output that cannot be written: exit 74, one line ----------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["sources"], ["facts", "--json"], ["export", "-f", "json", "-"]])
def test_stdout_on_a_full_disk_exits_74_with_one_line(args: list[str]) -> None:
    with Path("/dev/full").open("w") as full:
        result = otg(*args, stdout=full)
    assert result.returncode == EXIT_IO_ERROR
    assert result.stderr == "otg: error: cannot write standard output: No space left on device\n"


def test_a_closed_stdout_exits_74() -> None:
    result = otg("sources", stdout=None, **_closed(1))
    assert result.returncode == EXIT_IO_ERROR
    assert "cannot write standard output" in result.stderr
    quiet_failure(result)


def _closed(descriptor: int) -> dict[str, Any]:
    return {"preexec_fn": lambda: os.close(descriptor)}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_unwritable_stderr_is_no_traceback() -> None:
    with Path("/dev/full").open("w") as full:
        result = otg("turnover", "XX", stderr=full)
    assert result.returncode == EXIT_IO_ERROR
    assert result.stdout == ""


@on_small_base
def test_an_export_that_cannot_be_written_exits_74(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    result = run("export", str(tmp_path / "file" / "x.db"))
    assert result.exit_code == EXIT_IO_ERROR and "is not a folder" in result.stderr
    (tmp_path / "dir").mkdir()
    result = run("export", str(tmp_path / "dir"), "--force")
    assert result.exit_code == EXIT_IO_ERROR and "it is a folder" in result.stderr


# --- no HOME ---------------------------------------------------------------------------------

_NO_PASSWORD_ENTRY = """
import pwd
def _unknown(uid): raise KeyError(uid)
pwd.getpwuid = _unknown
"""


def _without_cache_settings(**extra: str) -> dict[str, str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("HOME", "OTG_CACHE_DIR", "XDG_CACHE_HOME")
    }
    return {**environment, **extra}


def test_no_home_answers_without_a_cache() -> None:
    expected = otg("turnover", "KZ", "UZ", "2025", "--json")
    result = otg(
        "turnover", "KZ", "UZ", "2025", "--json", env=_without_cache_settings(), hook=_NO_PASSWORD_ENTRY
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected.stdout and result.stderr == ""


@pytest.mark.parametrize("home", ["relative", "/nonexistent/home", "/dev/null"])
def test_an_unusable_home_answers_and_writes_nothing_here(tmp_path: Path, home: str) -> None:
    result = otg(
        "turnover", "KZ", "UZ", "2025", "--json", env=_without_cache_settings(HOME=home), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []  # no cache made in the current folder


# --- writes: atomic, never over a file without --force, nothing left behind ---------------------


@on_small_base
def test_svg_never_replaces_a_file_without_force(tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("mine", encoding="utf-8")
    refused = run("turnover", "KZ", "--svg", str(target))
    assert refused.exit_code == EXIT_BAD_INPUT and "add --force to replace it" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    assert run("turnover", "KZ", "--svg", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg"]


def _failing_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from otg_cli import export_sqlite

    real = export_sqlite.write_sqlite

    def half(tables: dict[str, list[dict[str, Any]]], path: Path) -> None:
        real(tables, path)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(export_sqlite, "write_sqlite", half)


@on_small_base
def test_force_replaces_an_export_only_once_the_new_one_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "otg.db"
    target.write_bytes(b"old")
    _failing_sqlite(monkeypatch)
    result = run("export", str(target), "--force")
    assert result.exit_code == EXIT_IO_ERROR and "database or disk is full" in result.stderr
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["otg.db"]


class _FullDisk(list[dict[str, object]]):
    def __iter__(self) -> Any:
        raise OSError(28, "No space left on device")


@on_small_base
def test_a_csv_export_that_fails_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from otg_cli import export

    real = export.tables

    def third_fails(base: Any) -> dict[str, list[dict[str, object]]]:
        tables = dict(real(base))
        tables[list(tables)[2]] = _FullDisk()
        return tables

    monkeypatch.setattr(export, "tables", third_fails)
    run("export", "-f", "csv", str(tmp_path / "csv"))
    assert list(tmp_path.iterdir()) == []


_SIGNAL_DURING_EXPORT = """
import os, signal, time
from otg_cli import export_sqlite
_real = export_sqlite.write_sqlite
def _interrupted(tables, path):
    _real(tables, path)
    os.kill(os.getpid(), signal.{name})
    time.sleep(30)
export_sqlite.write_sqlite = _interrupted
"""


@pytest.mark.parametrize(("name", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_during_an_export_leaves_no_temporary_file(tmp_path: Path, name: str, code: int) -> None:
    result = otg("export", str(tmp_path / "otg.db"), hook=_SIGNAL_DURING_EXPORT.format(name=name))
    assert result.returncode == code
    assert list(tmp_path.iterdir()) == []
    assert result.stderr == ""
    (tmp_path / "otg.db").write_bytes(b"old")
    result = otg("export", str(tmp_path / "otg.db"), "--force", hook=_SIGNAL_DURING_EXPORT.format(name=name))
    assert result.returncode == code
    assert [p.name for p in tmp_path.iterdir()] == ["otg.db"] and (tmp_path / "otg.db").read_bytes() == b"old"


def test_a_temporary_file_left_by_kill_9_is_removed_by_the_next_write(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f".otg.json.otg-{gone.pid}.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    running = tmp_path / f".otg.json.otg-{os.getpid()}.def456.tmp"  # a write still in progress
    running.write_text("half", encoding="utf-8")
    result = otg("export", "-f", "json", str(tmp_path / "otg.json"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["otg.json", running.name])

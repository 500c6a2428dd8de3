"""No input crashes otg or loses a fact: TOML corpus, junk files, pipes, encodings, signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run
from otg_cli import cache_files
from otg_cli.errors import OtgError
from otg_cli.loader import fact_files, load_fact_base, load_with_problems, parse_toml_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "toml-test" / "tests"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/toml-test is not beside this checkout"
)


def _listed(prefix: str) -> list[str]:
    if not CORPUS.is_dir():
        return []
    lines = (CORPUS / "files-toml-1.0.0").read_text(encoding="utf-8").split()
    return [line for line in lines if line.startswith(prefix) and line.endswith(".toml")]


INVALID = _listed("invalid/")
VALID = _listed("valid/")

#: Commands run in-process here read the small fact base under the user folders being tested:
#: what the bundled base holds is beside the point (the subprocess tests still run the real one).
on_small_base = pytest.mark.usefixtures("small_base")


@needs_corpus
def test_the_corpus_is_the_expected_one() -> None:
    assert (len(INVALID), len(VALID)) == (499, 210)


@on_small_base
@needs_corpus
@pytest.mark.parametrize("name", INVALID)
def test_every_invalid_toml_file_is_refused_with_exit_2_naming_it(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    target = folder / name.replace("/", "--")
    target.write_bytes((CORPUS / name).read_bytes())
    result = run("turnover", "KZ", "UZ", "--json", "--facts", str(folder))
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    assert target.name in result.stderr
    assert "Traceback" not in result.stderr


@on_small_base
@needs_corpus
def test_check_on_a_folder_of_every_invalid_file_reports_each(tmp_path: Path) -> None:
    for name in INVALID:
        (tmp_path / name.replace("/", "--")).write_bytes((CORPUS / name).read_bytes())
    result = run("check", str(tmp_path), "--json")
    assert result.exit_code == 2
    reported = {Path(e["file"]).name for e in json.loads(result.stdout)["errors"] if e["file"]}
    assert reported == {name.replace("/", "--") for name in INVALID}


@needs_corpus
@pytest.mark.parametrize("name", VALID)
def test_every_valid_toml_file_parses(name: str) -> None:
    document, problem = parse_toml_file(CORPUS / name)
    assert problem is None
    assert isinstance(document, dict)


@on_small_base
def test_invalid_toml_gives_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[[fact]]\nid = "x"\nvalue = 4.3 bn\n', encoding="utf-8")
    result = run("check", str(tmp_path))
    assert "bad.toml: invalid TOML" in result.stdout and "line 3, column" in result.stdout


@on_small_base
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x = " + b"[" * 20_000 + b"]" * 20_000, "invalid TOML"),
        ('[[source]]\nid = "caf\xe9"\n'.encode("latin-1"), "not UTF-8 text"),
        (bytes(range(256)) * 4, "not UTF-8 text"),
        (b"", "no records in this fact file"),
        (b"# only a comment\n", "no records in this fact file"),
        (b"\xef\xbb\xbf" + b"[[galaxy]]\n", "unknown table [[galaxy]]"),
        (b"fact = 3\n", "must be an array of tables"),
    ],
    ids=["deep-nesting", "latin-1", "binary", "empty", "comment-only", "bom", "not-a-table"],
)
def test_unreadable_fact_files_exit_2_with_a_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "junk.toml").write_bytes(content)
    result = run("turnover", "KZ", "--facts", str(tmp_path))
    assert result.exit_code == 2
    assert "junk.toml" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


@on_small_base
def test_missing_folder_and_a_file_given_as_folder(tmp_path: Path) -> None:
    missing = run("turnover", "KZ", "--facts", str(tmp_path / "nope"))
    assert missing.exit_code == 2 and "fact folder does not exist" in missing.stderr
    (tmp_path / "file.toml").write_text("", encoding="utf-8")
    not_folder = run("turnover", "KZ", "--facts", str(tmp_path / "file.toml"))
    assert not_folder.exit_code == 2 and "not a folder" in not_folder.stderr


def test_fact_files_are_found_at_any_depth_and_only_toml_files(tmp_path: Path) -> None:
    for relative in ["a.toml", "deep/er/b.toml", "deep/c.txt", "d.toml.bak", "folder.toml/e.toml"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "deep", target_is_directory=True)
    files, problems = fact_files([tmp_path])
    assert problems == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a.toml",
        "deep/er/b.toml",
        "folder.toml/e.toml",
    ]
    assert files == sorted(p for p in tmp_path.rglob("*.toml") if p.is_file())


@on_small_base
def test_an_unreadable_subfolder_is_an_error_not_lost_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "facts.toml").write_text("", encoding="utf-8")
    real = os.scandir

    def refuse(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    result = run("turnover", "KZ", "--facts", str(tmp_path))
    assert result.exit_code == 2
    assert "locked: cannot list folder: Permission denied" in result.stderr


@on_small_base
def test_an_unreadable_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.toml"
    target.write_text("", encoding="utf-8")
    real = cache_files.read_stamped

    def refuse(path: Path) -> tuple[cache_files.Stamp, bytes]:
        if path.name == "locked.toml":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(cache_files, "read_stamped", refuse)
    result = run("turnover", "KZ", "--facts", str(tmp_path))
    assert result.exit_code == 2 and "locked.toml: cannot read file: Permission denied" in result.stderr


@settings(max_examples=1000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    )
)
def test_arbitrary_bytes_never_crash_the_loader(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "any.toml").write_bytes(content)
        _, problems = load_with_problems([Path(folder)])
        assert problems, "an arbitrary file is never a valid fact base"
        with pytest.raises(OtgError):
            load_fact_base([Path(folder)], use_cache=False)


TOML_VALUES = st.recursive(
    st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=20), st.booleans()),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(
    st.sampled_from(["source", "fact", "event", "agreement", "target", "group", "country"]),
    st.dictionaries(
        st.sampled_from(["id", "value", "parties", "period", "unit", "quote", "measure", "citations", "x"]),
        TOML_VALUES,
        max_size=6,
    ),
)
def test_arbitrary_records_give_problems_not_exceptions(table: str, record: dict[str, object]) -> None:
    lines = [f"[[{table}]]"] + [f"{key} = {json.dumps(value)}" for key, value in record.items()]
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "any.toml").write_text("\n".join(lines), encoding="utf-8")
        load_with_problems([Path(folder)])


def _otg(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "otg_cli", *args],
        capture_output=True,
        encoding=env.get("PYTHONIOENCODING", "utf-8"),
        env=environment,
        check=False,
    )


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_closed_pipe_prints_nothing_on_stderr(unbuffered: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        environment["PYTHONUNBUFFERED"] = unbuffered
    for args in (["agreements"], ["agreements", "--json"], ["events", "--json"]):
        producer = subprocess.Popen(
            [sys.executable, "-m", "otg_cli", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        assert producer.stdout is not None and producer.stderr is not None
        producer.stdout.readline()
        producer.stdout.close()  # what `head -1` does
        assert producer.stderr.read() == b""
        producer.wait()


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_narrow_encodings_still_print_tables_and_valid_json(encoding: str) -> None:
    table = _otg("turnover", "KZ", "KG", "--quotes", "--format", "table", PYTHONIOENCODING=encoding)
    assert table.returncode == 0 and "Traceback" not in table.stderr
    assert "\\u041a" in table.stdout  # Кыргызстаном, escaped
    document = _otg("turnover", "KZ", "KG", "--json", PYTHONIOENCODING=encoding)
    assert json.loads(document.stdout)[0]["sources"][0]["quote"] == "Кыргызстаном – почти 2 млрд долларов"


@pytest.mark.parametrize(
    "env",
    [
        {"FORCE_COLOR": "1"},
        {"TTY_COMPATIBLE": "1"},
        {"NO_COLOR": "1"},
        {"TERM": "dumb"},
        {"FORCE_COLOR": "1", "TERM": "xterm-256color"},
    ],
)
def test_no_setting_puts_escape_codes_into_json(env: dict[str, str]) -> None:
    for args in (
        ["turnover", "KZ", "UZ", "--json"],
        ["check", "--json"],
        ["show", "kz-uz-turnover-2025", "--json"],
    ):
        result = _otg(*args, **env)
        assert "\x1b" not in result.stdout
        json.loads(result.stdout)


def test_ctrl_c_exits_130_quietly() -> None:
    script = (
        "import os, signal, time\n"
        "from otg_cli.__main__ import prepare_process\n"
        "prepare_process()\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "time.sleep(5)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (130, "")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the test process is untouched


def test_a_bug_prints_a_short_report_request_without_locals() -> None:
    script = (
        "import sys\n"
        "from otg_cli import query\n"
        "from otg_cli.__main__ import main\n"
        "def broken(*args, **kwargs):\n"
        "    secret_local = 'do-not-print-me'\n"
        "    raise RuntimeError('boom')\n"
        "query.find_facts = broken\n"
        "sys.argv = ['otg', 'turnover', 'KZ', 'UZ']\n"
        "main()\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "OTG_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 70
    assert "otg: internal error: RuntimeError: boom" in result.stderr
    assert "Please report it" in result.stderr
    assert "Traceback" not in result.stderr and "do-not-print-me" not in result.stderr


def test_slow_load_progress_waits_a_second_and_draws_on_stderr_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from otg_cli.render.progress import SlowLoadProgress

    now = [0.0]
    progress = SlowLoadProgress()
    progress._clock = lambda: now[0]
    progress._started = 0.0
    progress(1, 10)
    assert progress._bar is None  # under a second: nothing at all
    now[0] = 1.5
    progress(5, 10)
    assert progress._bar is not None
    progress(10, 10)
    captured = capsys.readouterr()
    assert captured.out == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = _otg("turnover", "KZ", "--json", OTG_NO_CACHE="1")
    assert result.returncode == 0 and result.stderr == ""

"""A cache that can never lie: a warm answer always equals a cold one, whatever happened to the fact
files (edits that keep size and mtime, edits during a build, coarse timestamps) or to the cache
(tampering, damage, files of another user), and one edit costs one file."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SMALL, run, run_json
from factfolder import YEAR_2025, fact
from otg_cli import cache, cache_files, factfiles
from otg_cli.cache_codec import to_json
from otg_cli.errors import OtgError
from otg_cli.kinds import record_key
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase

SOURCE = '[[source]]\nid = "mine"\noutlet = "Mine"\nlanguage = "en"\narchive = "article.txt"\n'


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OTG_CACHE_DIR", str(folder))
    return folder


def snapshot(base: FactBase) -> dict[str, object]:
    """Everything a command can read of a base, in the order it reads it."""
    return {
        "tables": {
            name: [(record_key(r), to_json(r)) for r in table.values()] for name, table in base.tables.items()
        },
        "origins": dict(base.origins),
        "disagreements": {k: [tuple(c) for c in v] for k, v in base.disagreements.items()},
        "archives": {k: str(v) for k, v in base.archive_paths.items()},
    }


def answers(folders: list[Path]) -> tuple[dict[str, object] | str, dict[str, object] | str]:
    """(warm, cold): what the cache answers, and what the fact files say; an error's text if not."""

    def one(use_cache: bool) -> dict[str, object] | str:
        try:
            return snapshot(load_fact_base(folders, use_cache=use_cache))
        except OtgError as error:
            return f"{error.message} {[str(p) for p in error.problems]}"

    return one(True), one(False)


def _write(folder: Path, name: str, *records: str) -> Path:
    path = folder / name
    path.write_text("\n".join(records), encoding="utf-8")
    return path


def user_folder(root: Path) -> Path:
    """Three fact files and a source file, figures on the same points across files."""
    folder = root / "mine"
    folder.mkdir()
    (folder / "article.txt").write_text("article\n", encoding="utf-8")
    (folder / "source.toml").write_text(SOURCE, encoding="utf-8")
    _write(
        folder,
        "a.toml",
        fact("mine-a1", 100.0, parties=("KZ", "AZ")),
        fact("mine-a2", 200.0, parties=("KZ", "TR")),
    )
    _write(folder, "b.toml", fact("mine-b1", 300.0, parties=("KZ", "KG")))
    _write(folder, "c.toml", fact("mine-c1", 100.0, parties=("KZ", "AZ"), qualifier="over"))
    for path in folder.glob("*.toml"):
        path.write_text(path.read_text(encoding="utf-8").replace("SOURCE", '"mine"'), encoding="utf-8")
    return folder


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, record: str) -> None:
    path.write_text(
        path.read_text(encoding="utf-8") + "\n" + record.replace("SOURCE", '"mine"'), encoding="utf-8"
    )


def _keep_stamp(path: Path, edit: object) -> None:
    """An edit that keeps size and mtime, as `cp -p`, `touch -r` or an archive would."""
    before = path.stat()
    assert callable(edit)
    edit()
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _op_value(folder: Path, n: int) -> None:
    path = folder / "a.toml" if (folder / "a.toml").exists() else folder / "z.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("value = ") + len("value = ")
    digits = text[start : text.index(".", start)]
    new = str((int(digits) + n) % 900 + 100)
    path.write_text(text[:start] + new + text[start + len(digits) :], encoding="utf-8")


def _op_add(folder: Path, n: int) -> None:
    _append(folder / "b.toml", fact(f"mine-new-{n}", 1000.0 + n, parties=("KZ", "UZ")))


def _op_remove(folder: Path, n: int) -> None:
    path = folder / "b.toml"
    blocks = path.read_text(encoding="utf-8").split("[[fact]]")
    if len(blocks) > 2:
        path.write_text("[[fact]]".join(blocks[:-1]), encoding="utf-8")


def _op_new_file(folder: Path, n: int) -> None:
    record = fact(f"mine-d{n}", 150.0, parties=("KZ", "AZ"), conflicts_with=("mine-a1",))
    (folder / f"d{n}.toml").write_text(record.replace("SOURCE", '"mine"'), encoding="utf-8")


def _op_drop_file(folder: Path, n: int) -> None:
    (folder / "c.toml").unlink(missing_ok=True)


def _op_rename(folder: Path, n: int) -> None:
    if (folder / "a.toml").exists():
        (folder / "a.toml").rename(folder / "z.toml")


def _op_same_point(folder: Path, n: int) -> None:
    _append(folder / "b.toml", fact(f"mine-same-{n}", 50.0 + n, parties=("KZ", "TR")))


def _op_outlet(folder: Path, n: int) -> None:
    path = folder / "source.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(text.split('outlet = "')[1].split('"')[0], f"Mine {n}"), encoding="utf-8")


def _op_touch(folder: Path, n: int) -> None:
    for path in folder.glob("*.toml"):
        path.write_bytes(path.read_bytes())


def _op_same_size(folder: Path, n: int) -> None:
    path = folder / "source.toml"

    def edit() -> None:
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("Mine", "Nine") if "Mine" in text else text.replace("Nine", "Mine"), encoding="utf-8"
        )

    _keep_stamp(path, edit)


def _op_group(folder: Path, n: int) -> None:
    (folder / "groups.toml").write_text(
        f'[[group]]\nid = "mine-group-{n}"\nname = {{ en = "Mine {n}" }}\nmembers = [{{ country = "KZ" }}]\n',
        encoding="utf-8",
    )


def _op_duplicate(folder: Path, n: int) -> None:
    _append(folder / "b.toml", fact("mine-a2", 1.0))


def _op_fix(folder: Path, n: int) -> None:
    """Undo the last duplicate, if any (so that a run does not stay broken)."""
    path = folder / "b.toml"
    blocks = path.read_text(encoding="utf-8").split("[[fact]]")
    kept = [b for b in blocks if 'id = "mine-a2"' not in b]
    path.write_text("[[fact]]".join(kept), encoding="utf-8")


OPERATIONS = {
    name.removeprefix("_op_"): function for name, function in globals().items() if name.startswith("_op_")
}


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(sorted(OPERATIONS)), st.integers(0, 99)), min_size=1, max_size=6))
def test_after_any_edits_a_warm_base_equals_a_cold_one(steps: list[tuple[str, int]]) -> None:
    """The differential test of the cache: after every edit (values, records and files added,
    removed and renamed, sources and groups changed, same-size edits with the old mtime, a broken
    file and its fix), the base through the cache equals the base read from the fact files."""
    import tempfile

    previous = os.environ["OTG_CACHE_DIR"]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        os.environ["OTG_CACHE_DIR"] = str(root / "cache")
        folders = [SMALL, user_folder(root)]
        try:
            warm, cold = answers(folders)
            assert warm == cold
            for name, n in steps:
                OPERATIONS[name](folders[1], n)
                warm, cold = answers(folders)
                assert warm == cold, (name, n)
        finally:
            os.environ["OTG_CACHE_DIR"] = previous


# --- Stale stamps ---------------------------------------------------------------------------


def test_an_edit_that_keeps_size_and_mtime_is_seen(own_cache: Path, tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    folders = [SMALL, folder]
    assert load_fact_base(folders).facts["mine-b1"].value == 300
    path = folder / "b.toml"
    _keep_stamp(path, lambda: _replace(path, "value = 300.0", "value = 900.0"))
    assert load_fact_base(folders).facts["mine-b1"].value == 900


def test_with_one_second_timestamps_a_racy_edit_is_hashed_again(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system that keeps whole seconds (FAT, some network and archive file systems): an
    edit in the same second as the cache's stamp leaves the stamp exactly as it was. The stamp
    was taken within RACY_NS of the file's mtime, so it cannot vouch for the file: it is hashed."""
    file_time = 1_700_000_000_000_000_000  # every write lands in this same second
    clock = [file_time + 300_000_000]

    def coarse(status: os.stat_result) -> cache_files.Stamp:
        return cache_files.Stamp(status.st_size, file_time, file_time, 1, 1)

    monkeypatch.setattr(cache_files.Stamp, "of", classmethod(lambda cls, status: coarse(status)))
    monkeypatch.setattr(cache_files, "now_ns", lambda: clock[0])
    folder = user_folder(tmp_path)
    folders = [SMALL, folder]
    assert load_fact_base(folders).facts["mine-b1"].value == 300
    _replace(folder / "b.toml", "value = 300.0", "value = 700.0")  # same size, same (coarse) stamp
    assert load_fact_base(folders).facts["mine-b1"].value == 700
    clock[0] += 10 * cache_files.RACY_NS  # long after: the stamp can vouch again, and is trusted
    assert load_fact_base(folders).facts["mine-b1"].value == 700


def test_a_file_saved_while_the_base_is_built_is_read_again(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp is taken before the bytes are read, and checked again before the cache is
    written: a file saved in between is never taken for the bytes that were read."""
    folder = user_folder(tmp_path)
    folders = [SMALL, folder]
    path = folder / "b.toml"
    read = cache_files.read_stamped
    saved: list[bool] = []

    def read_then_save(file: Path) -> tuple[cache_files.Stamp, bytes]:
        found = read(file)
        if file == path and not saved:
            saved.append(True)
            _replace(path, "value = 300.0", "value = 800.0")  # the editor saves now
        return found

    monkeypatch.setattr(cache_files, "read_stamped", read_then_save)
    assert load_fact_base(folders).facts["mine-b1"].value == 300  # what was read
    monkeypatch.setattr(cache_files, "read_stamped", read)
    assert load_fact_base(folders).facts["mine-b1"].value == 800


def test_one_edit_reads_one_file(own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = user_folder(tmp_path)
    folders = [SMALL, folder]
    load_fact_base(folders)
    _replace(folder / "b.toml", "value = 300.0", "value = 301.0")
    parsed: list[str] = []
    parse = factfiles.parse_toml_file

    def counting(path: Path, *args: object) -> object:
        parsed.append(path.name)
        return parse(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("otg_cli.loader.parse_toml_file", counting)
    assert load_fact_base(folders).facts["mine-b1"].value == 301
    assert parsed == ["b.toml"]
    parsed.clear()
    assert load_fact_base(folders).facts["mine-b1"].value == 301
    assert parsed == []


# --- A cache can never create a figure --------------------------------------------------------


def _cache_file(folder: Path) -> Path:
    (written,) = folder.glob("factbase-*.sqlite")
    return written


def _tamper(written: Path, sql: str, *arguments: object) -> None:
    connection = sqlite3.connect(written)
    with connection:
        connection.execute(sql, arguments)
    connection.close()


def _forge(written: Path) -> None:
    """Change the cached figure of kz-uz-turnover-2025 to $9.9 bn, as someone with sqlite3 could."""
    connection = sqlite3.connect(written)
    (data,) = connection.execute("SELECT data FROM facts WHERE id = 'kz-uz-turnover-2025'").fetchone()
    connection.close()
    _tamper(written, "UPDATE facts SET data = ? WHERE id = 'kz-uz-turnover-2025'", _forged(data))


def _reseal(written: Path) -> None:
    """Seal a cache file with the user's key, as only otg (or someone who read the key) can."""
    key = (written.parent / "key").read_bytes()
    written.with_suffix(".seal").write_bytes(hmac.new(key, written.read_bytes(), hashlib.sha256).digest())


def _forged(data: str) -> str:
    value = json.loads(data)
    value["value"] = 9_900_000_000
    return json.dumps(value, ensure_ascii=False)


def test_a_tampered_figure_is_never_printed_cited_or_supported(own_cache: Path) -> None:
    assert run("turnover", "KZ", "UZ", "2025", "--json").exit_code == 0
    written = _cache_file(own_cache)
    _forge(written)
    rows = run_json("turnover", "KZ", "UZ", "2025")
    assert rows[0]["value"] == 4_300_000_000
    _forge(_cache_file(own_cache))
    cited = run("cite", "kz-uz-turnover-2025")
    assert "9.9" not in cited.output and "9,9" not in cited.output
    _forge(_cache_file(own_cache))
    forged = run("verify", "Kazakhstan-Uzbekistan trade was $9.9 bn in 2025", "--json")
    assert json.loads(forged.output)["verdict"] != "supported" and forged.exit_code != 0
    true = run("verify", "Kazakhstan-Uzbekistan trade was $4.3 bn in 2025", "--json")
    assert json.loads(true.output)["verdict"] == "supported"


def test_an_invented_row_is_never_shown(own_cache: Path) -> None:
    assert run("turnover", "KZ", "UZ", "2025", "--json").exit_code == 0
    written = _cache_file(own_cache)
    connection = sqlite3.connect(written)
    row = list(connection.execute("SELECT * FROM facts WHERE id = 'kz-uz-turnover-2025'").fetchone())
    connection.close()
    row[0] = "kz-uz-turnover-2025-invented"
    row[-1] = _forged(row[-1]).replace("kz-uz-turnover-2025", "kz-uz-turnover-2025-invented")
    _tamper(written, f"INSERT INTO facts VALUES ({', '.join('?' for _ in row)})", *row)
    assert run("show", "kz-uz-turnover-2025-invented").exit_code != 0
    assert "invented" not in run("turnover", "KZ", "UZ", "2025").output


@pytest.mark.parametrize("offset", [0, 100, 1000, 5000, -1])
def test_a_flipped_bit_anywhere_in_the_cache_is_never_served(own_cache: Path, offset: int) -> None:
    expected = run_json("turnover", "KZ", "UZ", "2025")
    written = _cache_file(own_cache)
    data = bytearray(written.read_bytes())
    data[offset] ^= 0x01
    written.write_bytes(bytes(data))
    assert run_json("turnover", "KZ", "UZ", "2025") == expected


@pytest.mark.parametrize(
    "damage", ["delete-seal", "empty-seal", "seal-of-another-cache", "truncate", "garbage"]
)
def test_a_cache_whose_seal_is_missing_or_wrong_is_rebuilt(
    own_cache: Path, tmp_path: Path, damage: str
) -> None:
    expected = run_json("turnover", "KZ", "UZ", "2025")
    written = _cache_file(own_cache)
    seal = written.with_suffix(".seal")
    if damage == "delete-seal":
        seal.unlink()
    elif damage == "empty-seal":
        seal.write_bytes(b"")
    elif damage == "seal-of-another-cache":
        other = user_folder(tmp_path)
        assert run("turnover", "KZ", "UZ", "2025", "--facts", str(other), "--json").exit_code == 0
        seals = [p for p in own_cache.glob("*.seal") if p != seal]
        seal.write_bytes(seals[0].read_bytes())
    elif damage == "truncate":
        written.write_bytes(written.read_bytes()[:4096])
    else:
        written.write_bytes(os.urandom(8192))
    result = run("turnover", "KZ", "UZ", "2025", "--json")
    assert (result.exit_code, json.loads(result.output)) == (0, expected)


def test_a_cache_forged_without_the_key_is_not_read(own_cache: Path) -> None:
    """Someone who cannot read the key can write a cache and seal it with a key of their own."""
    run("turnover", "KZ", "UZ", "2025", "--json")
    written = _cache_file(own_cache)
    _forge(written)
    guessed = hmac.new(b"\0" * 32, written.read_bytes(), hashlib.sha256).digest()
    written.with_suffix(".seal").write_bytes(guessed)
    assert run_json("turnover", "KZ", "UZ", "2025")[0]["value"] == 4_300_000_000


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
@pytest.mark.parametrize("what", ["cache", "seal", "key"])
def test_a_cache_owned_by_another_user_is_not_used(own_cache: Path, what: str) -> None:
    run("turnover", "KZ", "UZ", "2025", "--json")
    written = _cache_file(own_cache)
    # Another user's cache, planted with a figure of their choosing and sealed with our key.
    _forge(written)
    _reseal(written)
    target = {"cache": written, "seal": written.with_suffix(".seal"), "key": own_cache / "key"}[what]
    os.chown(target, 65534, 65534)
    assert run_json("turnover", "KZ", "UZ", "2025")[0]["value"] == 4_300_000_000


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_cache_file_others_can_write_is_not_used(own_cache: Path, mode: int) -> None:
    run("turnover", "KZ", "UZ", "2025", "--json")
    written = _cache_file(own_cache)
    _forge(written)
    _reseal(written)
    written.chmod(mode)
    assert run_json("turnover", "KZ", "UZ", "2025")[0]["value"] == 4_300_000_000


def test_a_key_others_can_read_and_a_shared_cache_directory_are_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert cache_files.usable_directory(shared) is False
    private = tmp_path / "private"
    assert cache_files.usable_directory(private) and (private.stat().st_mode & 0o777) == 0o700
    assert cache_files.sealing_key(private) is not None
    (private / "key").chmod(0o644)
    assert cache_files.sealing_key(private) is None


def test_a_cache_file_that_is_a_link_is_not_followed(own_cache: Path, tmp_path: Path) -> None:
    run("turnover", "KZ", "UZ", "2025", "--json")
    written = _cache_file(own_cache)
    elsewhere = tmp_path / "elsewhere.sqlite"
    written.rename(elsewhere)
    written.symlink_to(elsewhere)
    assert cache.read_private(written) is None
    assert run_json("turnover", "KZ", "UZ", "2025")[0]["value"] == 4_300_000_000


def test_a_corrupt_cache_never_exits_70_in_a_real_process(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OTG_")}
    environment["OTG_CACHE_DIR"] = str(tmp_path / "cache")
    command = [sys.executable, "-m", "otg_cli", "turnover", "KZ", "UZ", "2025", "--json"]
    first = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    written = _cache_file(tmp_path / "cache")
    rng = random.Random(7)
    for _ in range(5):
        data = bytearray(written.read_bytes())
        for _ in range(20):  # damaged pages
            data[rng.randrange(len(data))] = rng.randrange(256)
        written.write_bytes(bytes(data))
        result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
        assert (result.returncode, result.stderr, result.stdout) == (0, "", first.stdout)
        written = _cache_file(tmp_path / "cache")


# --- otg cache info | verify | clear ---------------------------------------------------------


def test_cache_info_verify_and_clear(own_cache: Path) -> None:
    assert run("cache", "info").exit_code == 1  # none yet
    run("turnover", "KZ", "UZ", "2025", "--json")
    info = json.loads(run("cache", "info", "--json").output)
    assert info["status"] == "current" and info["facts"] > 0 and info["path"].startswith(str(own_cache))
    checked = run("cache", "verify", "--json")
    assert (checked.exit_code, json.loads(checked.output)["differences"]) == (0, [])
    written = _cache_file(own_cache)
    written.write_bytes(written.read_bytes()[:-100] + b"\0" * 100)
    failed = run("cache", "verify")
    assert failed.exit_code == 3 and "deleted" in failed.output and not written.exists()
    run("turnover", "KZ", "UZ", "2025", "--json")
    cleared = run("cache", "clear")
    assert cleared.exit_code == 0 and "deleted" in cleared.output
    assert list(own_cache.iterdir()) == []


def test_cache_verify_finds_a_record_that_differs_behind_a_good_seal(own_cache: Path) -> None:
    run("turnover", "KZ", "UZ", "2025", "--json")
    written = _cache_file(own_cache)
    _forge(written)
    _reseal(written)
    checked = run("cache", "verify", "--json")
    assert checked.exit_code == 3
    assert json.loads(checked.output)["differences"] == ["kz-uz-turnover-2025"]


def test_a_stale_cache_says_which_files_changed(own_cache: Path, tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    run("turnover", "KZ", "UZ", "2025", "--facts", str(folder), "--json")
    _replace(folder / "b.toml", "value = 300.0", "value = 301.0")
    info = json.loads(run("cache", "info", "--facts", str(folder), "--json").output)
    assert info["status"] == "stale" and info["changed"] == [str(folder / "b.toml")]


# --- No leftovers ------------------------------------------------------------------------------


def test_no_cache_setting_writes_nothing(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTG_NO_CACHE", "1")
    assert run("turnover", "KZ", "UZ", "2025", "--json").exit_code == 0
    assert not own_cache.exists() or list(own_cache.iterdir()) == []


def test_no_home_means_no_cache_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from otg_cli import settings

    monkeypatch.delenv("OTG_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    assert settings.cache_dir() is None
    assert run("turnover", "KZ", "UZ", "2025", "--json").exit_code == 0
    assert run("cache", "info").exit_code == 1


def test_an_interrupted_write_leaves_no_temporary_file(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cache, "insert_disagreements", interrupted)
    with pytest.raises(KeyboardInterrupt):
        load_fact_base([SMALL])
    assert [p.name for p in own_cache.iterdir()] == ["key"]


def test_a_full_disk_leaves_no_temporary_file(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache, "insert_disagreements", full)
    assert len(load_fact_base([SMALL]).facts) == 3  # answered, without a cache
    assert [p.name for p in own_cache.iterdir()] == ["key"]


def test_a_real_process_killed_by_sigint_or_sigterm_leaves_no_temporary_file(tmp_path: Path) -> None:
    import importlib.util
    import signal
    import time

    spec = importlib.util.spec_from_file_location(
        "bench", Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    big = tmp_path / "big"
    bench.synthetic_base(big, 3000, per_file=300)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OTG_")}
    environment["OTG_CACHE_DIR"] = str(tmp_path / "cache")
    command = [sys.executable, "-m", "otg_cli", "turnover", "KZ", "AD", "1999", "--facts", str(big), "--json"]
    caught = []
    for number in (signal.SIGINT, signal.SIGTERM):
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)
        process = subprocess.Popen(
            command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if list((tmp_path / "cache").glob("*.tmp")):
                caught.append(number)
                break
            time.sleep(0.002)
        process.send_signal(number)
        process.wait(timeout=60)
        assert not list((tmp_path / "cache").glob("*.tmp")), number
    assert caught, "the process was never caught writing its cache"


def test_old_caches_and_dead_temporary_files_are_evicted(own_cache: Path, tmp_path: Path) -> None:
    run("turnover", "KZ", "UZ", "2025", "--json")
    month = 31 * 24 * 3600
    old = own_cache / "factbase-0000000000000000dead.sqlite"
    old.write_bytes(b"old")
    old.with_suffix(".seal").write_bytes(b"old")
    recent = own_cache / "factbase-0000000000000000beef.sqlite"
    recent.write_bytes(b"recent")
    dead = own_cache / "factbase-0000000000000000dead.123.abcd.tmp"
    dead.write_bytes(b"dead")
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    killed = own_cache / f"factbase-0000000000000000dead.{int(finished.stdout)}.abcd.tmp"  # kill -9, just now
    killed.write_bytes(b"killed")
    alive = own_cache / f"factbase-0000000000000000dead.{os.getpid()}.abcd.tmp"  # being written
    alive.write_bytes(b"alive")
    for path in (old, old.with_suffix(".seal"), dead):
        stamp = path.stat().st_mtime - month
        os.utime(path, (stamp, stamp))
    other = user_folder(tmp_path)
    run("turnover", "KZ", "UZ", "2025", "--facts", str(other), "--json")  # writes a cache: evicts
    assert not old.exists() and not old.with_suffix(".seal").exists() and not dead.exists()
    assert not killed.exists()
    assert recent.exists() and alive.exists()


def test_a_warm_answer_equals_a_cold_one_through_the_cli(own_cache: Path, tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    for arguments in (["facts"], ["turnover", "KZ", "AZ", "2025"], ["sources"]):
        cold = run(*arguments, "--facts", str(folder), "--json").output
        warm = run(*arguments, "--facts", str(folder), "--json").output
        assert warm == cold
    _append(folder / "b.toml", fact("mine-b2", 120.0, parties=("KZ", "AZ"), period=YEAR_2025))
    rows = run_json("turnover", "KZ", "AZ", "2025", "--facts", str(folder))
    assert "mine-b2" in {r["id"] for r in rows}
    assert {r["id"]: r.get("conflicts_with") for r in rows}["mine-b2"]

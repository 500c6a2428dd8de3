"""Time whole `otg` processes against `python -c "import typer"` in the same environment.

    python benchmarks/bench.py                 # start-up: JSON and table, ratios to the baseline
    python benchmarks/bench.py --scale         # also 10,000 and 100,000 synthetic records
    python benchmarks/bench.py --edits         # also one edit of a 20,000-fact base in 200 files
    python benchmarks/bench.py --runs 50 --no-startup --edits

Start-up goals (README "Speed"): `otg turnover KZ UZ 2025 --json` at most 1.3x the baseline, the
same as a table on a terminal at most 1.6x, and `otg verify CLAIM --json` at most 1.5x the JSON
lookup, for a claim with a figure and for one without. Scale goals: 100,000 records answer in at most 1 s with
a warm cache and 20 s cold, in at most 400 MB. After one file of a 20,000-fact base in 200 files is
edited, the next answer costs at most 15% of a cold build.

Every timing is of a fresh process, so it includes the interpreter's start. Runs use a private
cache directory, warmed once before timing (except the cold runs). Nothing here is a test: timings
depend on the machine, and the README records the machine they came from.
"""

from __future__ import annotations

import argparse
import os
import platform
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

_SCRIPT = Path(sys.executable).parent / "otg"
OTG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "otg_cli"]
BASELINE = [sys.executable, "-c", "import typer"]
QUERY = ["turnover", "KZ", "UZ", "2025"]
CLAIM = ["verify", "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов", "--json"]
#: A claim without a figure: read with stems, checked against the agreements and events.
STATEMENT = ["verify", "Kazakhstan and Turkmenistan agreed to consider opening direct flights", "--json"]


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def run_once(argv: Sequence[str], env: dict[str, str], tty: bool = False) -> float:
    """Wall-clock seconds of one process; with tty=True its stdout is a pseudo-terminal."""
    if tty:
        primary, secondary = pty.openpty()
        reader = threading.Thread(target=_drain, args=(primary,), daemon=True)
        reader.start()
        start = time.perf_counter()
        subprocess.run(argv, stdout=secondary, stderr=subprocess.DEVNULL, env=env, check=True)
        elapsed = time.perf_counter() - start
        os.close(secondary)
        reader.join(timeout=1)
        os.close(primary)
        return elapsed
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def measure(argv: Sequence[str], env: dict[str, str], runs: int, tty: bool = False) -> list[float]:
    run_once(argv, env, tty)  # warm the OS file cache and otg's own cache
    return [run_once(argv, env, tty) for _ in range(runs)]


def measure_interleaved(
    commands: Sequence[tuple[Sequence[str], bool]], env: dict[str, str], runs: int
) -> list[list[float]]:
    """Run the commands in turn, `runs` rounds, so that a busy moment of the machine hits them all."""
    for argv, tty in commands:
        run_once(argv, env, tty)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for index, (argv, tty) in enumerate(commands):
            times[index].append(run_once(argv, env, tty))
    return times


def describe(
    label: str, times: list[float], baseline: list[float] | None = None, against: str = "baseline"
) -> str:
    """Median, min and max; against a baseline, the ratio of the medians and, steadier on a noisy
    machine, the median of the ratios within each round (the runs of a round are back to back)."""
    median = statistics.median(times)
    ratio = ""
    if baseline:
        paired = statistics.median(t / b for t, b in zip(times, baseline, strict=True))
        ratio = f"  {median / statistics.median(baseline):4.2f}x {against} (paired {paired:4.2f}x)"
    return (
        f"{label:<46} median {median * 1000:7.1f} ms  min {min(times) * 1000:7.1f}"
        f"  max {max(times) * 1000:7.1f}{ratio}"
    )


def peak_memory_mb(argv: Sequence[str], env: dict[str, str]) -> float:
    """Peak resident memory of one run, read by a wrapper process that has no other children."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *argv], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout) / 1024  # ru_maxrss is in KiB on Linux


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _points(records: int) -> list[tuple[str, str, str, str, str, int]]:
    """`records` distinct points (partner, name, start, end, words for the period, value): each
    synthetic figure is the only one of its point, as in a curated base, and the figures of a year
    add up as `otg check` asks (every part year below its full year)."""
    import calendar

    import pycountry

    partners = sorted((c.alpha_2, c.name) for c in pycountry.countries if c.alpha_2 != "KZ")
    points = []
    for year in range(2024, 1949, -1):
        for number, (code, name) in enumerate(partners):
            offset = (2024 - year) * len(partners) + number
            points.append((code, name, f"{year}-01-01", f"{year}-12-31", f"in {year}", 12_000_000 + offset))
            for month in range(2, 12):  # part years: January–February to January–November
                last = calendar.monthrange(year, month)[1]
                words = f"in January–{_MONTHS[month - 1]} {year}"
                points.append(
                    (
                        code,
                        name,
                        f"{year}-01-01",
                        f"{year}-{month:02d}-{last}",
                        words,
                        month * 1_000_000 + offset,
                    )
                )
            if len(points) >= records:
                return points[:records]
    raise ValueError(f"at most {len(points):,} synthetic records")


def synthetic_base(folder: Path, records: int, per_file: int = 1000) -> None:
    """`records` valid facts (Kazakhstan's turnover with every other country, years and part years
    from 2024 back), each quoting its own sentence of one archived synthetic article, as `otg
    check` asks, and each the only figure of its point.

    The years stop before 2025 so that no synthetic figure competes with a real one (otg check
    would rightly warn about two different 2025 figures for the same parties).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.toml").write_text(
        '[[source]]\nid = "synthetic-source"\noutlet = "Synthetic"\n'
        'language = "en"\narchive = "article.txt"\n',
        encoding="utf-8",
    )
    ots = {"UZ", "TR", "KG", "AZ", "TM", "HU"}
    points = _points(records)
    sentences = []
    for chunk in range(0, records, per_file):
        lines = []
        for n in range(chunk, min(chunk + per_file, records)):
            code, name, start, end, words, value = points[n]
            quote = f"{words.capitalize()} turnover of Kazakhstan with {name} reached ${value:,}."
            sentences.append(quote)
            outside = "" if code in ots else f'outside_ots = ["{code}"]\n'
            lines.append(
                f'[[fact]]\nid = "synthetic-{n}"\nmeasure = "turnover"\n'
                f'parties = ["KZ", "{code}"]\n{outside}'
                f'description = "Synthetic turnover {n}"\n'
                f"period = {{ start = {start}, end = {end} }}\n"
                f'value = {value}\nunit = "USD"\n'
                f'citations = [{{ source = "synthetic-source", quote = "{quote}" }}]\n'
            )
        (folder / f"facts-{chunk // per_file:05d}.toml").write_text("\n".join(lines), encoding="utf-8")
    (folder / "article.txt").write_text(
        "Synthetic article.\n" + "\n".join(sentences) + "\n", encoding="utf-8"
    )


def _edit_one_file(folder: Path, round_number: int) -> None:
    """Change one figure in one fact file of a synthetic base, keeping the base valid."""
    path = sorted(folder.glob("facts-*.toml"))[round_number % 7]
    text = path.read_text(encoding="utf-8")
    start = text.index("value = ") + len("value = ")
    end = text.index("\n", start)
    value = int(text[start:end])
    path.write_text(
        text[:start] + str(value + 1 if round_number % 2 == 0 else value - 1) + text[end:], encoding="utf-8"
    )


def measure_edits(
    work: Path, env: dict[str, str], runs: int, records: int = 20_000, files: int = 200
) -> None:
    """Issue 12's measure: a base of `records` facts in `files` files, cold, warm, and the first
    answer after one file is edited (and after one is only touched), against the cold build."""
    folder = work / f"edits-{records}"
    synthetic_base(folder, records, per_file=records // files)
    scale_env = {**env, "OTG_CACHE_DIR": str(work / "cache-edits")}
    argv = [*OTG, "turnover", "KZ", "UZ", "2024", "--facts", str(folder), "--json"]
    cold = []
    for _ in range(3):
        shutil.rmtree(work / "cache-edits", ignore_errors=True)
        cold.append(run_once(argv, scale_env))
    print(describe(f"{records:,} facts in {files} files, cold", cold))
    time.sleep(2.5)  # let the files age past the racily-clean window, as a real edit would find them
    run_once(argv, scale_env)
    warm = [run_once(argv, scale_env) for _ in range(max(3, runs // 4))]
    print(describe(f"{records:,} facts in {files} files, warm", warm))
    edited, touched = [], []
    for round_number in range(max(3, runs // 4)):
        _edit_one_file(folder, round_number)
        edited.append(run_once(argv, scale_env))
        time.sleep(2.5)
        run_once(argv, scale_env)  # the stamps of the edited file become trusted again
        os.utime(sorted(folder.glob("facts-*.toml"))[round_number % 5 + 10])
        touched.append(run_once(argv, scale_env))
    cold_median = statistics.median(cold)
    print(
        describe("  the next answer after one file is edited", edited)
        + f"  {statistics.median(edited) / cold_median:5.1%} of a cold build (goal <= 15%)"
    )
    print(
        describe("  the next answer after one file is touched", touched)
        + f"  {statistics.median(touched) / cold_median:5.1%} of a cold build"
    )


def startup(env: dict[str, str], runs: int) -> None:
    baseline, as_json, as_table, claim, statement = measure_interleaved(
        [
            (BASELINE, False),
            ([*OTG, *QUERY, "--json"], False),
            ([*OTG, *QUERY], True),
            ([*OTG, *CLAIM], False),
            ([*OTG, *STATEMENT], False),
        ],
        env,
        runs,
    )
    print(describe('python -c "import typer"', baseline))
    print(describe("otg turnover KZ UZ 2025 --json", as_json, baseline) + "  (goal <= 1.3x)")
    print(describe("otg turnover KZ UZ 2025 (table on a terminal)", as_table, baseline) + "  (goal <= 1.6x)")
    verify_goal = "  (goal <= 1.5x the lookup)"
    print(describe("otg verify '...4,3 млрд долларов' --json", claim, as_json, "the lookup") + verify_goal)
    without = "otg verify '...agreed to consider opening direct flights' --json"
    print(describe(without, statement, as_json, "the lookup") + verify_goal)


def scale(work: Path, env: dict[str, str], records: int, runs: int) -> None:
    folder = work / f"facts-{records}"
    synthetic_base(folder, records)
    scale_env = {**env, "OTG_CACHE_DIR": str(work / f"cache-{records}")}
    argv = [*OTG, "turnover", "KZ", "UZ", "2024", "--facts", str(folder), "--json"]
    cold = []
    for _ in range(3 if records <= 10_000 else 1):
        shutil.rmtree(work / f"cache-{records}", ignore_errors=True)
        cold.append(run_once(argv, scale_env))
    print(describe(f"{records:,} records, cold (no cache)", cold) + "  (goal <= 20 s)")
    warm = measure(argv, scale_env, max(3, runs // 4))
    print(describe(f"{records:,} records, warm cache", warm) + "  (goal <= 1 s)")
    memory = peak_memory_mb(argv, scale_env)
    print(f"{records:,} records, peak memory (warm): {memory:.0f} MB  (goal <= 400 MB)")
    shutil.rmtree(work / f"cache-{records}", ignore_errors=True)
    print(f"{records:,} records, peak memory (cold): {peak_memory_mb(argv, scale_env):.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--scale", action="store_true", help="also time 10,000 and 100,000 records")
    parser.add_argument(
        "--edits", action="store_true", help="also time one edit of a 20,000-fact base in 200 files"
    )
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timings")
    options = parser.parse_args()

    # Time what an installed otg does: `pip install` compiles its bytecode, but an editable install
    # or PYTHONDONTWRITEBYTECODE would leave otg recompiling its modules on every run.
    import otg_cli

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(otg_cli.__file__).parent)], check=True)
    work = Path(tempfile.mkdtemp(prefix="otg-bench-"))
    env = {**os.environ, "OTG_CACHE_DIR": str(work / "cache"), "COLUMNS": "120"}
    env.pop("OTG_FACTS", None)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    try:
        if not options.no_startup:
            startup(env, options.runs)
        if options.scale:
            for records in (10_000, 100_000):
                scale(work, env, records, options.runs)
        if options.edits:
            measure_edits(work, env, options.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

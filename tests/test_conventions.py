"""gh's conventions: options before the command, --color, --header, the pager, several search words."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import confirmed_template, run

ESC = "\x1b["


# Options before the command.


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--lang", "ru"], ["--lang", "ru"]),
        (["--lang=kk"], ["--lang", "kk"]),
        (["--json"], ["--json"]),
        (["--format", "csv"], ["--format", "csv"]),
        (["-f", "markdown", "--lang", "ru"], ["-f", "markdown", "--lang", "ru"]),
        (["--color", "never", "--no-pager"], ["--color", "never"]),
    ],
)
def test_common_options_may_come_before_the_command(before: list[str], after: list[str]) -> None:
    first = run(*before, "turnover", "KZ", "UZ", "2025")
    second = run("turnover", "KZ", "UZ", "2025", *after)
    assert first.exit_code == second.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    assert first.stdout


def test_facts_before_the_command(tmp_path: Path) -> None:
    folder = confirmed_template(tmp_path / "mine")
    given = run("--facts", str(folder), "--json", "facts")
    assert given.exit_code == 0, given.stderr
    ids = {record["id"] for record in json.loads(given.stdout)}
    assert ids == {
        record["id"] for record in json.loads(run("facts", "--json", "--facts", str(folder)).stdout)
    }
    assert ids - {record["id"] for record in json.loads(run("facts", "--json").stdout)}


def test_a_flag_before_the_command_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    russian = run("turnover", "KZ", "UZ", "2025", "--lang", "ru").stdout
    monkeypatch.setenv("OTG_LANG", "kk")
    assert run("--lang", "ru", "turnover", "KZ", "UZ", "2025").stdout == russian
    assert run("turnover", "KZ", "UZ", "2025").stdout != russian
    # Given in both places, the command's own wins.
    assert run("--lang", "kk", "turnover", "KZ", "UZ", "2025", "--lang", "ru").stdout == russian


def test_a_bad_option_before_the_command_is_a_usage_error() -> None:
    result = run("--color", "sometimes", "turnover", "KZ")
    assert result.exit_code == 2 and "auto, always, never" in result.stderr
    assert run("--lang", "fr", "turnover", "KZ").exit_code == 2


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        (["turnover", "KZ"], "turnover"),
        (["--lang", "ru", "turnover"], "turnover"),
        (["--lang=ru", "--json", "facts"], "facts"),
        (["-f", "csv", "--facts", "dir", "--color", "never", "--no-pager", "cite", "x"], "cite"),
        (["--version"], None),
        (["--", "turnover"], None),
        ([], None),
    ],
)
def test_the_command_run_is_found_past_the_root_options(arguments: list[str], name: str | None) -> None:
    from otg_cli.commands import command_name

    assert command_name(arguments) == name


def test_root_value_options_are_the_roots_options_that_take_a_value() -> None:
    import typer

    from otg_cli.commands import app
    from otg_cli.commands.options import ROOT_VALUE_OPTIONS

    root = typer.main.get_command(app)
    taking = {name for p in root.params if not getattr(p, "is_flag", False) for name in p.opts}
    assert taking == set(ROOT_VALUE_OPTIONS)


def test_version_says_how_current_the_bundled_base_is() -> None:
    from otg_cli import __version__
    from otg_cli.loader import load_fact_base
    from otg_cli.settings import bundled_facts_dir

    base = load_fact_base([bundled_facts_dir()])
    newest = max(str(s.published) for s in base.sources.values() if s.published)
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"otg {__version__}"
    assert f"newest published {newest}" in result.stdout
    assert f"{len(base.sources)} sources" in result.stdout


# Colour.


@pytest.mark.parametrize(
    ("environment", "flag", "coloured"),
    [
        ({}, None, False),  # CliRunner's stdout is not a terminal
        ({}, "always", True),
        ({}, "never", False),
        ({"CLICOLOR_FORCE": "1"}, None, True),
        ({"CLICOLOR_FORCE": "0"}, None, False),
        ({"CLICOLOR_FORCE": "1", "NO_COLOR": "1"}, None, False),
        ({"CLICOLOR_FORCE": "1"}, "never", False),
        ({"CLICOLOR_FORCE": "1"}, "auto", False),
        ({"NO_COLOR": "1"}, "always", True),
    ],
)
def test_color(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], flag: str | None, coloured: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    arguments = ["turnover", "KZ", "UZ", "--format", "table", *(["--color", flag] if flag else [])]
    result = run(*arguments)
    assert result.exit_code == 0
    assert (ESC in result.stdout) is coloured


def test_color_before_the_command_and_in_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert ESC in run("--color", "always", "turnover", "KZ", "--chart").stdout
    assert ESC not in run("--color", "never", "turnover", "KZ", "--chart").stdout


# Headers.


def test_tsv_has_a_header_only_when_asked_and_csv_unless_refused() -> None:
    plain = run("turnover", "KZ", "UZ", "--format", "tsv").stdout.splitlines()
    headed = run("turnover", "KZ", "UZ", "--format", "tsv", "--header").stdout.splitlines()
    assert headed[0].split("\t")[:3] == ["id", "parties", "period.label"]
    assert headed[1:] == plain
    piped = run("turnover", "KZ", "UZ", "--header", "--fields", "id,value").stdout.splitlines()
    assert piped[0] == "id\tvalue" and piped[1].startswith("kz-uz-")
    csv_lines = run("turnover", "KZ", "UZ", "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("id,parties")
    assert run("turnover", "KZ", "UZ", "--format", "csv", "--no-header").stdout.splitlines() == csv_lines[1:]
    empty = run("turnover", "KZ", "UZ", "1999", "--format", "tsv", "--header", "--fields", "id,value")
    assert (empty.exit_code, empty.stdout) == (1, "id\tvalue\n")
    refused = run("turnover", "KZ", "--json", "--header")
    assert refused.exit_code == 2 and "tsv and csv" in refused.stderr


# Search.


def test_search_takes_several_words() -> None:
    both = run("search", "жол", "картасы", "--json")
    assert both.exit_code == 0, both.stderr
    found = [hit["id"] for hit in json.loads(both.stdout)]
    assert "ots-economic-cooperation-roadmap" in found
    assert found == [hit["id"] for hit in json.loads(run("search", "жол картасы", "--json").stdout)]
    alone = {hit["id"] for hit in json.loads(run("search", "жол", "--json").stdout)}
    assert set(found) <= alone


# The pager, in a real terminal (a pseudo-terminal), with a pager that records what it was given.

PAGER = "import os, sys; open(os.environ['PAGED_TO'], 'wb').write(sys.stdin.buffer.read())"
UNSET = "<unset>"


def _in_terminal(arguments: list[str], tmp_path: Path, **environment: str) -> tuple[int, str, str | None]:
    """otg in a pseudo-terminal 100 columns by 20 lines: exit code, what the terminal showed, and
    what the pager was given (None when no pager ran)."""
    pty = pytest.importorskip("pty")
    paged = tmp_path / "paged.txt"
    paged.unlink(missing_ok=True)
    script = tmp_path / "pager.py"
    script.write_text(PAGER, encoding="utf-8")
    env = {
        **os.environ,
        "PAGED_TO": str(paged),
        "OTG_PAGER": f"{sys.executable} {script}",
        "COLUMNS": "100",
        "LINES": "20",
        **environment,
    }
    for name, value in environment.items():
        if value == UNSET:
            del env[name]
    pid, descriptor = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvpe(sys.executable, [sys.executable, "-m", "otg_cli", *arguments], env)
    shown = b""
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(descriptor)
    _, status = os.waitpid(pid, 0)
    given = paged.read_text(encoding="utf-8") if paged.exists() else None
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace").replace("\r\n", "\n"), given


def test_output_taller_than_the_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    code, shown, paged = _in_terminal(["facts", "--format", "tsv"], tmp_path)
    assert code == 0 and paged is not None
    assert "kz-uz-turnover-2025\t" in paged and len(paged.splitlines()) > 20
    assert "kz-uz-turnover-2025" not in shown  # the pager showed it, not otg
    code, _, table = _in_terminal(["facts"], tmp_path)
    assert code == 0 and table is not None and len(table.splitlines()) > 20


def test_short_output_and_no_pager_print_directly(tmp_path: Path) -> None:
    code, shown, paged = _in_terminal(["turnover", "KZ", "UZ", "2025", "--format", "tsv"], tmp_path)
    assert (code, paged) == (0, None) and "kz-uz-turnover-2025" in shown
    code, shown, paged = _in_terminal(["--no-pager", "facts", "--format", "tsv"], tmp_path)
    assert (code, paged) == (0, None) and "kz-uz-turnover-2025" in shown
    code, shown, paged = _in_terminal(["facts", "--format", "tsv", "--no-pager"], tmp_path)
    assert (code, paged) == (0, None) and "kz-uz-turnover-2025" in shown
    code, shown, paged = _in_terminal(["facts", "--format", "tsv"], tmp_path, OTG_PAGER="cat")
    assert (code, paged) == (0, None) and "kz-uz-turnover-2025" in shown


def test_the_pager_is_otg_pager_then_pager(tmp_path: Path) -> None:
    script = f"{sys.executable} {tmp_path / 'pager.py'}"
    code, _, paged = _in_terminal(["facts"], tmp_path, OTG_PAGER=UNSET, PAGER=script)
    assert code == 0 and paged is not None
    code, _, paged = _in_terminal(["facts"], tmp_path, OTG_PAGER="", PAGER=script)
    assert code == 0 and paged is None


@pytest.mark.parametrize("pager", ["true", "head -c 10", "no-such-pager-anywhere"])
def test_a_pager_that_quits_early_or_is_missing_is_not_an_error(tmp_path: Path, pager: str) -> None:
    code, shown, _ = _in_terminal(["facts", "--format", "tsv"], tmp_path, OTG_PAGER=pager)
    assert code == 0
    assert "error" not in shown.lower() and "Traceback" not in shown
    if pager.startswith("no-such"):
        assert "kz-uz-turnover-2025" in shown


def test_never_a_pager_when_piped(tmp_path: Path) -> None:
    import subprocess

    paged = tmp_path / "paged.txt"
    script = tmp_path / "pager.py"
    script.write_text(PAGER, encoding="utf-8")
    env = {**os.environ, "PAGED_TO": str(paged), "OTG_PAGER": f"{sys.executable} {script}", "LINES": "5"}
    result = subprocess.run(
        [sys.executable, "-m", "otg_cli", "facts"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "kz-uz-turnover-2025" in result.stdout
    assert not paged.exists()


# JSON Schemas, validated against real output of every command that prints JSON.


def _valid(kind: str, document: object) -> None:
    import jsonschema

    from otg_cli.schema import json_schema

    jsonschema.validate(document, json_schema(kind), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("kind", "args", "code"),
    [
        (
            "verification",
            ("verify", "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"),
            0,
        ),
        ("verification", ("verify", "Kazakhstan–Uzbekistan trade was $9 bn in 2025"), 3),
        ("hit", ("search", "жол", "картасы"), 0),
        ("hit", ("search", "Туркестан"), 0),
        ("citation", ("cite", "kz-uz-turnover-2025"), 0),
        ("citation", ("cite", "kz-uz-turnover-2025", "--lang", "kk", "--style", "markdown"), 0),
        ("citation", ("cite", "kz-tm-turnover-target-1bn"), 0),
        ("quote", ("quote", "baq-undated-kz-uz-ru", "объем взаимной торговли"), 0),
    ],
)
def test_every_commands_json_validates(kind: str, args: tuple[str, ...], code: int) -> None:
    result = run(*args, "--json")
    assert result.exit_code == code, result.stderr
    document = json.loads(result.stdout)
    for item in document if isinstance(document, list) else [document]:
        _valid(kind, item)


def test_cite_json_is_the_line_with_its_record_and_source() -> None:
    line = run("cite", "kz-uz-turnover-2025", "--lang", "ru").stdout.rstrip("\n")
    document = json.loads(run("cite", "kz-uz-turnover-2025", "--lang", "ru", "--json").stdout)
    assert document["text"] == line
    assert (document["id"], document["kind"], document["language"]) == ("kz-uz-turnover-2025", "fact", "ru")
    assert document["source"]["language"] == "ru" and document["source"]["quote"] in line
    assert json.loads(run("--json", "cite", "kz-uz-turnover-2025").stdout)["language"] == "en"


def test_export_json_validates(tmp_path: Path) -> None:
    document = json.loads(run("export", "-", "--format", "json").stdout)
    _valid("export", document)
    assert run("schema", "export").exit_code == 0


def test_schema_names_every_document_and_suggests_a_kind() -> None:
    every = json.loads(run("schema").stdout)
    assert {"CitationOut", "ExportOut", "HitOut", "VerificationOut", "QuoteOut"} <= set(every["$defs"])
    wrong = run("schema", "citatoin")
    assert wrong.exit_code == 2 and "did you mean citation?" in wrong.stderr


# One exit code for an id no record has: 2, bad input, with the ids that look like it.


@pytest.mark.parametrize(
    "args",
    [
        ("show", "kz-uz-turnover-2052"),
        ("show", "kz-uz-turnover-2052", "--json"),
        ("cite", "kz-uz-turnover-2052"),
        ("cite", "kz-uz-turnover-2052", "--json"),
        ("quote", "baq-undated-kz-uz", "words"),
    ],
)
def test_an_unknown_id_is_bad_input_everywhere(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "did you mean" in result.stderr


@pytest.mark.parametrize("chart", [("--chart",), ("--svg", "chart.svg")])
@pytest.mark.parametrize("json_flag", [("--json",), ("--format", "json"), ("--format", "csv")])
def test_a_chart_with_json_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chart: tuple[str, ...], json_flag: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("turnover", "KZ", *chart, *json_flag)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--chart" in result.stderr or "--svg" in result.stderr
    assert not (tmp_path / "chart.svg").exists()


# Did you mean, and the closest figures when nothing matched.


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (("turnover", "Kazakstan"), "did you mean Kazakhstan (KZ)?"),
        (("turnover", "KZ", "Uzbekstan"), "did you mean Uzbekistan (UZ)?"),
        (("turnover", "Казакстан"), "did you mean Kazakhstan (KZ)?"),
        (("facts", "KZ", "--measure", "export"), "did you mean 'exports'?"),
        (("turnover", "KZ", "--fields", "id,valeu"), "did you mean 'value'?"),
        (("show", "kz-uz-turnover-2052"), "did you mean kz-uz-turnover-2025"),
        (("schema", "fakt"), "did you mean fact?"),
    ],
)
def test_did_you_mean(args: tuple[str, ...], meant: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert meant in result.stderr


def test_no_match_names_the_closest_figures_with_their_values() -> None:
    result = run("turnover", "KZ", "OTS", "2025")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "Organization of Turkic States, 2025: > $11.9 bn (ots-mutual-trade-2025)" in result.stderr
    assert (
        "Kazakhstan – Turkic states, Jan–Oct 2025: $11 bn (kz-turkic-states-turnover-2025-jan-oct)"
        in result.stderr
    )


def test_an_empty_period_names_the_periods_the_pair_has() -> None:
    result = run("turnover", "KZ", "UZ", "2019")
    assert result.exit_code == 1
    assert "Kazakhstan – Uzbekistan, 2025: $4.3 bn (kz-uz-turnover-2025)" in result.stderr
    assert "Jan–Aug 2025: $3 bn (kz-uz-turnover-2025-jan-aug)" in result.stderr
    # Figures of other pairs are no answer to this one.
    assert "Turkey" not in result.stderr


def test_with_nothing_close_the_pairs_are_listed() -> None:
    result = run("turnover", "KZ", "CN")
    assert result.exit_code == 1
    assert (
        "The fact base has turnover figures for: " in result.stderr
        and "Kazakhstan – Uzbekistan" in result.stderr
    )

"""Output safety: no text from a fact file (or the command line) drives a terminal or a spreadsheet.

A hostile fact folder, written here, carries escape sequences (CSI cursor moves, OSC 0 window
title, OSC 8 hyperlink), a C1 CSI, bidi overrides, BEL, backspace, CR, NUL, DEL, a tag character
and a zero-width space in every kind of text field. `otg check` reports each one; the loader
refuses the base; and every formatter, fed the records anyway (a base loaded past its errors),
shows them escaped: the table is played through a terminal emulator (pyte) to prove that nothing
reached the screen but the text.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pyte
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run
from factfolder import CONTEXT, fact, folder
from otg_cli import safe_text
from otg_cli.loader import load_with_problems
from otg_cli.models import FactBase
from otg_cli.query import found
from otg_cli.render import Listing, OutputFormat, OutputOptions, formatter_for
from otg_cli.render.tsv import escape as tsv_escape

#: The outlet of the issue: moves the cursor 26 columns back and writes a bold "$9.9 bn" over the
#: value cell.
OUTLET = r"BAQ\u001b[26D\u001b[1m$9.9 bn\u001b[0m"
TITLE = r"\u001b]0;pwned\u0007Headline"
LINK = r"Trade \u001b]8;;https://evil.example/\u001b\\click here\u001b]8;;\u001b\\ turnover"
QUOTE = "kz-az-hostile \u202egnp.exe"
#: The notes, as TOML writes them (\u escapes, \b and \r).
NOTES = (
    r'["C1 CSI \u009b2J here", "bell\u0007 back\bspace carriage\rreturn", '
    r'"nul \u0000 del \u007f tag \U000E0041 zwsp \u200b"]'
)

HOSTILE_TOML = f"""\
[[source]]
id = "src-hostile"
outlet = "{OUTLET}"
title = "{TITLE}"
language = "en"
published = "2026-02-20"
archive = "article.txt"

[[fact]]
id = "kz-az-hostile"
measure = "turnover"
parties = ["KZ", "AZ"]
description = "{LINK}"
period = {{ start = 2025-01-01, end = 2025-12-31 }}
value = 1_000_000
unit = "USD"
qualifier = "exact"
context = {CONTEXT}
citations = [{{ source = "src-hostile", quote = "{QUOTE}" }}]
notes = {NOTES}
"""

#: (record, field, escape) of every dangerous character the folder holds, as `otg check` names them.
EXPECTED = [
    ("source src-hostile", "outlet", "\\x1b"),
    ("source src-hostile", "title", "\\x1b"),
    ("source src-hostile", "title", "\\x07"),
    ("fact kz-az-hostile", "description", "\\x1b"),
    ("fact kz-az-hostile", "citations[0].quote", "\\u202e"),
    ("fact kz-az-hostile", "notes[0]", "\\x9b"),
    ("fact kz-az-hostile", "notes[1]", "\\x07"),
    ("fact kz-az-hostile", "notes[1]", "\\x08"),
    ("fact kz-az-hostile", "notes[1]", "\\x0d"),
    ("fact kz-az-hostile", "notes[2]", "\\x00"),
    ("fact kz-az-hostile", "notes[2]", "\\x7f"),
    ("fact kz-az-hostile", "notes[2]", "\\U000e0041"),
    ("fact kz-az-hostile", "notes[2]", "\\u200b"),
    ("source src-hostile", "archive", "\\u202e"),
]

#: What must never reach stdout or stderr raw: every dangerous character but the SGR codes Rich
#: writes itself (ESC [ digits m) and the CR of a CRLF line end.
_RAW = re.compile(
    r"\x1b(?!\[[0-9;]*m)|\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f"
    r"\u200b-\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile"
    path.mkdir()
    (path / "article.txt").write_text(QUOTE + "\n", encoding="utf-8")
    (path / "facts.toml").write_text(HOSTILE_TOML, encoding="utf-8")
    return path


@pytest.fixture
def hostile_base(hostile: Path) -> FactBase:
    """The hostile records, loaded past their errors: what a formatter would get if a dangerous
    character reached it some other way."""
    from otg_cli.settings import bundled_facts_dir

    base, problems = load_with_problems([bundled_facts_dir(), hostile])
    assert problems, "the hostile folder must not load clean"
    return base


#: What the progress bar of a slow cold load writes to a terminal (Rich's live display: hide and
#: show the cursor, go to the line's start, erase it, go up a line): otg's own, exactly these.
_PROGRESS = re.compile(r"\x1b\[\?25[lh]|\r?\x1b\[(?:2K|1A)|(?<=\n)\r(?!\n)")


def _assert_safe(text: str) -> None:
    found = _RAW.search(text)
    assert found is None, (
        f"raw {found[0]!r} at {found.start()} in {text[max(0, found.start() - 40) : found.end() + 40]!r}"
    )


# --- otg check and the loader --------------------------------------------------------------------


def test_check_reports_every_dangerous_character_with_file_record_field_and_position(hostile: Path) -> None:
    result = run("check", str(hostile), "--json")
    assert result.exit_code == 2
    problems = json.loads(result.stdout)["errors"]
    reported = [
        (
            p["record"],
            p["field"],
            p["message"].split(" ")[0]
            if p["field"] != "archive"
            else p["message"].split(" has ")[1].split(" ")[0],
        )
        for p in problems
        if "control or invisible character" in p["message"]
    ]
    for expected in EXPECTED:
        assert expected in reported, (expected, reported)
    assert all(p["severity"] == "error" for p in problems if "invisible" in p["message"])
    first = next(p for p in problems if p["field"] == "outlet")
    assert first["file"].endswith("facts.toml")
    assert first["message"].startswith("\\x1b (ESC) at character 4 is a control or invisible character")
    archive = next(p for p in problems if p["field"] == "archive")
    assert "line 1, column 15" in archive["message"] and "RIGHT-TO-LEFT OVERRIDE" in archive["message"]
    _assert_safe(result.stdout)


def test_check_lines_on_a_terminal_show_the_characters_escaped(hostile: Path) -> None:
    result = run("check", str(hostile))
    assert result.exit_code == 2
    assert (
        "facts.toml: record fact kz-az-hostile: field notes[1]: \\x0d (CR) at character 26" in result.stdout
    )
    _assert_safe(result.stdout + result.stderr)


def test_the_loader_refuses_the_base_and_says_why_escaped(hostile: Path) -> None:
    result = run("turnover", "KZ", "AZ", "--facts", str(hostile))
    assert result.exit_code == 2
    assert "\\x1b (ESC) at character 4" in result.stderr
    _assert_safe(result.stdout + result.stderr)


def test_a_bom_at_the_start_of_an_archive_is_not_a_problem(tmp_path: Path) -> None:
    path = folder(tmp_path / "bom", fact("kz-az-bom", 1e6))
    article = path / "article.txt"
    article.write_text("\ufeff" + article.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(path), "--json")
    assert "invisible" not in result.stdout, result.stdout


# --- every formatter -----------------------------------------------------------------------------


def _listing(base: FactBase, kind: str) -> Listing:
    record = base.record("kz-az-hostile" if kind == "fact" else "src-hostile")
    assert record is not None
    return Listing(kind, [found(base, record)], base, title="Turnover")


@pytest.mark.parametrize("output", ["tsv", "csv", "markdown", "json", "ndjson", "table"])
@pytest.mark.parametrize("kind", ["fact", "source"])
def test_every_format_escapes_what_the_records_hold(
    hostile_base: FactBase, output: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    formatter_for(OutputFormat(output)).listing(
        _listing(hostile_base, kind), OutputOptions(OutputFormat(output))
    )
    shown = capsys.readouterr().out
    _assert_safe(shown)
    if output in ("json", "ndjson"):
        document = json.loads(shown.splitlines()[0] if output == "ndjson" else shown)
        row = document if output == "ndjson" else document[0]
        want = "Trade \x1b]8;;" if kind == "fact" else "BAQ\x1b[26D"
        assert (row.get("description") or row.get("outlet")).startswith(want)  # the data is unchanged
    elif kind == "source":
        assert "\\x1b[26D\\x1b[1m$9.9 bn\\x1b[0m" in shown


@pytest.mark.parametrize("kind", ["fact", "source"])
def test_show_escapes_every_field_quote_and_note(
    hostile_base: FactBase, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    formatter_for(OutputFormat.table).record(_listing(hostile_base, kind), OutputOptions(OutputFormat.table))
    shown = capsys.readouterr().out
    _assert_safe(shown)
    if kind == "fact":
        assert "\\u202egnp.exe" in shown and "\\x9b2J" in shown and "\\U000e0041" in shown


def test_cite_escapes(hostile_base: FactBase, capsys: pytest.CaptureFixture[str]) -> None:
    from otg_cli.citations import attribution
    from otg_cli.render.documents import print_line

    print_line(attribution(hostile_base, "kz-az-hostile", style="markdown", language="en", quote=True))
    shown = capsys.readouterr().out
    _assert_safe(shown)
    assert "\\x1b[26D" in shown


def test_chart_and_svg_escape(
    hostile_base: FactBase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from otg_cli.render.chart import draw_chart

    fact = hostile_base.record("kz-az-hostile")
    svg = tmp_path / "chart.svg"
    draw_chart([fact], hostile_base, title="Turnover \x1b]0;pwned\x07", svg=svg)  # type: ignore[list-item]
    _assert_safe(capsys.readouterr().out)
    drawing = svg.read_text(encoding="utf-8")
    _assert_safe(drawing)
    assert "pwned" in drawing


# --- a real terminal -----------------------------------------------------------------------------


def _screen(output: str, columns: int = 200) -> pyte.Screen:
    screen = pyte.Screen(columns, 60)
    stream = pyte.Stream(screen)
    stream.feed(output.replace("\n", "\r\n"))
    return screen


def test_the_table_on_a_terminal_shows_the_true_value_and_no_title_or_link(
    hostile_base: FactBase, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich writes its colours, as on a terminal
    listing = _listing(hostile_base, "fact")
    formatter_for(OutputFormat.table).listing(
        listing._replace(quotes=True), OutputOptions(OutputFormat.table)
    )
    output = capsys.readouterr().out
    assert "\x1b[" in output, "Rich should have written colours"
    _assert_safe(output)
    screen = _screen(output)
    lines = screen.display
    assert any("kz-az-hostile" in line for line in lines)  # the id, on the record's second line
    row = next(line for line in lines if "$1 m" in line)
    assert "$9.9 bn" not in row.split("$1 m")[0][-12:], row  # nothing was written over the value
    shown = "\n".join(line.rstrip() for line in lines)
    assert "\\x1b[26D\\x1b[1m$9.9" in shown.replace("\n", "")
    assert "\\x1b]8;;https://evil" in re.sub(r"\s+", "", shown)
    assert screen.title == "" and screen.icon_name == ""
    # Escapes are marked: shown in reverse video, the file's own text is not.
    reversed_chars = {char.data for line in screen.buffer.values() for char in line.values() if char.reverse}
    assert {"\\", "x", "1", "b"} <= reversed_chars


def _pty_run(*args: str, env: dict[str, str]) -> str:
    """What a terminal would show from otg's stdout and stderr, through a real pseudo-terminal."""
    import pty

    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "otg_cli", *args], stdin=secondary, stdout=secondary, stderr=secondary, env=env
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize(
    "args",
    [
        ("show", "\x1b]0;pwned\x07"),
        ("turnover", "\x1b]0;pwned\x07\x1b[2J"),
        ("show", "--\x1b]0;pwned\x07"),
        ("verify", "\x1b]0;pwned\x07 \u202e4.3 bn"),
        ("turnover", "KZ", "AZ"),
        ("check",),
    ],
)
def test_through_a_pseudo_terminal_nothing_reaches_the_screen(
    hostile: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    env = {**os.environ, "OTG_FACTS": str(hostile), "COLUMNS": "200", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    shown = _pty_run(*args, env=env)
    _assert_safe(_PROGRESS.sub("", shown))  # a slow machine shows the progress bar of a cold load
    screen = _screen(shown)
    assert screen.title == ""
    assert "\\x1b" in "".join(screen.display)


# --- the escaper ---------------------------------------------------------------------------------

_ESCAPES = re.compile(r"\\(\\|t|n|r|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


def _unescape(text: str) -> str:
    short = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    return _ESCAPES.sub(lambda m: short.get(m[1]) or chr(int(m[1][1:], 16)), text)


def _is_dangerous_by_unicode(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs") and char not in "\t\n"


def test_every_control_format_and_separator_character_is_dangerous() -> None:
    missed = [
        f"U+{point:04X}"
        for point in range(0x110000)
        if _is_dangerous_by_unicode(chr(point)) and not safe_text.is_dangerous(chr(point))
    ]
    assert not missed
    for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029\ufe0f\u3164\u034f":
        assert safe_text.is_dangerous(char), f"U+{ord(char):04X}"


def test_text_of_the_fact_base_is_never_touched() -> None:
    for text in ("Қазақстан – Өзбекстан «4,3 млрд»", "4\u00a0300\u202f000", "tab\tand\nnewline", "C:\\x\\u"):
        assert safe_text.visible(text) == text


@given(st.text(max_size=80))
def test_nothing_dangerous_survives_the_escaper(text: str) -> None:
    for shown in (safe_text.visible(text), safe_text.line(text), tsv_escape(text), safe_text.csv_cell(text)):
        assert not any(safe_text.is_dangerous(char) for char in shown)
    assert "\n" not in safe_text.line(text)
    assert "".join(piece for piece, _ in safe_text.pieces(text)) == safe_text.visible(text)
    assert safe_text.visible(safe_text.visible(text)) == safe_text.visible(text)


@given(st.text(max_size=80))
def test_the_escapes_can_be_read_back(text: str) -> None:
    # TSV doubles every backslash, so its escapes are exact; elsewhere, text without a backslash.
    assert _unescape(tsv_escape(text)) == text
    plain = text.replace("\\", "")
    assert _unescape(safe_text.visible(plain)) == plain


@given(st.text(max_size=80))
def test_json_keeps_the_data_and_never_writes_a_dangerous_character(text: str) -> None:
    written = safe_text.json_safe(json.dumps({"t": text}, ensure_ascii=False))
    assert not any(safe_text.is_dangerous(char) for char in written)
    assert json.loads(written) == {"t": text}


# --- CSV formulas --------------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "＝1+1",
]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_that_would_start_a_formula_gets_a_quote(cell: str) -> None:
    assert safe_text.csv_cell(cell) == "'" + cell
    assert safe_text.csv_cell(cell, raw=True) == cell


@pytest.mark.parametrize("cell", ["-3.5", "+18.5%", "-1200000000", "1e9", "4.3", "", "BAQ.KZ", "'quoted"])
def test_numbers_and_plain_text_stay_as_they_are(cell: str) -> None:
    assert safe_text.csv_cell(cell) == cell


def _formula_folder(path: Path) -> Path:
    record = fact("kz-az-formula", -3.5, measure="trade_balance").replace(
        'description = "kz-az-formula"', 'description = "=HYPERLINK(""x"")"'.replace('""', '\\"')
    )
    made = folder(path, record)
    toml = made / "facts.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('outlet = "Outlet formula"', 'outlet = "@SUM(1+1)"'),
        encoding="utf-8",
    )
    return made


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_output_neutralises_formulas_unless_raw(tmp_path: Path) -> None:
    facts = _formula_folder(tmp_path / "formula")
    fields = "id,description,sources.outlet,value,change_label"
    result = run("facts", "KZ", "AZ", "--facts", str(facts), "-f", "csv", "--fields", fields)
    assert result.exit_code == 0, result.stderr
    row = next(r for r in _cells(result.stdout) if r["id"] == "kz-az-formula")
    assert row["description"] == '\'=HYPERLINK("x")'
    assert row["sources.outlet"] == "'@SUM(1+1)"
    assert row["value"] == "-3.5"  # a number is data, not a formula
    raw = run("facts", "KZ", "AZ", "--facts", str(facts), "-f", "csv", "--fields", fields, "--csv-raw")
    row = next(r for r in _cells(raw.stdout) if r["id"] == "kz-az-formula")
    assert row["description"] == '=HYPERLINK("x")' and row["sources.outlet"] == "@SUM(1+1)"
    refused = run("facts", "KZ", "AZ", "--facts", str(facts), "-f", "tsv", "--csv-raw")
    assert refused.exit_code == 2 and "--csv-raw applies to --format csv only" in refused.stderr


def test_exported_csv_neutralises_formulas_unless_raw(tmp_path: Path) -> None:
    facts = _formula_folder(tmp_path / "formula")
    for raw, prefix in ((False, "'"), (True, "")):
        out = tmp_path / f"export-{raw}"
        result = run("export", str(out), "-f", "csv", "--facts", str(facts), *(["--csv-raw"] if raw else []))
        assert result.exit_code == 0, result.stderr
        rows = _cells((out / "facts.csv").read_text(encoding="utf-8"))
        row = next(r for r in rows if r["id"] == "kz-az-formula")
        assert row["description"] == prefix + '=HYPERLINK("x")'
        assert row["value"] == "-3.5"
        source = next(
            r for r in _cells((out / "sources.csv").read_text(encoding="utf-8")) if r["id"] == "src-formula"
        )
        assert source["outlet"] == prefix + "@SUM(1+1)"
    assert run("export", str(tmp_path / "x.db"), "--csv-raw").exit_code == 2


def test_check_walks_every_kind_and_every_key(tmp_path: Path) -> None:
    """No field list: a group's name, an event's place, an agreement's title, a target's note and
    a key are each read, nested or not."""
    path = tmp_path / "kinds"
    path.mkdir()
    (path / "article.txt").write_text("words\n", encoding="utf-8")
    (path / "facts.toml").write_text(
        """\
[[source]]
id = "src-kinds"
outlet = "Outlet"
language = "en"
archive = "article.txt"

[[group]]
id = "grp"
name = { en = "Group \\u202e", ru = "Группа", kk = "Топ" }
members = [{ country = "KZ", role = "member" }]

[[event]]
id = "ev"
name = { en = "Meeting", ru = "Встреча", kk = "Кездесу" }
place = { en = "Astana\\u2066", ru = "Астана", kk = "Астана" }
citations = [{ source = "src-kinds", quote = "words" }]

[[target]]
id = "tg"
measure = "turnover"
parties = ["KZ", "UZ"]
value = 1
unit = "USD"
notes = ["n\\u0085"]
citations = [{ source = "src-kinds", quote = "words" }]
"odd\\u001bkey" = 1
""",
        encoding="utf-8",
    )
    result = run("check", str(path), "--json")
    reported = {
        (p["record"], p["field"], p["message"].split(" (")[0]) for p in json.loads(result.stdout)["errors"]
    }
    for expected in [
        ("group grp", "name.en", "\\u202e"),
        ("event ev", "place.en", "\\u2066"),
        ("target tg", "notes[0]", "\\x85"),
        ("target tg", "odd\x1bkey", "\\x1b"),
    ]:
        assert expected in reported, (expected, sorted(reported))
    assert result.exit_code == 2
    _assert_safe(result.stdout)
    _assert_safe(run("check", str(path)).stdout)


def test_a_usage_error_quotes_the_command_line_escaped() -> None:
    result = run("turnover", "KZ", "--\x1b]0;pwned\x07")
    assert result.exit_code == 2
    assert "--\\x1b]0;pwned\\x07" in result.stderr
    _assert_safe(result.stderr)


def test_files_otg_writes_never_hold_a_dangerous_character_raw() -> None:
    from otg_cli.curation.files import toml_string
    from otg_cli.factfiles import toml

    text = 'a\x7f\x9b\u202e\U000e0041\x1b\x00 «Қазақстан» \\ "'
    written = toml_string(text)
    assert not any(safe_text.is_dangerous(char) for char in written)
    assert toml().loads(f"a = {written}")["a"] == text

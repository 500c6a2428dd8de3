"""Output formats, --fields, settings precedence, export, schema, completion and charts."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import run, run_json
from otg_cli.models import FactBase
from otg_cli.schema import json_schema

KZ_UZ_2025 = ("turnover", "KZ", "UZ", "2025")


def test_piped_default_is_tsv_without_header() -> None:
    lines = run(*KZ_UZ_2025).stdout.splitlines()
    assert len(lines) == 2
    assert lines[1].split("\t")[:5] == [
        "kz-uz-turnover-2025-jan-aug",
        "KZ; UZ",
        "Jan–Aug 2025",
        "$3 bn",
        "+18.5%",
    ]
    assert lines[1].split("\t")[8:] == ["BAQ.KZ", "", "ru"]  # the undated article stays undated


def test_json_and_ndjson() -> None:
    rows = json.loads(run(*KZ_UZ_2025, "--format", "json").stdout)
    lines = run(*KZ_UZ_2025, "--format", "ndjson").stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert run(*KZ_UZ_2025, "--json").stdout == run(*KZ_UZ_2025, "-f", "JSON").stdout


def test_csv_is_rfc_4180_with_a_header_and_an_optional_bom() -> None:
    out = run(*KZ_UZ_2025, "--format", "csv").stdout_bytes.decode("utf-8")  # .stdout folds CRLF
    assert out.endswith("\r\n") and out.count("\r\n") == 3
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0][:4] == ["id", "parties", "period.label", "value_label"]
    assert rows[1][:4] == ["kz-uz-turnover-2025", "KZ; UZ", "2025", "$4.3 bn"]
    with_bom = run(*KZ_UZ_2025, "--format", "csv", "--bom").stdout_bytes.decode("utf-8")
    assert with_bom.startswith("\ufeffid,") and with_bom[1:] == out


def test_csv_quotes_values_that_need_it() -> None:
    out = run("turnover", "KZ", "UZ", "2025", "--format", "csv", "--fields", "id,sources.quote").stdout
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[1] == [
        "kz-uz-turnover-2025",
        "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов; "
        "Қазақстанның ең үлкен тауар айналымы Өзбекстанмен - 4,3 млрд доллар",
    ]


def test_markdown_table() -> None:
    lines = run(
        *KZ_UZ_2025, "--format", "markdown", "--fields", "id,value_label,period.label"
    ).stdout.splitlines()
    assert lines == [
        "| id | value_label | period.label |",
        "| --- | --- | --- |",
        "| kz-uz-turnover-2025 | $4.3 bn | 2025 |",
        "| kz-uz-turnover-2025-jan-aug | $3 bn | Jan–Aug 2025 |",
    ]


def test_fields_keep_nesting_in_json() -> None:
    rows = run_json(*KZ_UZ_2025, "--fields", "id,value,period.label,sources.outlet")
    assert rows[0] == {
        "id": "kz-uz-turnover-2025",
        "value": 4_300_000_000,
        "period": {"label": "2025"},
        "sources": [{"outlet": "BAQ.KZ"}, {"outlet": "BAQ.KZ"}],
    }


def test_tsv_fields_and_escapes(tmp_path: Path) -> None:
    out = run("events", "--fields", "id,date,date_label").stdout.splitlines()
    assert "khiva-kz-uz-intergovernmental-commission\t--10-22\t22–23 Oct (year not stated)" in out
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("a\ttab", encoding="utf-8")
    (folder / "s.toml").write_text(
        '[[source]]\nid = "mine"\noutlet = "Mine"\nlanguage = "en"\n'
        'archive = "notes.txt"\ntitle = "a\\ttab\\nline"\n',
        encoding="utf-8",
    )
    lines = run("sources", "--facts", str(folder), "--fields", "id,title").stdout.splitlines()
    assert "mine\ta\\ttab\\nline" in lines


@pytest.mark.parametrize("output", ["json", "csv", "tsv", "ndjson", "markdown"])
def test_unknown_field_is_an_error_listing_the_available_ones(output: str) -> None:
    result = run(*KZ_UZ_2025, "--format", output, "--fields", "id,valeu")
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        "unknown field valeu for fact records; did you mean 'value'?; available: id, kind, measure"
        in result.stderr
    )
    assert "period.label" in result.stderr and "sources.quote" in result.stderr


def test_unknown_field_is_an_error_even_when_nothing_matched() -> None:
    result = run("turnover", "KZ", "FR", "--json", "--fields", "nope")
    assert result.exit_code == 2 and "unknown field nope" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "table", "--fields", "id"), "--fields applies to json"),
        (("--json", "--format", "csv"), "--json and --format csv disagree"),
        (("--bom",), "--bom applies to --format csv only"),
        (("--format", "xml"), "'xml' is not one of"),
        (("--json", "--fields", ","), "--fields is empty"),
    ],
)
def test_conflicting_output_options_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*KZ_UZ_2025, *args)
    assert result.exit_code == 2 and message in result.stderr


def test_format_precedence_flag_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTG_FORMAT", "ndjson")
    assert json.loads(run(*KZ_UZ_2025).stdout.splitlines()[0])["id"] == "kz-uz-turnover-2025"
    assert run(*KZ_UZ_2025, "--format", "csv").stdout.startswith("id,")
    monkeypatch.setenv("OTG_FORMAT", "yaml")
    result = run(*KZ_UZ_2025)
    assert result.exit_code == 2 and "OTG_FORMAT='yaml' is not a format" in result.stderr


def test_no_match_keeps_each_format_parseable() -> None:
    assert run("turnover", "KZ", "FR", "--format", "csv").stdout.startswith("id,parties,")
    assert run("turnover", "KZ", "FR", "--format", "ndjson").stdout == ""
    assert run("turnover", "KZ", "FR").stdout == ""


# JSON Schema: every command's JSON validates against `otg schema KIND`.


def _validate(kind: str, document: Any) -> None:
    jsonschema.validate(document, json_schema(kind), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("kind", "args"),
    [
        ("fact", ("turnover", "KZ")),
        ("fact", ("facts",)),
        ("target", ("targets",)),
        ("agreement", ("agreements",)),
        ("event", ("events",)),
        ("source", ("sources",)),
        ("derived", ("derived",)),
    ],
)
def test_every_list_command_validates_against_the_schema(kind: str, args: tuple[str, ...]) -> None:
    rows = run_json(*args)
    assert rows
    for row in rows:
        _validate(kind, row)


@pytest.mark.parametrize(
    ("kind", "record"),
    [
        ("fact", "kz-kg-turnover-2025"),
        ("event", "khiva-kz-uz-intergovernmental-commission"),
        ("agreement", "ots-economic-cooperation-roadmap"),
        ("target", "kz-tm-turnover-target-1bn"),
        ("source", "baq-undated-kz-uz-ru"),
        ("group", "ots"),
    ],
)
def test_show_validates_against_the_schema(kind: str, record: str) -> None:
    _validate(kind, run_json("show", record))


def test_check_validates_and_the_schema_refuses_strangers() -> None:
    _validate("check", run_json("check"))
    row = run_json("show", "kz-uz-turnover-2025")
    with pytest.raises(jsonschema.ValidationError):
        _validate("fact", {**row, "surprise": 1})
    with pytest.raises(jsonschema.ValidationError):
        _validate("fact", {**row, "value": "4.3 bn"})


def test_schema_command() -> None:
    document = json.loads(run("schema", "fact").stdout)
    assert document["x-otg-schema-version"] == 2
    assert document["properties"]["qualifier"]["type"] == "string"
    assert set(json.loads(run("schema").stdout)["$defs"]) >= {"FactOut", "EventOut", "CheckOut"}
    assert run("schema", "planet").exit_code == 2


# Export.


def test_export_sqlite_opens_with_foreign_keys(tmp_path: Path, base: FactBase) -> None:
    target = tmp_path / "otg.db"
    result = run("export", str(target))
    assert result.exit_code == 0 and "wrote" in result.stderr
    with sqlite3.connect(target) as db:
        counts = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "facts",
                "sources",
                "citations",
                "events",
                "agreements",
                "targets",
                "groups",
                "participants",
            )
        }
        for table_name in ("facts", "sources", "events", "agreements", "targets", "groups"):
            assert counts[table_name] == len(base.tables[table_name]), table_name
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert ("sources", "source_id", "id") in [
            (r[2], r[3], r[4]) for r in db.execute("PRAGMA foreign_key_list(citations)")
        ]
        row = db.execute(
            "SELECT value, qualifier, period_label FROM facts WHERE id = 'kz-kg-turnover-2025'"
        ).fetchone()
        assert row == (2_000_000_000, "almost", "2025")
        quotes = db.execute(
            "SELECT quote FROM citations WHERE record_id = 'kz-uz-turnover-2025-jan-aug'"
        ).fetchall()
        assert quotes and "18,5%" in quotes[0][0]
    again = run("export", str(target))
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run("export", str(target), "--force").exit_code == 0


def test_export_json_and_csv(tmp_path: Path, base: FactBase) -> None:
    document = json.loads(run("export", "-", "--format", "json").stdout)
    assert document["schema_version"] == 2
    assert [f["id"] for f in document["facts"]] == list(base.facts)
    for fact in document["facts"]:
        _validate("fact", fact)
    folder = tmp_path / "csv"
    assert run("export", str(folder), "--format", "csv").exit_code == 0
    with (folder / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == list(base.facts)
    assert run("export", str(tmp_path / "x"), "--format", "xml").exit_code == 2


# Completion.


def _complete(monkeypatch: pytest.MonkeyPatch, shell: str, words: str) -> list[str]:
    from typer.testing import CliRunner

    from otg_cli.commands import app

    env = {
        "_OTG_COMPLETE": f"complete_{shell}",
        "_TYPER_COMPLETE_ARGS": words,
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="otg")
    return result.stdout.split()


def test_completion_of_commands_countries_events_and_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "turnover" in _complete(monkeypatch, "bash", "otg tur")
    assert "KZ" in _complete(monkeypatch, "bash", "otg turnover K")
    assert "OTS" in _complete(monkeypatch, "bash", "otg turnover O")
    assert "turkestan-2026-ots-trade-ministers" in _complete(
        monkeypatch, "bash", "otg agreements --event tur"
    )
    assert "kz-uz-turnover-2025-jan-aug" in _complete(monkeypatch, "bash", "otg show kz-uz-turnover")
    assert "--format" in _complete(monkeypatch, "bash", "otg turnover --fo")
    zsh = " ".join(_complete(monkeypatch, "zsh", "otg show kz-kg"))
    assert "kz-kg-turnover-2025-kk" in zsh


def test_completion_scripts_for_three_shells() -> None:
    for shell in ("bash", "zsh", "fish"):
        result = run("--show-completion", shell)
        assert result.exit_code == 0 and "_OTG_COMPLETE" in result.stdout, (
            result.output,
            repr(result.exception),
            shell,
        )


# Charts.


def test_chart_never_draws_a_part_year_as_a_year(tmp_path: Path) -> None:
    out = run("turnover", "KZ", "2025", "--chart").stdout
    lines = [line for line in out.splitlines() if "█" in line or "▒" in line]
    uz_year = next(line for line in lines if "$4.3 bn" in line)
    uz_part = next(line for line in lines if "$3 bn" in line)
    assert "█" in uz_year and "▒" not in uz_year
    assert "▒" in uz_part and "█" not in uz_part
    assert "Jan–Aug 2025 · part year (8 mo)" in out.replace("\n ", " ") or "Jan–Aug 2025" in out
    assert "almost $2 bn" in out and "> $500 m" in out
    svg = tmp_path / "chart.svg"
    assert run("turnover", "KZ", "2025", "--svg", str(svg)).exit_code == 0
    picture = svg.read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "Turnover" in picture

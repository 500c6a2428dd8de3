"""`otg check` on broken fact bases: every problem at once, each with file, record and field."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run
from otg_cli.check import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken"


def _problems(folder: Path) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [
        (p.severity, p.file and Path(p.file).name, p.record, p.field, p.message) for p in run_checks([folder])
    ]


def _has(
    problems: list[tuple[str, str | None, str | None, str | None, str]],
    file: str,
    record: str | None,
    field: str | None,
    text: str,
) -> bool:
    return any(f == file and r == record and fl == field and text in m for _, f, r, fl, m in problems)


def test_every_problem_is_reported_with_file_record_and_field() -> None:
    found = _problems(BROKEN)
    expected = [
        ("facts.toml", "fact value-as-text", "value", "valid number"),
        ("facts.toml", "fact unknown-field", "colour", "unknown field; accepted: id, measure"),
        ("facts.toml", "fact unknown-field", "qualifier", "got 'roughly'"),
        ("facts.toml", "fact dangling", "parties[1]", "unknown party 'XQ'"),
        ("facts.toml", "fact dangling", "parties[2]", "unknown party 'nowhere'"),
        ("facts.toml", "fact dangling", "conflicts_with[0]", "unknown fact 'ghost'"),
        ("facts.toml", "fact dangling", "citations[0].source", "unknown source 'no-such-source'"),
        ("facts.toml", "fact backwards", "period", "start 2025-12-31 is after end 2025-01-01"),
        ("facts.toml", "fact not-verbatim", "citations[0].quote", "quote is not verbatim in"),
        ("facts.toml", "agreement Bad_Id", "id", "lower-case words joined by hyphens"),
        ("facts.toml", "agreement Bad_Id", "event", "unknown event 'no-such-event'"),
        (
            "facts.toml",
            "fact twice",
            "id",
            "duplicate id; first defined in tests/fixtures/broken/duplicate.toml",
        ),
        ("sources.toml", "source no-archive", "archive", "archived article not found"),
        ("invalid.toml", None, None, "invalid TOML"),
        ("unknown-table.toml", None, None, "unknown table [[galaxy]]"),
    ]
    missing = [e for e in expected if not _has(found, *e)]
    assert missing == []
    assert all(severity == "error" for severity, *_ in found)


def test_invalid_toml_names_line_and_column() -> None:
    (message,) = [m for _, f, _, _, m in _problems(BROKEN) if f == "invalid.toml"]
    assert "line 1" in message and "column" in message


def test_check_command_reports_all_and_exits_2() -> None:
    result = run("check", str(BROKEN))
    assert result.exit_code == 2
    assert result.stdout.count("error:") == 15
    assert "Traceback" not in result.stdout + result.stderr
    document = json.loads(run("check", str(BROKEN), "--json").stdout)
    assert document["ok"] is False and len(document["errors"]) == 15 and document["files"] == 5


def test_figures_that_do_not_add_up_are_warnings() -> None:
    found = _problems(FIXTURES / "unbalanced")
    assert [(s, r, fl) for s, _, r, fl, _ in found] == [
        ("warning", "fact b", "value"),
        ("warning", "fact part", "value"),
        ("warning", "fact t", "conflicts_with"),
    ]
    assert found[0][4] == "balance b ($2.5 bn) ≠ 2 × exports x ($2.2 bn) − turnover t ($3 bn)"
    assert "exceed their total" in found[1][4]
    result = run("check", str(FIXTURES / "unbalanced"))
    assert result.exit_code == 0
    assert run("check", str(FIXTURES / "unbalanced"), "--strict").exit_code == 2


def test_a_broken_user_folder_stops_every_command_with_exit_2() -> None:
    result = run("turnover", "KZ", "UZ", "--json", "--facts", str(BROKEN))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "the fact base has" in result.stderr
    assert "facts.toml: record fact value-as-text: field value:" in result.stderr


def test_missing_folder_is_a_clear_error() -> None:
    result = run("check", "/nonexistent/otg-facts")
    assert result.exit_code == 2
    assert "fact folder does not exist" in result.stdout


def test_ids_codes_and_dates_must_match_whole_not_up_to_a_trailing_newline(tmp_path: Path) -> None:
    template = (Path(__file__).resolve().parents[1] / "templates" / "fact-template.toml").read_text("utf-8")
    (tmp_path / "article.txt").write_bytes((FIXTURES.parents[1] / "templates" / "article.txt").read_bytes())
    (tmp_path / "facts.toml").write_text(
        template.replace('id = "kz-uz-turnover-2024-my-outlet"', 'id = "kz-uz-turnover-2024-my-outlet\\n"')
        + '\n[[country]]\ncode = "KZ\\n"\nname = { en = "Kazakhstan" }\n',
        "utf-8",
    )
    found = _problems(tmp_path)
    assert _has(found, "facts.toml", "fact kz-uz-turnover-2024-my-outlet\n", "id", "lower-case words")
    assert _has(found, "facts.toml", "country KZ\n", "code", "ISO 3166-1 alpha-2")

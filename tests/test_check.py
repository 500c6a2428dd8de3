"""`otg check` on broken fact bases: every problem at once, each with file, record and field."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import confirmed_template, run
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
        ("facts.toml", "fact value-as-text", "value", '"4.3 bn" is not a number; write 4_300_000_000'),
        ("facts.toml", "fact unknown-field", "colour", "unknown field; accepted: id, measure"),
        ("facts.toml", "fact unknown-field", "qualifier", '"roughly" is not a qualifier; accepted: exact,'),
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
    errors = [p for p in found if p[0] == "error"]
    missing = [e for e in expected if not _has(errors, *e)]
    assert missing == []
    assert len(errors) == len(expected)


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
    folder = confirmed_template(tmp_path / "mine")
    facts = folder / "facts.toml"
    facts.write_text(
        facts.read_text("utf-8").replace(
            'id = "kz-uz-turnover-2024-my-outlet"', 'id = "kz-uz-turnover-2024-my-outlet\\n"'
        )
        + '\n[[country]]\ncode = "KZ\\n"\nname = { en = "Kazakhstan" }\n',
        "utf-8",
    )
    found = _problems(folder)
    assert _has(found, "facts.toml", "fact kz-uz-turnover-2024-my-outlet\n", "id", "lower-case words")
    assert _has(found, "facts.toml", "country KZ\n", "code", "ISO 3166-1 alpha-2")


def test_an_archive_edited_after_its_checksum_was_recorded_is_an_error(tmp_path: Path) -> None:
    import hashlib

    (tmp_path / "article.txt").write_text("Trade reached $4.3 bn in 2025.", "utf-8")
    recorded = hashlib.sha256(b"Trade reached $4.3 bn in 2025.").hexdigest()
    (tmp_path / "sources.toml").write_text(
        f'[[source]]\nid = "mine"\noutlet = "Mine"\nlanguage = "en"\narchive = "article.txt"\nsha256 = "{recorded}"\n',
        "utf-8",
    )
    assert _problems(tmp_path) == []
    (tmp_path / "article.txt").write_text("Trade reached $4.8 bn in 2025.", "utf-8")
    found = hashlib.sha256(b"Trade reached $4.8 bn in 2025.").hexdigest()
    ((severity, file, record, field, message),) = _problems(tmp_path)
    assert (severity, file, record, field) == ("error", "sources.toml", "source mine", "sha256")
    assert f"sha256 expected {recorded}, found {found}" in message
    assert "otg source add" in message and f'set sha256 = "{found}"' in message


def test_a_placeholder_record_is_an_error_until_its_line_is_deleted(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Trade reached $4.3 bn in 2025.", "utf-8")
    source = '[[source]]\nid = "mine"\noutlet = "Mine"\nlanguage = "en"\narchive = "article.txt"\n'
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nplaceholder = "an example; replace it"\n' + source[11:], "utf-8"
    )
    ((severity, _, record, field, message),) = _problems(tmp_path)
    assert (severity, record, field) == ("error", "source mine", "placeholder")
    assert message == "placeholder record: an example; replace it, then delete its `placeholder` line"
    result = run("sources", "--facts", str(tmp_path), "--json")
    assert result.exit_code == 2 and result.stdout == ""
    (tmp_path / "sources.toml").write_text(source, "utf-8")
    assert _problems(tmp_path) == []

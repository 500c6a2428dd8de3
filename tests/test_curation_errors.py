"""Errors a curator can act on: plain words, the field, what to write, a did-you-mean, root causes
only (a file that does not parse is one error, not one per record citing what it defines)."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from otg_cli.check import run_checks
from otg_cli.loader import validate_record
from otg_cli.meetings import Agreement
from otg_cli.models import Fact, Source

ARTICLE = Path(__file__).parent / "fixtures" / "quotes" / "articles" / "000_856f33f88928e8c5.txt"
QUOTE = "Наибольший товарооборот Казахстана зафиксирован с Узбекистаном – 4,3 млрд долларов"

SOURCE = """[[source]]
id = "baq-ru"
outlet = "BAQ.KZ"
language = "ru"
published = {published}
archive = "article.txt"
"""


def _fact(key: str, *, source: str = "baq-ru", parties: str = '["KZ", "UZ"]', extra: str = "") -> str:
    return f"""
[[fact]]
id = "{key}"
measure = "turnover"
parties = {parties}
description = "Kazakhstan's trade turnover with Uzbekistan"
period = {{ start = 2025-01-01, end = 2025-12-31 }}
value = 4_300_000_000
unit = "USD"
context = ["period"]
{extra}citations = [{{ source = "{source}", quote = "{QUOTE}" }}]
"""


def _folder(tmp_path: Path, sources: str, facts: str) -> Path:
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    (tmp_path / "facts.toml").write_text(facts, encoding="utf-8")
    return tmp_path


def _lines(folder: Path) -> list[str]:
    return [
        f"{p.severity}: {Path(p.file or '').name}: {p.record}: {p.field}: {p.message}"
        for p in run_checks([folder])
    ]


def test_a_toml_syntax_error_is_reported_alone_with_its_line(tmp_path: Path) -> None:
    facts = "".join(_fact(f"kz-uz-turnover-2025-{n}") for n in range(10))
    folder = _folder(tmp_path, SOURCE.format(published="20.10.2025"), facts)
    assert _lines(folder) == [
        "error: sources.toml: None: None: invalid TOML at line 5, column 18: expected newline or end of "
        "document after a statement in `published = 20.10.2025`; a date is written year-month-day "
        "without quotes: 2025-10-20",
        "warning: sources.toml: None: None: 10 references to records of sources.toml not checked until it parses",
    ]


def test_a_reference_to_an_id_the_broken_file_does_not_define_is_still_an_error(tmp_path: Path) -> None:
    facts = _fact("kz-uz-turnover-2025") + _fact("kz-uz-turnover-2025-other", source="baq-r")
    lines = _lines(_folder(tmp_path, SOURCE.format(published="20.10.2025"), facts))
    assert lines[1:] == [
        "error: facts.toml: fact kz-uz-turnover-2025-other: citations[0].source: unknown source 'baq-r'; "
        "did you mean 'baq-ru'? Accepted: none is defined",
        "warning: sources.toml: None: None: 1 reference to records of sources.toml not checked until it parses",
    ]


def test_an_invalid_record_holds_back_the_references_to_it(tmp_path: Path) -> None:
    facts = _fact("kz-uz-turnover-2025") + _fact("kz-uz-turnover-2025-kk")
    assert _lines(_folder(tmp_path, SOURCE.format(published='"20.10.2025"'), facts)) == [
        'error: sources.toml: source baq-ru: published: "20.10.2025" is not a date; write "2025-10-20" '
        "(year-month-day)",
        "warning: sources.toml: None: None: 2 references to source baq-ru not checked until it is valid",
    ]


def test_a_group_file_that_does_not_parse_holds_back_its_parties(tmp_path: Path) -> None:
    folder = _folder(tmp_path, SOURCE.format(published="2026-02-20"), _fact("ots-x", parties='["KZ", "ots"]'))
    (folder / "groups.toml").write_text('[[group]]\nid = "ots"\nname = { en = OTS }\n', encoding="utf-8")
    lines = _lines(folder)
    assert lines[0].startswith("error: groups.toml: None: None: invalid TOML at line 3")
    assert lines[0].endswith('text goes in double quotes: key = "text"')
    assert (
        "warning: groups.toml: None: None: 1 reference to records of groups.toml not checked until it parses"
        in lines
    )
    assert not any("unknown party" in line for line in lines)


FACT: dict[str, Any] = {
    "id": "x",
    "measure": "turnover",
    "parties": ["KZ", "UZ"],
    "description": "d",
    "period": {"start": datetime.date(2025, 1, 1), "end": datetime.date(2025, 12, 31)},
    "unit": "USD",
    "value": 1.0,
    "citations": [{"source": "s", "quote": "q"}],
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"value": "1,7 млрд"}, [("value", '"1,7 млрд" is not a number; write 1_700_000_000')]),
        ({"change_pct": "18,5%"}, [("change_pct", '"18,5%" is not a number; write 18.5')]),
        (
            {"period": "2025"},
            [("period", '"2025" is not a table; write period = { start = 2025-01-01, end = 2025-12-31 }')],
        ),
        ({"parties": "KZ"}, [("parties", '"KZ" is not a list; write parties = ["KZ"]')]),
        (
            {"qualifer": "over"},
            [
                (
                    "qualifer",
                    "unknown field; did you mean 'qualifier'? Accepted: id, measure, sector, parties, period,",
                )
            ],
        ),
        (
            {"measure": "turnovr"},
            [("measure", "\"turnovr\" is not a measure; did you mean 'turnover'? Accepted:")],
        ),
        ({"qualifier": "ovr"}, [("qualifier", "\"ovr\" is not a qualifier; did you mean 'over'? Accepted:")]),
        ({"unit": "usd"}, [("unit", "\"usd\" is not a unit; did you mean 'USD'? Accepted: USD, tonnes,")]),
        (
            {"context": ["perod"]},
            [("context[0]", "\"perod\" is not a context entry; did you mean 'period'?")],
        ),
        (
            {"period": {"start": "01.01.2025", "end": datetime.date(2025, 12, 31)}},
            [
                (
                    "period.start",
                    '"01.01.2025" is not a date; write start = 2025-01-01 (year-month-day, without quotes)',
                )
            ],
        ),
        (
            {"citations": ["x"]},
            [("citations[0]", '"x" is not a table; write citations = [{ source = "source-id", quote =')],
        ),
        (
            {"citations": [{"source": "s", "qoute": "q"}]},
            [("citations[0].qoute", "unknown field; did you mean 'quote'? Accepted: source, quote")],
        ),
        ({"description": 5}, [("description", '5 is not text; put it in quotes: description = "5"')]),
    ],
)
def test_validation_errors_in_plain_words(change: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    record, errors = validate_record(Fact, {**FACT, **change})
    assert record is None
    assert len(errors) == len(expected)
    for (field, message), (want_field, want_start) in zip(errors, expected, strict=True):
        assert field == want_field and message.startswith(want_start), message
    assert not any("Input should be" in message for _, message in errors)


def test_status_and_language_get_a_did_you_mean() -> None:
    agreement = {
        "id": "a",
        "kind": "decision",
        "title": {"en": "t"},
        "status": "sigend",
        "parties": ["KZ"],
        "citations": [{"source": "s", "quote": "q"}],
    }
    _, errors = validate_record(Agreement, agreement)
    assert errors[0][1].startswith("\"sigend\" is not a status; did you mean 'signed'? Accepted: signed,")
    _, errors = validate_record(Source, {"id": "s", "outlet": "o", "language": "kz", "archive": "a.txt"})
    assert errors == [("language", "\"kz\" is not a language; did you mean 'kk'? Accepted: en, ru, kk")]


def test_parties_are_accepted_as_queries_accept_them_and_others_get_a_did_you_mean(tmp_path: Path) -> None:
    facts = (
        _fact("names", parties='["Kazakhstan", "Өзбекстан"]')
        + _fact("misspelt", parties='["Kazakstan", "UZ"]')
        + _fact("made-up", parties='["KZ", "XQ"]')
    )
    lines = _lines(_folder(tmp_path, SOURCE.format(published="2026-02-20"), facts))
    accepted = (
        "an ISO 3166-1 code (KZ, KAZ), a country name in English, Russian or Kazakh (Uzbekistan, Узбекистан, "
        "Өзбекстан), or a group (OTS, ОТГ, ТМҰ, 'Turkic states') (groups here: none defined)"
    )
    assert [line for line in lines if "unknown party" in line] == [
        f"error: facts.toml: fact made-up: parties[1]: unknown party 'XQ'; accepted: {accepted}",
        f"error: facts.toml: fact misspelt: parties[0]: unknown party 'Kazakstan'; did you mean KZ (Kazakhstan)? "
        f"Accepted: {accepted}",
    ]
    assert not any("fact names" in line for line in lines)


def test_unknown_event_gets_a_did_you_mean(tmp_path: Path) -> None:
    agreement = """
[[event]]
id = "turkestan-meeting"
kind = "meeting"
name = { en = "Meeting" }
citations = [{ source = "baq-ru", quote = "В Туркестане состоялась 14-я встреча министров экономики и торговли" }]

[[agreement]]
id = "roadmap"
kind = "document"
title = { en = "Roadmap" }
status = "approved"
parties = ["KZ"]
event = "turkestan-meting"
context = ["parties"]
citations = [{ source = "baq-ru", quote = "По итогам встречи утверждена Дорожная карта" }]
"""
    lines = _lines(_folder(tmp_path, SOURCE.format(published="2026-02-20"), agreement))
    assert lines == [
        "error: facts.toml: agreement roadmap: event: unknown event 'turkestan-meting'; did you mean "
        "'turkestan-meeting'? Accepted: turkestan-meeting"
    ]


def test_check_prints_the_root_cause_first() -> None:
    result = run("check", str(Path(__file__).parent / "fixtures" / "broken"))
    first = result.stdout.splitlines()[0]
    assert first.startswith("error: tests/fixtures/broken/invalid.toml: invalid TOML at line 1, column 7")

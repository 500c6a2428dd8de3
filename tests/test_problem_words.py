"""Problems of fact files in the run's language: where (record, field) and what is wrong, worded
from the phrase key the finder kept (errors.Words); JSON keeps the English message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run

BROKEN = Path(__file__).parent / "fixtures" / "broken"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ru",
            [
                "неизвестная таблица [[galaxy]]; допустимые: [[source]]",
                "запись agreement Bad_Id: поле id: идентификатор — слова строчными латинскими буквами "
                "через дефис, например kz-uz-turnover-2025",
                "поле citations[0].source: неизвестный источник «no-such-source»; возможно, имелось в виду "
                "«test-source»? Допустимые: no-archive, test-source",
                "поле parties[1]: неизвестная сторона «XQ»; допустимы: код ISO 3166-1",
                "неизвестное событие «no-such-event»; допустимые: не задано ни одного",
            ],
        ),
        (
            "kk",
            [
                "[[galaxy]] деген кесте жоқ; қабылданатындары: [[source]]",
                "agreement Bad_Id жазбасы: id өрісі: идентификатор — дефиспен жалғанған кіші латын әріпті сөздер",
                "citations[0].source өрісі: «no-such-source» деген дереккөз жоқ; мүмкін, «test-source» болар? "
                "Қабылданатындары: no-archive, test-source",
                "parties[1] өрісі: «XQ» деген тарап жоқ; қабылданатындары:",
                "«no-such-event» деген оқиға жоқ; қабылданатындары:",
            ],
        ),
    ],
)
def test_a_broken_fact_folder_is_reported_in_the_run_s_language(language: str, said: list[str]) -> None:
    result = run("--lang", language, "check", str(BROKEN), "--format", "table")
    assert result.exit_code == 2
    shown = " ".join(result.stdout.split())
    for words in said:
        assert " ".join(words.split()) in shown


def _data(document: dict[str, Any]) -> dict[str, Any]:
    """check's JSON without its words in the run's language (`message_label`)."""
    return {
        key: [{k: v for k, v in p.items() if k != "message_label"} for p in value]
        if isinstance(value, list)
        else value
        for key, value in document.items()
    }


def test_json_keeps_the_english_message_in_every_language() -> None:
    english = run("check", str(BROKEN), "--json")
    russian = run("--lang", "ru", "check", str(BROKEN), "--json")
    assert _data(json.loads(russian.stdout)) == _data(json.loads(english.stdout))
    labels = [p["message_label"] for p in json.loads(russian.stdout)["errors"]]
    assert "неизвестный источник «no-such-source»" in " ".join(labels)
    assert all(p["message_label"] == p["message"] for p in json.loads(english.stdout)["errors"])
    messages = [p["message"] for p in json.loads(english.stdout)["errors"]]
    assert "unknown source 'no-such-source'; did you mean 'test-source'? Accepted: " in " ".join(messages)


def test_a_validator_s_own_words_are_said_in_russian(tmp_path: Path) -> None:
    (tmp_path / "facts.toml").write_text(
        '[[source]]\nid = "s"\noutlet = "BAQ.KZ"\nlanguage = "ru"\npublished = "20.02.2026"\narchive = "a.txt"\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    result = run("--lang", "ru", "check", str(tmp_path), "--format", "table")
    shown = " ".join(result.stdout.split())
    said = 'поле published: «20.02.2026» — не дата; напишите "2026-02-20" (год-месяц-день)'
    assert said in shown


@pytest.mark.parametrize("fixture", ["unbalanced", "quotes", "disputed"])
def test_warnings_that_name_figures_keep_english_json(fixture: str) -> None:
    """A warning's figures and periods are worded when shown (errors.Spoken): the JSON message is
    the English one in every language, the table's is the run's."""
    folder = Path(__file__).parent / "fixtures" / fixture
    english = _data(json.loads(run("check", str(folder), "--json").stdout))
    for language in ("ru", "kk"):
        assert _data(json.loads(run("--lang", language, "check", str(folder), "--json").stdout)) == english


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ru",
            "ошибка: syntax/facts.toml: ошибка TOML в строке 3, столбце 10: недопустимое значение в "
            '`outlet = = "x"`; текст берётся в двойные кавычки: key = "текст"',
        ),
        (
            "kk",
            'қате: syntax/facts.toml: TOML қатесі, 3-жол, 10-баған: `outlet = = "x"` ішінде жарамсыз мән; '
            'мәтін қос тырнақшаға алынады: key = "мәтін"',
        ),
        (
            "en",
            "error: syntax/facts.toml: invalid TOML at line 3, column 10: invalid value in "
            '`outlet = = "x"`; text goes in double quotes: key = "text"',
        ),
    ],
)
def test_a_toml_syntax_error_keeps_its_line_and_column_in_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    (tmp_path / "syntax").mkdir()
    (tmp_path / "syntax" / "facts.toml").write_text(
        '[[source]]\nid = "s"\noutlet = = "x"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("--lang", language, "check", "syntax", "--format", "table")
    assert result.exit_code == 2
    assert said in " ".join(result.stdout.split())


def test_a_parser_message_otg_does_not_know_keeps_its_english_in_brackets() -> None:
    from otg_cli import i18n
    from otg_cli.factfiles import syntax_error
    from otg_cli.views.problems import said

    message = syntax_error("Some new complaint (at line 2, column 5)", "a = 1\nb = 2 2\n")
    assert str(message) == "invalid TOML at line 2, column 5: some new complaint in `b = 2 2`"
    with i18n.using("ru"):
        assert said(message) == "ошибка TOML в строке 2, столбце 5: [some new complaint] в `b = 2 2`"
    with i18n.using("kk"):
        assert said(message) == "TOML қатесі, 2-жол, 5-баған: `b = 2 2` ішінде [some new complaint]"

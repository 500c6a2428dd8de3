"""Click's usage errors in the run's language: the usage line, the help hint and the message said
in Russian or Kazakh, option names and values as typed, exit code 2 (README "Exit codes")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (
            ("--lang", "ru", "turnover", "KZ", "--bogus"),
            "Использование: otg turnover [ПАРАМЕТРЫ] {A [B] [ПЕРИОД]}\n"
            "Справка: otg turnover -h\n\n"
            "Ошибка: нет параметра «--bogus» (возможно, имелось в виду: --bom)\n",
        ),
        (
            ("turnover", "KZ", "--bogus", "--lang", "kk"),
            "Қолданылуы: otg turnover [ПАРАМЕТРЛЕР] {A [B] [КЕЗЕҢ]}\n"
            "Анықтама: otg turnover -h\n\n"
            "Қате: «--bogus» деген параметр жоқ (мүмкін, --bom болар)\n",
        ),
        (
            ("turnover", "--lang=ru"),
            "Использование: otg turnover [ПАРАМЕТРЫ] {A [B] [ПЕРИОД]}\n"
            "Справка: otg turnover -h\n\n"
            "Ошибка: не указан аргумент «A [B] [ПЕРИОД]»\n",
        ),
        (
            ("--lang", "kk", "turnovr", "KZ"),
            "Қолданылуы: otg [ПАРАМЕТРЛЕР] КОМАНДА [АРГУМЕНТТЕР]...\n"
            "Анықтама: otg -h\n\n"
            "Қате: «turnovr» деген команда жоқ; мүмкін, «turnover» болар?\n",
        ),
        (
            ("--lang", "ru", "source", "bogus"),
            "Использование: otg source [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]...\n"
            "Справка: otg source -h\n\n"
            "Ошибка: нет команды «bogus»\n",
        ),
        (("--lang", "ru", "turnover", "KZ", "--facts"), "Ошибка: после параметра «--facts» нужно значение\n"),
        (("--lang", "kk", "turnover", "KZ", "--facts"), "Қате: «--facts» параметрінен кейін мән керек\n"),
    ],
)
def test_a_usage_error_is_said_in_the_run_s_language(args: tuple[str, ...], stderr: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == stderr


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ru",
            "Ошибка: «--format» / «-f»: «xx» — недопустимое значение; допустимые: «table», «json», «ndjson»",
        ),
        ("kk", "Қате: «--format» / «-f»: «xx» — жарамсыз мән; қабылданатындары: «table», «json», «ndjson»"),
    ],
)
def test_an_invalid_choice_names_the_accepted_values_as_typed(language: str, said: str) -> None:
    result = run("--lang", language, "turnover", "KZ", "--format", "xx")
    assert result.exit_code == 2
    assert said in result.stderr


def test_english_keeps_click_s_own_words() -> None:
    result = run("turnover", "KZ", "--bogus")
    assert result.exit_code == 2
    assert result.stderr == (
        "Usage: otg turnover [OPTIONS] {A [B] [PERIOD]}\n"
        "Try 'otg turnover -h' for help.\n\n"
        "Error: No such option: --bogus (Possible options: --bom)\n"
    )


def test_a_message_no_template_fits_keeps_its_words_in_the_translated_frame() -> None:
    from otg_cli.i18n import using
    from otg_cli.views.usage import worded

    with using("ru"):
        assert worded("Something click never said.") == "Something click never said."
        assert worded("'x' is not a valid integer.") == "«x» — не целое число"


def test_the_environment_chooses_the_language_when_the_command_line_does_not() -> None:
    """Before any option is read (an unknown option of otg itself), OTG_LANG still holds."""
    env = {**os.environ, "OTG_LANG": "kk"}
    done = subprocess.run(
        [sys.executable, "-m", "otg_cli", "--bogus"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "Қате: «--bogus» деген параметр жоқ"
    assert done.stderr.startswith("Қолданылуы: ")


def test_a_group_without_its_command_still_prints_its_help_on_separate_lines() -> None:
    result = run("--lang", "ru", "source")
    assert result.exit_code == 2
    assert "\\x0a" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("language", "usage", "headings"),
    [
        ("ru", "Использование: otg turnover [ПАРАМЕТРЫ] {A [B] [ПЕРИОД]}", ["Аргументы:", "Параметры:"]),
        ("kk", "Қолданылуы: otg turnover [ПАРАМЕТРЛЕР] {A [B] [КЕЗЕҢ]}", ["Аргументтер:", "Параметрлер:"]),
        ("en", "Usage: otg turnover [OPTIONS] {A [B] [PERIOD]}", ["Arguments:", "Options:"]),
    ],
)
def test_help_says_click_s_own_words_in_the_run_s_language(
    language: str, usage: str, headings: list[str]
) -> None:
    """The usage line and headings are translated, the metavars too (the descriptions: below)."""
    result = run("--lang", language, "turnover", "-h")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == usage
    assert [line for line in lines if line.endswith(":") and not line.startswith(" ")] == headings


@pytest.mark.parametrize(
    ("language", "described", "option"),
    [
        ("ru", "Товарооборот Казахстана с партнёром и источник каждой цифры.", "--svg ФАЙЛ"),
        ("kk", "Қазақстанның серіктеспен тауар айналымы және әр санның дереккөзі.", "--svg ФАЙЛ"),
    ],
)
def test_help_describes_the_command_and_its_options_in_the_run_s_language(
    language: str, described: str, option: str
) -> None:
    result = run("--lang", language, "turnover", "-h")
    shown = " ".join(result.stdout.split())
    assert described in shown and option in shown
    assert {"ru": "[обязательный]", "kk": "[міндетті]"}[language] in shown
    assert {"ru": "Пример: otg turnover KZ UZ 2025", "kk": "Мысал: otg turnover KZ UZ 2025"}[
        language
    ] in shown


def test_help_follows_otg_lang_and_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "kk_KZ.UTF-8")
    assert "Мысал: otg check --strict" in run("check", "--help").stdout
    monkeypatch.setenv("OTG_LANG", "ru")
    assert "Пример: otg check --strict" in run("check", "--help").stdout

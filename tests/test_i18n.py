"""--lang and OTG_LANG: otg's own words in Russian and Kazakh; quotes never translated."""

from __future__ import annotations

import pytest

from conftest import run, run_json, table

NBSP = "\u00a0"  # Babel groups thousands in Russian and Kazakh with a no-break space


def test_russian_labels_numbers_and_periods() -> None:
    rows = run_json("turnover", "KZ", "UZ", "2025", "--lang", "ru")
    assert [
        (r["value_label"], r["change_label"], r["period"]["label"], r["period"]["span_label"]) for r in rows
    ] == [
        ("$4,3 млрд", None, "2025", "полный год"),
        ("$3 млрд", "+18,5%", f"январь–август 2025{NBSP}г.", "часть года (8 мес.)"),
    ]
    assert [r["period"]["span"] for r in rows] == ["full_year", "part_year"]  # codes, in every language
    assert rows[0]["value"] == 4_300_000_000  # numbers stay numbers in JSON
    assert rows[0]["sources"][0]["quote"].startswith("Наибольший товарооборот")


def test_kazakh_labels_numbers_and_periods() -> None:
    rows = run_json("turnover", "Қазақстан", "Өзбекстан", "--lang", "kk")
    assert [(r["value_label"], r["period"]["label"]) for r in rows] == [
        ("4,3 млрд доллар", "2025"),
        ("3 млрд доллар", f"2025{NBSP}жылғы қаңтар–тамыз"),
        ("1,3 млрд доллар", "кезеңі көрсетілмеген"),
    ]
    assert rows[1]["period"]["span_label"] == "жылдың бір бөлігі (8 ай)"


def test_qualifiers_keep_their_meaning_in_every_language() -> None:
    assert [r["value_label"] for r in run_json("turnover", "KZ", "KG", "--lang", "ru")] == [
        "почти $2 млрд",
        "$2 млрд",
    ]
    assert [r["value_label"] for r in run_json("turnover", "KZ", "KG", "--lang", "kk")] == [
        "2 млрд долларға жуық",
        "2 млрд доллар",
    ]
    (companies,) = run_json("facts", "KZ", "OTS", "-m", "companies", "--lang", "ru")
    assert (companies["value_label"], companies["period"]["label"]) == (f"> 12{NBSP}000", "дата не указана")


def test_tables_speak_the_language_and_keep_quotes_as_written() -> None:
    out = table("turnover", "KZ", "UZ", "2025", "--lang", "ru", "--quotes").stdout
    assert "Товарооборот: Казахстан – Узбекистан, данные за 2025 год" in out
    assert "Показатель" in out and "20 февраля 2026" in out and "часть года (8 мес.)" in out
    assert "«Қазақстанның ең үлкен тауар айналымы Өзбекстанмен - 4,3 млрд доллар»" in out
    assert "Дәйексөздер" in table("turnover", "KZ", "UZ", "--lang", "kk", "--quotes").stdout


def test_country_names_come_from_the_sources_then_pycountry() -> None:
    result = run("turnover", "KZ", "FR", "--lang", "ru")
    assert "Казахстан – Франция" in result.stderr  # Франция from pycountry's translations
    assert "Казахстан – Кыргызстан" in result.stderr  # as the Russian source spells it
    assert "Қазақстан – Мажарстан" in run("turnover", "KZ", "HU", "--lang", "kk").stderr


def test_flag_then_environment_then_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTG_LANG", "kk")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert run_json("turnover", "KZ", "UZ", "2025")[1]["period"]["label"] == f"2025{NBSP}жылғы қаңтар–тамыз"
    assert (
        run_json("turnover", "KZ", "UZ", "2025", "--lang", "ru")[1]["period"]["label"]
        == f"январь–август 2025{NBSP}г."
    )
    monkeypatch.delenv("OTG_LANG")
    assert run_json("turnover", "KZ", "UZ", "2025")[1]["period"]["label"] == f"январь–август 2025{NBSP}г."
    monkeypatch.setenv("LC_MESSAGES", "kk_KZ")
    assert run_json("turnover", "KZ", "UZ", "2025")[1]["period"]["label"] == f"2025{NBSP}жылғы қаңтар–тамыз"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # LC_ALL wins, and a language otg does not speak is English
    assert run_json("turnover", "KZ", "UZ", "2025")[1]["period"]["label"] == "Jan–Aug 2025"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "kk_KZ"}, "kk"),
        ({"LANG": "kk_KZ.UTF-8@cyrillic"}, "kk"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "ru", "LC_ALL": ""}, "ru"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_the_locale_chooses_the_default_language(environ: dict[str, str], language: str) -> None:
    from otg_cli.i18n import from_locale

    assert from_locale(environ) == language


def test_an_unknown_language_is_bad_input() -> None:
    result = run("turnover", "KZ", "--lang", "de")
    assert result.exit_code == 2 and "accepted: en, ru, kk" in result.stderr

"""Compute first, translate last: `--lang` changes the words otg prints, never its data.

Every command's JSON in Russian and Kazakh equals the English JSON once the fields that are words
are set aside: fields named `label` or `*_label`, and localized objects ({en, ru, kk}), whose value
is the same in every language anyway. Enumerations are codes in every language.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run, run_json

LOCALIZED = {"en", "ru", "kk"}


def _data(value: Any) -> Any:
    """The JSON with its words set aside: what must be the same in every language."""
    if isinstance(value, dict):
        return {
            key: _data(item) for key, item in value.items() if key != "label" and not key.endswith("_label")
        }
    if isinstance(value, list):
        return [_data(item) for item in value]
    return value


def _json(args: tuple[str, ...], language: str) -> tuple[int, Any]:
    result = run(*args, "--json", "--lang", language)
    assert result.exit_code not in (2, 70), result.stderr  # verify's exit code is its verdict's
    return result.exit_code, json.loads(result.stdout)


#: Every command that prints JSON, with arguments that reach its labels: periods of every span,
#: disputed figures, progress, derived figures, events with partial dates, verdicts, hits.
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("turnover", "KZ"),
    ("turnover", "KZ", "UZ", "2025"),
    ("turnover", "KZ", "KG"),
    ("facts",),
    ("facts", "--quotes"),
    ("targets",),
    ("agreements",),
    ("derived",),
    ("events",),
    ("sources",),
    ("show", "kz-kg-turnover-2025"),
    ("show", "kz-uz-turnover-target-10bn"),
    ("show", "kz-tm-2025-presidential-talks"),
    ("show", "kaztoday-2025-11-26-ru"),
    ("verify", "Kazakhstan-Uzbekistan trade hit $3bn in 2025"),
    ("verify", "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"),
    ("verify", "Қазақстан мен Қырғызстанның тауар айналымы 2025 жылы 2 млрд долларға жуық болды"),
    ("verify", "Kazakhstan and Turkmenistan agreed to consider opening direct flights"),
    ("verify", "Kazakhstan and Uzbekistan aim for $10 billion of trade"),
    ("search", "Туркестан"),
    ("check",),
)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_json_is_the_same_data_in_every_language(args: tuple[str, ...], language: str) -> None:
    (english_exit, english), (local_exit, local) = _json(args, "en"), _json(args, language)
    assert (local_exit, _data(local)) == (english_exit, _data(english))
    if args[0] in ("turnover", "facts", "targets", "derived", "events"):
        assert local != english, "the labels are in the language asked for"


def _fields(value: Any, name: str) -> list[Any]:
    if isinstance(value, dict):
        found = [value[name]] if name in value else []
        return found + [f for item in value.values() for f in _fields(item, name)]
    if isinstance(value, list):
        return [f for item in value for f in _fields(item, name)]
    return []


def test_enumerations_are_codes_with_their_words_beside_them() -> None:
    for language in ("en", "ru", "kk"):
        rows = run_json("turnover", "KZ", "--lang", language)
        assert set(_fields(rows, "span")) == {"full_year", "part_year", "level", "not_stated"}
    (target,) = run_json("targets", "KZ", "UZ", "--lang", "kk")
    assert target["progress"]["period"]["span"] == "full_year"
    assert target["progress"]["formula"] == "$4.3 bn ÷ $10 bn"  # data: the same in every language
    assert target["progress"]["formula_label"] == "4,3 млрд доллар ÷ 10 млрд доллар"
    (agreement, *_) = run_json("agreements", "--lang", "ru")
    assert agreement["status"] in {"signed", "approved", "agreed", "agreed_to_consider", "decided"}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_progress_and_derived_figures_survive_the_language(language: str) -> None:
    """Under --lang ru targets once lost their progress, and `otg derived` its progress rows."""
    english = run_json("targets")
    local = run_json("targets", "--lang", language)
    assert [t["progress"]["ratio_pct"] for t in local] == [t["progress"]["ratio_pct"] for t in english]
    assert [t["progress"]["ratio_pct"] for t in local] == [50, 43]
    measures = [d["measure"] for d in run_json("derived", "--lang", language)]
    assert measures.count("target_progress") == 2


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_part_year_is_marked_as_one_in_every_language(language: str) -> None:
    from conftest import table

    out = table("turnover", "KZ", "UZ", "--lang", language).stdout
    part_year = {"ru": "часть года (8 мес.)", "kk": "жылдың бір бөлігі (8 ай)"}[language]
    full_year = {"ru": "полный год", "kk": "толық жыл"}[language]
    assert part_year in out
    assert full_year not in out  # a full year needs no note; a translated label once got one


# --- otg cite: a whole sentence in every language -------------------------------------------------


def _figure_ids() -> list[str]:
    return [r["id"] for r in run_json("facts")] + [r["id"] for r in run_json("targets")]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_cite_line_is_a_clean_whole_sentence(language: str) -> None:
    """No curator's note in brackets, the quote inside a sentence, and a full stop at its end."""
    import re

    notes = {note for r in run_json("facts") for note in re.findall(r"\([^()]*\)", r["description"])}
    for record_id in _figure_ids():
        result = run("cite", record_id, "--lang", language)
        assert result.exit_code == 0, result.stderr
        line = result.stdout.strip()
        assert not [note for note in notes if note in line], (record_id, line)
        assert line[:1].isupper() and line.endswith("."), line
        if language != "en":
            assert "«" in line and not line.startswith("«"), line


@pytest.mark.parametrize(
    ("language", "sentence", "other"),
    [
        (
            "ru",
            "По данным BAQ.KZ (20 февраля 2026\u202fг.), товарооборот между Казахстаном и Кыргызстаном за 2025 год "
            "составил почти $2 млрд («…Кыргызстаном – почти 2 млрд долларов»).",
            "Источники расходятся: BAQ.KZ (20 февраля 2026\u202fг.) приводит $2 млрд.",
        ),
        (
            "kk",
            "BAQ.KZ (2026\u00a0жылғы 20 ақпан) мәліметінше (орыс тілінде), 2025 жылы Қазақстан мен Қырғызстан "
            "арасындағы тауар айналымы 2 млрд долларға жуық болды («…Кыргызстаном – почти 2 млрд долларов»).",
            "Дереккөздер сәйкес келмейді: BAQ.KZ (2026\u00a0жылғы 20 ақпан) 2 млрд доллар деп көрсетеді.",
        ),
    ],
)
def test_cite_sets_a_fragment_inside_a_sentence_and_names_the_other_figure(
    language: str, sentence: str, other: str
) -> None:
    line = run("cite", "kz-kg-turnover-2025", "--lang", language).stdout.strip()
    assert line == f"{sentence} {other}"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_export_is_the_same_data_in_every_language(tmp_path: Path, language: str) -> None:
    """The exported tables once lost their progress columns under --lang ru."""
    import sqlite3

    documents, columns = {}, {}
    for lang in ("en", language):
        assert run("export", str(tmp_path / f"{lang}.json"), "-f", "json", "--lang", lang).exit_code == 0
        documents[lang] = json.loads((tmp_path / f"{lang}.json").read_text(encoding="utf-8"))
        (tmp_path / lang).mkdir()  # each database with its own metadata.json beside it
        assert run("export", str(tmp_path / lang / "otg.db"), "--lang", lang).exit_code == 0
        with sqlite3.connect(tmp_path / lang / "otg.db") as db:
            columns[lang] = [row[1] for row in db.execute("pragma table_info(targets)")]
            assert db.execute(
                "select count(*) from targets where progress_ratio_pct is not null"
            ).fetchone() == (2,)
    assert _data(documents[language]) == _data(documents["en"])
    assert columns[language] == columns["en"]

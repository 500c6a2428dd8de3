"""What the curation commands say, in Russian and Kazakh: otg init, otg source add, otg draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run

ARTICLE = "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов.\n"


@pytest.mark.parametrize(
    ("language", "created", "archived", "next_step", "bad_date"),
    [
        (
            "ru",
            "otg: создана папка {folder}: facts.toml, sources/000_example.txt, sources.toml",
            "источник добавлен в {folder}/sources.toml",
            "otg: дальше: otg quote baq-kz-2026-02-20-ru 'слова статьи' --facts {folder}",
            "otg: ошибка: неверная дата --date «20.02.2026»; допустимые формы: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
        ),
        (
            "kk",
            "otg: {folder} қалтасы құрылды: facts.toml, sources/000_example.txt, sources.toml",
            "{folder}/sources.toml файлына қосылды",
            "otg: келесі қадам: otg quote baq-kz-2026-02-20-ru 'мақаладағы сөздер' --facts {folder}",
            "otg: қате: --date «20.02.2026» күні қате; қабылданатын түрлері: ЖЖЖЖ, ЖЖЖЖ-АА не ЖЖЖЖ-АА-КК",
        ),
    ],
)
def test_curation_speaks_the_run_s_language(
    tmp_path: Path, language: str, created: str, archived: str, next_step: str, bad_date: str
) -> None:
    folder = tmp_path / "my"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    made = run("--lang", language, "init", str(folder))
    assert made.exit_code == 0
    assert created.format(folder=folder) in made.stderr
    add = ["source", "add", str(article), "--outlet", "BAQ.KZ", "--lang", "ru", "--facts", str(folder)]
    added = run("--lang", language, *add, "--date", "2026-02-20")
    assert added.exit_code == 0, added.stderr
    assert archived.format(folder=folder) in added.stderr
    assert next_step.format(folder=folder) in added.stderr
    refused = run("--lang", language, *add, "--date", "20.02.2026")
    assert refused.exit_code == 2
    assert bad_date in refused.stderr
    drafted = run("--lang", language, "draft", "baq-kz-2026-02-20-ru", "--facts", str(folder))
    assert drafted.exit_code == 0
    assert "([[fact]]: 1)" in drafted.stderr
    assert "otg check" in drafted.stderr and "proposed" not in drafted.stderr

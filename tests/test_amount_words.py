"""Verify's reasons and understood line say a claimed figure as prose in Russian and Kazakh, the
way news write it; the tables keep their notation, English keeps its own."""

from __future__ import annotations

import pytest

from conftest import run
from otg_cli import i18n
from otg_cli.views.amounts import in_words


@pytest.mark.parametrize(
    ("language", "value", "unit", "qualifier", "said"),
    [
        ("ru", 12_000, "USD", "over", "более $12 тыс."),
        ("ru", 2e9, "USD", "almost", "почти $2 млрд"),
        ("ru", 4.3e9, "USD", "exact", "$4,3 млрд"),
        ("ru", 50, "percent", "at_least", "не менее 50%"),
        ("ru", 1e9, "USD", "at_most", "не более $1 млрд"),
        ("kk", 12_000, "USD", "over", "12 мың доллардан астам"),
        ("kk", 2e9, "USD", "almost", "2 млрд долларға жуық"),
        ("kk", 2.1e9, "USD", "under", "2,1 млрд доллардан аз"),
        ("kk", 210e6, "USD", "about", "шамамен 210 млн доллар"),
        ("kk", 50, "percent", "over", "50%-дан астам"),
        ("kk", 50, "percent", "almost", "50%-ға жуық"),
        ("en", 12_000, "USD", "over", "> $12,000"),
    ],
)
def test_a_figure_in_the_words_of_news(
    language: i18n.Language, value: float, unit: str, qualifier: str, said: str
) -> None:
    with i18n.using(language):
        assert in_words(value, unit, qualifier) == said  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "amount", "date"),
    [
        ("ru", "сумма более $12 тыс.", "дата ноябрь 2025 г."),
        ("kk", "сомасы 12 мың доллардан астам", "күні 2025 жылғы қараша"),
    ],
)
def test_verify_says_the_claim_as_prose(language: str, amount: str, date: str) -> None:
    claimed = run(
        "--lang",
        language,
        "verify",
        "Товарооборот Казахстана с Узбекистаном превысил 12 тысяч долларов в 2025 году",
    )
    shown = " ".join(claimed.stdout.split())
    assert amount in shown
    assert ">" not in shown.split("Цитаты")[0].split("Дәйексөздер")[0]
    signed = run(
        "--lang", language, "verify", "Казахстан и Узбекистан подписали соглашение в ноябре 2025 года"
    )
    assert date in " ".join(signed.stdout.split())
    assert "2025-11-?" not in signed.stdout

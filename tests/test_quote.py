"""otg quote: a passage found whatever its whitespace, quote marks, dashes and decimal marks, and
printed exactly as the archived article has it; a near miss shown as a difference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run
from otg_cli.settings import bundled_facts_dir

UZ_ARTICLE = bundled_facts_dir() / "sources" / "004_82b8d783d32cbc8c.txt"


def test_quote_prints_a_verbatim_passage_as_it_is(tmp_path: Path) -> None:
    result = run(
        "quote", "baq-undated-kz-uz-ru", "Стороны намерены довести объём взаимной торговли до $10 млрд."
    )
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        "Стороны намерены довести объём взаимной торговли до $10 млрд.\n",
        "",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "стороны  намерены довести объем взаимной\nторговли до $10 млрд.",  # case, ё, whitespace
        "По итогам января-августа 2025 года",  # hyphen for the en dash
        "Казахстанский экспорт составил $2.2 млрд, что на 26.7% больше",  # decimal points
        "промышленной кооперации «Центральная Азия»",  # guillemets for straight quotes
        "металлургической,   нефтехимической",
    ],
)
def test_quote_is_tolerant_and_prints_the_article_exactly(typed: str) -> None:
    result = run("quote", "baq-undated-kz-uz-ru", typed)
    assert result.exit_code == 0, result.stderr
    printed = result.stdout.removesuffix("\n")
    assert printed in UZ_ARTICLE.read_text("utf-8")
    assert "the line above is the article's own" in result.stderr
    expected = {
        0: "Стороны намерены довести объём взаимной торговли до $10 млрд.",
        1: "По итогам января–августа 2025 года",
        2: "Казахстанский экспорт составил $2,2 млрд, что на 26,7% больше",
        3: 'промышленной кооперации "Центральная Азия"',
        4: "металлургической, нефтехимической",
    }
    assert printed in expected.values()


def test_quote_does_not_find_words_inside_other_words() -> None:
    assert run("quote", "baq-undated-kz-uz-ru", "0 млрд.").exit_code == 1  # only inside "$10 млрд."


def test_a_near_miss_shows_the_closest_passage_and_the_difference() -> None:
    result = run("quote", "baq-undated-kz-uz-ru", "товарооборот между странами достиг $3,5 млрд")
    assert (result.exit_code, result.stdout) == (1, "")
    lines = result.stderr.splitlines()
    assert lines[0].startswith("otg: not found in baq-undated-kz-uz-ru (")
    assert lines[0].endswith("004_82b8d783d32cbc8c.txt): 'товарооборот между странами достиг $3,5 млрд'")
    assert "товарооборот между странами достиг $3 млрд" in lines
    assert "- товарооборот между странами достиг $3,5 млрд" in lines
    assert "+ товарооборот между странами достиг $3 млрд" in lines


def test_quote_json_is_one_object_found_or_not() -> None:
    found = run("quote", "baq-undated-kz-uz-ru", "объем взаимной торговли", "--json")
    row = json.loads(found.stdout)
    text = UZ_ARTICLE.read_text("utf-8")
    assert (row["found"], row["verbatim"], row["passage"], row["occurrences"]) == (
        True,
        False,
        "объём взаимной торговли",
        1,
    )
    assert text[row["start"] : row["end"]] == row["passage"]
    missed = run("quote", "baq-undated-kz-uz-ru", "объем торговли до $12 млрд", "--json")
    assert missed.exit_code == 1
    row = json.loads(missed.stdout)
    assert (row["found"], row["passage"], row["start"]) == (False, None, None)
    assert text[row["closest"]["start"] : row["closest"]["end"]] == row["closest"]["passage"]
    assert row["closest"]["diff"][0] == "- объем торговли до $12 млрд"
    assert 0.5 <= row["closest"]["similarity"] < 1


def test_quote_of_an_unknown_source_says_which_it_may_mean() -> None:
    result = run("quote", "baq-undated-kz-uz", "words")
    assert result.exit_code == 2
    assert "unknown source 'baq-undated-kz-uz'; did you mean baq-undated-kz-uz-ru?" in result.stderr


def test_quote_reads_a_folder_that_still_holds_placeholders(tmp_path: Path) -> None:
    folder = tmp_path / "my-facts"
    run("init", str(folder))
    result = run("quote", "my-outlet-2024-12-01-en", "about $3.9 bn", "--facts", str(folder))
    assert (result.exit_code, result.stdout) == (0, "about $3.9 bn\n")


# Any run of whole words of a bundled article, typed with other whitespace, quote marks, dashes
# and decimal marks, is found, and what is printed is the article's own text.
_ARTICLES = [p.read_text("utf-8") for p in sorted((bundled_facts_dir() / "sources").glob("*.txt"))]
_SWAPS = {
    **{mark: ["«", "»", "“", "”", '"', "'"] for mark in '«»“”"'},
    **{dash: ["-", "–", "—"] for dash in "–—-"},
    " ": [" ", "  ", "\n", "\t", "\u00a0"],
}


@st.composite
def _typed_passages(draw: st.DrawFn) -> tuple[str, str, str]:
    import re

    article = draw(st.sampled_from(_ARTICLES))
    words = list(re.finditer(r"\S+", article))
    first = draw(st.integers(0, len(words) - 1))
    last = draw(st.integers(first, min(first + 12, len(words) - 1)))
    start, end = words[first].start(), words[last].end()
    passage = article[start:end]
    typed = []
    for index, char in enumerate(passage):
        if char in _SWAPS:
            typed.append(draw(st.sampled_from(_SWAPS[char])))
        elif (
            char == ","
            and 0 < index < len(passage) - 1
            and passage[index - 1].isdigit()
            and passage[index + 1].isdigit()
        ):
            typed.append(draw(st.sampled_from([",", "."])))
        else:
            typed.append(char)
    return article, passage, "".join(typed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_typed_passages())
def test_any_passage_typed_loosely_is_found_and_printed_exactly(case: tuple[str, str, str]) -> None:
    from otg_cli.curation.quoting import canonical, find_quote

    article, passage, typed = case
    found = find_quote("s", "a", article, typed)
    assert found.passage is not None
    assert article[found.passage.start : found.passage.end] == found.passage.text
    assert canonical(found.passage.text)[0] == canonical(passage)[0]
    if found.occurrences == 1:
        assert found.passage.text == passage.strip()


def test_quote_json_validates_against_its_schema() -> None:
    import jsonschema

    from otg_cli.schema import json_schema

    for text in ("объем взаимной торговли", "объем торговли до $12 млрд", "Луна"):
        document = json.loads(run("quote", "baq-undated-kz-uz-ru", text, "--json").stdout)
        jsonschema.validate(document, json_schema("quote"), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("text", ["", "   ", "\u200b"])
def test_quote_needs_words_to_look_for(text: str) -> None:
    result = run("quote", "baq-undated-kz-uz-ru", text)
    assert result.exit_code == 2
    assert "nothing to look for" in result.stderr


def test_quote_takes_no_other_format_than_json() -> None:
    result = run("quote", "baq-undated-kz-uz-ru", "до $10 млрд", "--format", "csv")
    assert result.exit_code == 2
    assert "quote prints a table or JSON" in result.stderr

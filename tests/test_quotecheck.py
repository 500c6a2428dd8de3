"""`otg check` reads each record's quotes with the claim reader and finds records that contradict them.

tests/fixtures/quotes quotes the five real archived articles of the bundled base, each record wrong
in one way. The Kazakh and Russian wordings those articles lack ("1,7 млрд доллардан асты",
"кемінде", "менее", "к 2030 году") are in a small article written here, in a tmp_path folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run
from otg_cli.check import run_checks
from otg_cli.loader import load_with_problems
from otg_cli.models import FactBase
from otg_cli.quotereader import read_quote

QUOTES = Path(__file__).parent / "fixtures" / "quotes"

Found = dict[tuple[str, str], list[str]]


def _found(folder: Path, severity: str) -> Found:
    """(record id, field) -> messages for the problems of one severity, leaving out the disagreement
    warnings of check.py, which are not about quotes."""
    found: Found = {}
    for p in run_checks([folder]):
        if p.severity == severity and p.field != "conflicts_with":
            found.setdefault(((p.record or "").split(" ", 1)[1], p.field or ""), []).append(p.message)
    return found


@pytest.fixture(scope="module")
def errors() -> Found:
    return _found(QUOTES, "error")


@pytest.fixture(scope="module")
def warnings() -> Found:
    return _found(QUOTES, "warning")


EXPECTED_ERRORS = {
    ("scale-missing", "value"): (
        "the record says 4.3 USD, the quote says 4,3 млрд долларов ($4.3 bn): write 4_300_000_000"
    ),
    ("scale-thousand", "value"): (
        "the record says 4_300_000 USD, the quote says 4,3 млрд доллар ($4.3 bn): write 4_300_000_000"
    ),
    ("wrong-decimal", "value"): (
        "the record says 4_300_000_000 USD, the quote says 4,9 млрд долларов ($4.9 bn): write 4_900_000_000"
    ),
    (
        "wrong-unit",
        "unit",
    ): 'the record says USD, the quote says 1.5 миллиона тонн (tonnes): write unit = "tonnes"',
    ("exact-for-over", "qualifier"): (
        "the record says exact, the quote says «стран отг превысил 11,9 млрд долларов сша» (over): "
        'write qualifier = "over"'
    ),
    ("exact-for-over-kk", "qualifier"): (
        "the record says exact, the quote says «өзара сауда көлемі 11,9 млрд ақш долларынан асты» (over): "
        'write qualifier = "over"'
    ),
    ("exact-for-almost", "qualifier"): (
        "the record says exact, the quote says «кыргызстаном – почти 2 млрд долларов» (almost): "
        'write qualifier = "almost"'
    ),
    ("at-least-for-over", "qualifier"): (
        "the record says at_least, the quote says «отг составил более 6,3 млрд долларов» (over): "
        'write qualifier = "over"'
    ),
    ("over-for-about", "qualifier"): (
        "the record says over, the quote says «қоса алғанда шамамен 5 млрд долларға жетті» (about): "
        'write qualifier = "about"'
    ),
    ("wrong-year", "period"): (
        "the record says 2024, the quote says 2025: write period = { start = 2025-01-01, end = 2025-12-31 }"
    ),
    ("wrong-part-year", "period"): (
        "the record says Jan–Jun 2025, the quote says января–августа 2025 (2025-01-01 to 2025-08-31): "
        "write period = { start = 2025-01-01, end = 2025-08-31 }"
    ),
    ("year-for-part-year", "period"): (
        "the record says 2025, the quote says first 10 months of 2025 (2025-01-01 to 2025-10-31): "
        "write period = { start = 2025-01-01, end = 2025-10-31 }"
    ),
    ("wrong-growth", "change_pct"): (
        "the record says 15.8, the quote says 18,5% (+18.5%): write change_pct = 18.5"
    ),
    ("fall-as-growth", "change_pct"): (
        "the record says 3, the quote says 3 пайызға қысқарған (−3%): write change_pct = -3"
    ),
    ("signed-for-agreed-to-consider", "status"): (
        "the record says signed, the quote says «условились рассмотреть» (agreed_to_consider): "
        'write status = "agreed_to_consider"'
    ),
    ("worded-qualifier", "qualifier"): 'the record says about, the quote says over: write qualifier = "over"',
    ("approved-for-concluded-kk", "status"): (
        'the record says approved, the quote says «жасалды» (concluded): write status = "concluded"'
    ),
}

NOT_NAMED = (
    "the quote does not name {} in any language; if the article names it around the quote, "
    'say so with context = ["parties"]'
)

EXPECTED_WARNINGS = {
    ("party-not-named", "parties[1]"): NOT_NAMED.format("TR (Türkiye)"),
    ("cayman-for-kyrgyzstan", "parties[0]"): NOT_NAMED.format("KZ (Kazakhstan)"),
    ("cayman-for-kyrgyzstan", "parties[1]"): NOT_NAMED.format("KY (Cayman Islands)"),
    ("korea-for-kyrgyzstan", "parties[1]"): (
        "KR is South Korea, neither an OTS member nor an observer; did you mean KG (Kyrgyzstan)? "
        'If KR is meant, say so with outside_ots = ["KR"]'
    ),
    ("deadline-not-stated", "deadline"): (
        'the quote does not state the deadline; say where it comes from with context = ["deadline"]'
    ),
    ("context-but-stated", "period"): 'context lists "period", but a quote states it: take it out of context',
    ("context-not-a-field", "context[1]"): 'lists "status", which a fact does not have',
}


def test_each_mistake_is_an_error_naming_record_field_and_both_sides(errors: Found) -> None:
    assert errors == {key: [message] for key, message in EXPECTED_ERRORS.items()}


def test_what_no_quote_states_and_doubtful_parties_are_warnings(warnings: Found) -> None:
    expected = {key: [message] for key, message in EXPECTED_WARNINGS.items()}
    expected[("cayman-for-kyrgyzstan", "parties[1]")].append(
        "KY is Cayman Islands, neither an OTS member nor an observer; did you mean KG (Kyrgyzstan)? "
        'If KY is meant, say so with outside_ots = ["KY"]'
    )
    expected[("outside-ots-not-a-party", "outside_ots")] = [
        "lists IR, which is not a party of this record",
        "lists UZ, which is an OTS country or a group",
    ]
    # The fixture's figures of different periods also trip the consistency check: not this test's.
    found = {
        key: messages
        for key, messages in warnings.items()
        if key[0] != "wrong-part-year" or key[1] != "value"
    }
    assert found == expected


def test_records_as_their_quotes_say_are_clean(errors: Found, warnings: Found) -> None:
    flagged = {record for record, _ in [*errors, *warnings]}
    assert {r for r in flagged if r.startswith("right-")} == set()


def test_alpha3_codes_and_names_are_stored_as_alpha2() -> None:
    base, _ = load_with_problems([QUOTES])
    assert base.facts["right-alpha3-and-names"].parties == ("KZ", "UZ")
    assert base.facts["right-outside-ots-meant"].parties == ("KZ", "TM", "IR")
    assert base.facts["right-two-figures-kk"].parties == ("KZ", "ots")


def test_one_mistake_gives_one_message(errors: Found) -> None:
    """A wrong scale is not also a wrong qualifier or unit: those are judged only against the figure
    that states the value."""
    assert [field for record, field in errors if record == "scale-missing"] == ["value"]


# --- Kazakh and Russian wordings, in an article written for the test -----------------------------

ARTICLE = (
    "2024 жылы Қазақстан мен Қырғызстан арасындағы тауар айналымы 1,7 млрд доллардан асты. "
    "Қазақстанның Өзбекстанға экспорты кемінде 2,1 млрд долларды құрады. Қазақстан мен Өзбекстан "
    "тауар айналымын 2030 жылға дейін 10 млрд долларға жеткізуге келісті.\n"
    "В 2024 году товарооборот Казахстана и Кыргызстана составил менее 1,8 млрд долларов. Казахстан "
    "и Узбекистан намерены довести товарооборот до 10 млрд долларов к 2030 году.\n"
)
KK_TURNOVER = "2024 жылы Қазақстан мен Қырғызстан арасындағы тауар айналымы 1,7 млрд доллардан асты."


def _record(kind: str, key: str, quote: str, **fields: object) -> str:
    lines = [f"[[{kind}]]", f'id = "{key}"', 'measure = "turnover"', 'unit = "USD"']
    lines += [f"{name} = {json.dumps(value, ensure_ascii=False)}" for name, value in fields.items()]
    lines.append(f'citations = [{{ source = "written", quote = {json.dumps(quote, ensure_ascii=False)} }}]')
    return "\n".join(lines) + "\n"


def _fact(key: str, quote: str, year: int = 2024, **fields: object) -> str:
    period = f"period = {{ start = {year}-01-01, end = {year}-12-31 }}"
    head = _record("fact", key, quote, description="written", **fields)
    return head.replace('unit = "USD"', f'unit = "USD"\n{period}')


@pytest.fixture
def written(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    records = [
        '[[source]]\nid = "written"\noutlet = "Test"\nlanguage = "kk"\npublished = 2025-03-01\n'
        'archive = "article.txt"\n',
        _fact("kk-scale", KK_TURNOVER, parties=["KZ", "KG"], value=1.7, qualifier="over"),
        _fact("kk-exact-for-over", KK_TURNOVER, parties=["KZ", "KG"], value=1_700_000_000),
        _fact(
            "kk-wrong-year", KK_TURNOVER, 2023, parties=["KZ", "KG"], value=1_700_000_000, qualifier="over"
        ),
        _fact(
            "kk-at-least",
            "Қазақстанның Өзбекстанға экспорты кемінде 2,1 млрд долларды құрады.",
            parties=["KZ", "UZ"],
            value=2_100_000_000,
            qualifier="over",
            context=["period"],
        ),
        _fact(
            "ru-under",
            "В 2024 году товарооборот Казахстана и Кыргызстана составил менее 1,8 млрд долларов.",
            2024,
            parties=["KZ", "KG"],
            value=1_800_000_000,
        ),
        _record(
            "target",
            "ru-deadline",
            "Казахстан и Узбекистан намерены довести товарооборот до 10 млрд долларов к 2030 году.",
            parties=["KZ", "UZ"],
            value=10_000_000_000,
        ).replace('unit = "USD"', 'unit = "USD"\ndeadline = "2035"'),
        _record(
            "target",
            "kk-no-deadline",
            "Қазақстан мен Өзбекстан тауар айналымын 2030 жылға дейін 10 млрд долларға жеткізуге келісті.",
            parties=["KZ", "UZ"],
            value=10_000_000_000,
        ),
    ]
    (tmp_path / "facts.toml").write_text("\n".join(records), encoding="utf-8")
    return tmp_path


def test_kazakh_and_russian_wordings(written: Path) -> None:
    errors = {key: message for key, (message,) in _found(written, "error").items()}
    assert errors == {
        ("kk-scale", "value"): (
            "the record says 1.7 USD, the quote says 1,7 млрд доллардан ($1.7 bn): write 1_700_000_000"
        ),
        ("kk-exact-for-over", "qualifier"): (
            "the record says exact, the quote says «арасындағы тауар айналымы 1,7 млрд доллардан асты» "
            '(over): write qualifier = "over"'
        ),
        ("kk-wrong-year", "period"): (
            "the record says 2023, the quote says 2024: write period = { start = 2024-01-01, end = 2024-12-31 }"
        ),
        ("kk-at-least", "qualifier"): (
            "the record says over, the quote says «өзбекстанға экспорты кемінде 2,1 млрд долларды құрады» "
            '(at_least): write qualifier = "at_least"'
        ),
        ("ru-under", "qualifier"): (
            "the record says exact, the quote says «кыргызстана составил менее 1,8 млрд долларов» (under): "
            'write qualifier = "under"'
        ),
        ("ru-deadline", "deadline"): (
            'the record says 2035, the quote says by 2030: write deadline = "2030"'
        ),
        ("kk-no-deadline", "deadline"): (
            'the record says no deadline, the quote says by 2030: write deadline = "2030"'
        ),
    }
    assert _found(written, "warning") == {}


@pytest.mark.parametrize(
    ("quote", "figures"),
    [
        ("1,7 млрд доллардан асты", [(1.7e9, "USD", "over")]),
        ("кемінде 1,7 млрд доллар", [(1.7e9, "USD", "at_least")]),
        ("почти 2 млрд долларов", [(2e9, "USD", "almost")]),
        ("не более 10%", [(10.0, "percent", "at_most")]),
        ("полмиллиарда долларов", [(5e8, "USD", "exact")]),
        (
            "34 инвестиционных проекта на сумму $4,4 млрд и 7 торговых контрактов на $2,6 млрд",
            [
                (34.0, "count", "exact"),
                (4.4e9, "USD", "exact"),
                (7.0, "count", "exact"),
                (2.6e9, "USD", "exact"),
            ],
        ),
        ("восьми производственных зданий", [(8.0, "count", "exact")]),
    ],
)
def test_every_figure_of_a_quote_with_its_own_qualifier(
    quote: str, figures: list[tuple[float, str, str]], base: FactBase
) -> None:
    reading = read_quote(quote, base)
    assert [(f.value, f.unit, f.qualifier) for f in reading.figures] == figures


def test_a_fall_and_a_deficit_are_negative(base: FactBase) -> None:
    fall = read_quote("экспорт вырос на 5%, а импорт снизился на 3%", base).figures
    assert [f.signed for f in fall] == [5.0, -3.0]
    (deficit,) = read_quote("отрицательное сальдо в размере 1,2 млрд долларов", base).figures
    assert deficit.signed == -1.2e9


def test_periods_in_words_and_ranges(base: FactBase) -> None:
    import datetime

    assert read_quote("2024 жылы", base).period is not None
    span = read_quote("За последние 20 лет (2005-2025 гг.)", base).period
    assert span is not None and (span.start, span.end) == (
        datetime.date(2005, 1, 1),
        datetime.date(2025, 12, 31),
    )
    relative = read_quote("За 10 месяцев текущего года", base, datetime.date(2025, 11, 26)).period
    assert relative is not None and relative.end == datetime.date(2025, 10, 31)


# --- The command ----------------------------------------------------------------------------------


def test_check_command_reports_quote_errors_and_exits_2() -> None:
    result = run("check", str(QUOTES))
    assert result.exit_code == 2
    assert (
        "tests/fixtures/quotes/mistakes.toml: record fact scale-missing: field value: the record says 4.3 USD, "
        "the quote says 4,3 млрд долларов ($4.3 bn): write 4_300_000_000"
    ) in result.stdout
    document = json.loads(run("check", str(QUOTES), "--json").stdout)
    assert document["ok"] is False
    assert {
        "severity": "error",
        "file": "tests/fixtures/quotes/mistakes.toml",
        "record": "agreement signed-for-agreed-to-consider",
        "field": "status",
        "message": EXPECTED_ERRORS[("signed-for-agreed-to-consider", "status")],
        "message_label": EXPECTED_ERRORS[("signed-for-agreed-to-consider", "status")],
    } in document["errors"]


def _check_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "otg_cli", "check", *args], capture_output=True, text=True, check=False
    )


def test_exit_codes_of_a_real_check_process(written: Path, tmp_path: Path) -> None:
    """README "Exit codes": 0 when clean, 2 with errors, and 2 with warnings only under --strict."""
    assert _check_process("--strict", str(QUOTES)).returncode == 2
    assert _check_process(str(written)).returncode == 2
    warned = tmp_path / "warned"
    warned.mkdir()
    (warned / "article.txt").write_text(ARTICLE, encoding="utf-8")
    facts = (written / "facts.toml").read_text(encoding="utf-8")
    source, _, _ = facts.partition("[[fact]]")
    # A right figure whose period comes from nowhere the record says: a warning, not an error.
    quote = "Қазақстанның Өзбекстанға экспорты кемінде 2,1 млрд долларды құрады."
    fact = _fact("kk-at-least", quote, parties=["KZ", "UZ"], value=2_100_000_000, qualifier="at_least")
    (warned / "facts.toml").write_text(source + fact, encoding="utf-8")
    lenient = _check_process(str(warned))
    assert (lenient.returncode, lenient.stdout.splitlines()[-1]) == (
        0,
        "Checked 1 fact file(s): 0 error(s), 1 warning(s).",
    )
    assert _check_process("--strict", str(warned)).returncode == 2
    (warned / "facts.toml").write_text(
        source + fact.replace("citations", 'context = ["period"]\ncitations'), "utf-8"
    )
    clean = _check_process("--strict", str(warned))
    assert (clean.returncode, clean.stdout.strip()) == (0, "Checked 1 fact file(s): clean.")


def test_where_a_problem_is_said_in_the_run_s_language_and_what_a_quote_states_as_found() -> None:
    """Where and what is Russian, and so are the record's period and the figure otg read (the words
    the quote has stay as written, in «»)."""
    result = run("check", str(QUOTES), "--lang", "ru")
    shown = " ".join(result.stdout.split())
    assert "поле period: в записи — январь–июнь 2025 г., в цитате — «января–августа 2025»" in shown
    assert "«4,3 млрд долларов» ($4,3 млрд): напишите 4_300_000_000" in shown
    assert "в цитате — «18,5%» (+18,5%): напишите change_pct = 18.5" in shown
    kazakh = " ".join(run("check", str(QUOTES), "--lang", "kk").stdout.split())
    assert "period өрісі: жазбада — 2025 жылғы қаңтар–маусым, дәйексөзде — «января–августа 2025»" in kazakh


def test_a_figure_without_a_currency_is_still_read_at_its_scale(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Товарооборот составил 1,7 млрд.\n", encoding="utf-8")
    (tmp_path / "facts.toml").write_text(
        '[[source]]\nid = "s"\noutlet = "Test"\nlanguage = "ru"\narchive = "article.txt"\n\n'
        + _fact("no-currency", "Товарооборот составил 1,7 млрд.", parties=["KZ", "KG"], value=1_700_000)
        .replace('source = "written"', 'source = "s"')
        .replace("citations", 'context = ["period", "parties", "unit"]\ncitations'),
        encoding="utf-8",
    )
    errors = {key: message for key, (message,) in _found(tmp_path, "error").items()}
    assert errors == {
        ("no-currency", "value"): (
            "the record says 1_700_000 USD, the quote says 1,7 млрд (1.7 bn): write 1_700_000_000"
        )
    }

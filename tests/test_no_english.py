"""A net for English left in Russian and Kazakh output: a representative set of commands, on good
and bad input (check on broken folders, usage errors, lookups that find nothing, curation's
refusals, --help of every command, piped listings), run under --lang ru and --lang kk, and no run
of three English words may remain in what they print.

What may stay as written is set aside first: `code`, «quotes», 'typed' and "quoted" text,
[the parser's own English], paths, ids and codes (anything with - _ . / = or a digit), and
upper-case names (metavars such as URL, environment variables, Unicode's names of characters).
The phrases themselves are pinned word for word in test_phrases.py; this test catches a message
that never reached them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import run
from factfolder import fact, folder

FIXTURES = Path(__file__).parent / "fixtures"

#: Three English words of three letters or more, one space apart.
_ENGLISH = re.compile(r"(?<![\w-])[A-Za-z]{3,}(?: [A-Za-z]{3,}){2,}(?![\w-])")
_SET_ASIDE = (
    r"`[^`\n]*`",
    r"«[^»]*»",
    r"(?<!\w)'[^'\n]*'",
    r'"[^"\n]*"',
    r"\[[^\[\]\n]*\]",
    r"\S*[-_./=\\0-9]\S*",
    r"\b[A-Z][A-Z]+\b",
)


#: An example command line, to the end of its line; a TOML `key = value` line (otg draft's); the
#: values a message accepts, to the end of its line (codes: field names, measures).
_EXAMPLE = re.compile(
    r"(?:Пример|Мысал|Example): otg .*|(?m:^[A-Za-z_][\w.]* = .*$)"
    r"|(?:[Дд]опустимые|[Дд]опустимы|[Ққ]абылданатындары|[Aa]ccepted|available|доступные):.*"
)


def _commands_named() -> str:
    """otg's commands and a group's command, as help and messages name them (otg source add)."""
    from otg_cli.commands import COMMAND_MODULES

    return rf"\botg (?:{'|'.join(COMMAND_MODULES)})(?: (?:add|info|verify|clear))?\b"


def english_runs(text: str) -> list[str]:
    """The runs of English words in `text`, once what may stay as written is set aside. A tab
    separates cells (tsv): each is read on its own."""
    text = _EXAMPLE.sub(" ", text)
    pieces = [cell for line in text.splitlines() for cell in line.split("\t")] if "\t" in text else [text]
    found = []
    for piece in pieces:
        flat = " ".join(piece.split())
        for pattern in (*_SET_ASIDE, _commands_named()):
            flat = re.sub(pattern, " ", flat)
        found += _ENGLISH.findall(" ".join(flat.split()))
    return found


def test_the_net_catches_english_and_lets_codes_and_quotes_through() -> None:
    assert english_runs("ошибка: fact folder does not exist") == ["fact folder does not exist"]
    assert english_runs("Ошибка: «--lang» (переменная окружения «OTG_LANG»): неизвестный язык «xx»") == []
    assert english_runs("запись fact kz-x: поле value: в цитате — «first ten months» (tonnes)") == []
    assert english_runs("ошибка TOML: [Some parser message here]; `outlet = = x`") == []
    assert english_runs("допустимые: exact, about, over, at_least") == []
    assert english_runs("поле colour: неизвестное поле; допустимые: id, measure,\n  notes") == []


def _broken_folders(tmp_path: Path) -> list[Path]:
    """Fact folders with what a curator gets wrong: a TOML syntax error, control characters in
    a record and in an archived article, a file that is no fact file, a reference to a record
    that does not parse, figures that cannot all be true."""
    syntax = tmp_path / "syntax"
    syntax.mkdir()
    (syntax / "facts.toml").write_text('[[source]]\nid = "s"\noutlet = = "x"\n', encoding="utf-8")
    (syntax / "dates.toml").write_text('[[source]]\nid = "t"\npublished = 20.02.2026\n', encoding="utf-8")
    (syntax / "comma.toml").write_text('[[fact]]\nid = "f"\nvalue = 1,7\n', encoding="utf-8")
    (syntax / "unclosed.toml").write_text('[[fact]]\nid = "g"\nparties = ["KZ"\n', encoding="utf-8")
    control = folder(tmp_path / "control", fact("kz-az-one", 1e9))
    (control / "article.txt").write_text("kz-az-one\nbad\x1b[31m text\n", encoding="utf-8")
    text = (control / "facts.toml").read_text(encoding="utf-8")
    (control / "facts.toml").write_text(text.replace('outlet = "Outlet', 'outlet = "Out\\u202elet'), "utf-8")
    (control / "link.toml").symlink_to(control / "nowhere.toml")
    sums = folder(
        tmp_path / "sums",
        fact("kz-az-year", 100e6),
        fact("kz-az-half", 501e6, period="{ start = 2025-01-01, end = 2025-06-30 }"),
        fact("kz-az-other", 200e6),
    )
    return [syntax, control, sums]


def _commands(tmp_path: Path) -> list[tuple[str, ...]]:
    from otg_cli.commands import COMMAND_MODULES

    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x", encoding="utf-8")
    checked = [("check", str(path), "--format", "table") for path in _broken_folders(tmp_path)]
    checked += [
        ("check", str(FIXTURES / name), "--format", "table")
        for name in ("broken", "quotes", "unbalanced", "disputed", "collision", "change-only", "meetings")
    ]
    helps = [(name, "--help") for name in COMMAND_MODULES] + [
        ("--help",),
        ("source", "add", "--help"),
        *((("cache", name, "--help")) for name in ("info", "verify", "clear")),
    ]
    return [
        *checked,
        ("check", str(tmp_path / "missing")),
        ("turnover", "KZ", "--facts", str(FIXTURES / "broken")),
        ("turnover", "KZ", "--facts", str(tmp_path / "syntax")),
        *helps,
        ("turnover", "KZ", "--bogus"),
        ("turnover",),
        ("turnover", "KZ", "--lang", "xx"),
        ("turnover", "KZ", "--lang", "rus"),
        ("verify", "--as-of", "2025-13-01", "товарооборот"),
        ("facts", "KZ", "--fields", "nosuch"),
        ("facts", "-m", "export"),
        ("turnover", "KZ", "--format", "yaml"),
        ("turnover", "KZ", "--chart", "--json"),
        ("verify", "товарооборот", "--format", "tsv"),
        ("search", "жол", "--fields", "id"),
        ("check", str(FIXTURES / "unbalanced"), "--format", "tsv"),
        ("agreements", "--format", "csv"),
        ("turnover", "KZ", "XX"),
        ("turnover", "Kazakstan"),
        ("turnover", "KZ", "UZ", "1999"),
        ("turnover", "KZ", "UZ", "2025-13"),
        ("show", "nosuch"),
        ("cite", "nosuch"),
        ("schema", "nosuch"),
        ("search", "qqqqqq"),
        ("events", "--match", "zzz"),
        ("agreements", "--country", "XX"),
        ("init", str(tmp_path / "full")),
        ("source", "add", str(tmp_path / "nowhere.txt"), "--outlet", "X", "--date", "2026", "--lang", "ru"),
        ("source", "add", str(tmp_path / "nowhere.txt"), "--outlet", "X"),
        ("draft", "nosuch"),
        ("draft", "baq-2026-02-20-ru"),
        ("quote", "nosuch", "x"),
        ("quote", "baq-2026-02-20-ru", "ничего похожего здесь нет"),
        ("export", str(tmp_path / "full")),
        ("verify", "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"),
        ("verify", "Товарооборот Казахстана и Узбекистана в 2024 году составил 5 млрд долларов"),
        ("verify", "Kazakhstan and Uzbekistan trade reached 4.3 billion dollars in 2025"),
        ("turnover", "KZ", "UZ", "2025"),
        ("targets",),
        ("derived",),
        ("agreements",),
        ("events",),
        ("facts", "KZ", "UZ"),
        ("search", "жол", "картасы"),
        ("cite", "kz-uz-turnover-2025"),
        ("cache", "info"),
    ]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_run_of_english_words_in_russian_or_kazakh_output(tmp_path: Path, language: str) -> None:
    found = {}
    for args in _commands(tmp_path):
        result = run("--lang", language, *args) if args[0] != "--help" else run(*args, "--lang", language)
        runs = english_runs(result.stdout + result.stderr)
        if runs:
            found[" ".join(args)] = runs
    assert found == {}


def test_the_locale_chooses_the_words_of_an_invalid_language_s_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--lang xx` cannot say which language to use: OTG_LANG, then the locale, frame the error,
    which lists the accepted values and what was likely meant."""
    monkeypatch.setenv("LANG", "kk_KZ.UTF-8")
    kazakh = run("turnover", "KZ", "--lang", "rus")
    assert kazakh.exit_code == 2
    assert kazakh.stderr.splitlines()[-1] == (
        "Қате: «--lang» («OTG_LANG» орта айнымалысы): «rus» деген тіл жоқ; мүмкін, «ru» болар? "
        "Қабылданатындары: en, ru, kk"
    )
    monkeypatch.setenv("OTG_LANG", "ru")
    russian = run("--lang", "de", "turnover", "KZ")
    assert russian.stderr.splitlines()[-1] == (
        "Ошибка: «--lang» (переменная окружения «OTG_LANG»): неизвестный язык «de»; допустимые: en, ru, kk"
    )
    assert not english_runs(russian.stderr)


def test_piped_listings_name_records_in_the_run_s_language() -> None:
    """TSV once gave English titles under --lang ru: the default columns take the run's language."""
    (roadmap,) = [
        line.split("\t")
        for line in run("--lang", "ru", "agreements").stdout.splitlines()
        if line.startswith("ots-economic-cooperation-roadmap\t")
    ]
    assert roadmap[3].startswith("Дорожная карта сотрудничества")
    events = run("--lang", "kk", "events", "--header").stdout.splitlines()
    assert events[0].split("\t")[:3] == ["id", "name.kk", "place.kk"]
    assert "\tТүркістан\t" in "\n".join(events)
    (hit,) = run("--lang", "ru", "search", "жол", "картасы").stdout.splitlines()
    assert hit.split("\t")[3].startswith("Дорожная карта")
    english = run("agreements").stdout
    assert "\tRoadmap for cooperation in economy" in english


def test_a_name_missing_in_the_run_s_language_is_piped_in_english(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    folder(mine)
    (mine / "events.toml").write_text(
        '[[event]]\nid = "kz-only-english"\nkind = "meeting"\nname = { en = "A meeting named only in English" }\n'
        'place = { en = "Aktau" }\ndate = "2025-05"\n'
        'citations = [{ source = "src-mine", quote = "kz-only-english" }]\n',
        encoding="utf-8",
    )
    (mine / "article.txt").write_text("kz-only-english\n", encoding="utf-8")
    shown = run("--lang", "kk", "events", "--facts", str(mine)).stdout
    assert "kz-only-english\tA meeting named only in English\tAktau\t" in shown


def test_english_output_is_left_as_it_was() -> None:
    assert os.environ.get("OTG_LANG") is None
    english = run("check", str(FIXTURES / "unbalanced"), "--format", "table").stdout
    assert "parts part ($500, 2025, in " in " ".join(english.split())

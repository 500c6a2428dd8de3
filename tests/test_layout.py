"""Every list otg prints for people, at every width and in every language, after gh's table printer.

Each command is rendered through Rich's Console at a fixed width (never the test machine's
terminal), at 40 to 200 columns, in English, Russian and Kazakh. What must hold at every width:
each record's id, value, period and outlet appear whole on one line (never cut, split or
dropped); no word is broken (every word shown is a word of the same output at a width where
nothing is wrapped or cut, or such a word cut and marked "…"); no line is wider than the
terminal unless it is one word that is; and a wider terminal never gives longer output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from otg_cli import i18n
from otg_cli.commands import app

WIDTHS = (40, 60, 80, 100, 140, 200)
LANGUAGES = ("en", "ru", "kk")
BROKEN = Path(__file__).parent / "fixtures" / "broken"
CLAIM = "Kazakhstan and Uzbekistan traded 4.3 billion dollars in 2025"

COMMANDS: dict[str, tuple[str, ...]] = {
    "turnover": ("turnover", "KZ"),
    "turnover-quotes": ("turnover", "KZ", "KG", "2025", "--quotes"),
    "facts": ("facts",),
    "targets": ("targets",),
    "derived": ("derived",),
    "agreements": ("agreements",),
    "events": ("events",),
    "sources": ("sources",),
    "search": ("search", "roadmap"),
    "check": ("check", "--facts", str(BROKEN)),
    "verify": ("verify", CLAIM),
    "show": ("show", "kz-kg-turnover-2025"),
    "chart": ("turnover", "KZ", "--chart"),
}


def render(args: tuple[str, ...], width: int, language: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """What a terminal `width` columns wide shows for `otg ARGS --lang LANGUAGE`."""
    import rich.console

    def console(*_: Any, **options: Any) -> Console:
        # The screen's console gets the terminal's width; the SVG's keeps its own.
        options.setdefault("width", width)
        options.update(force_terminal=False, color_system=None)
        return real(**options)

    real = rich.console.Console
    with monkeypatch.context() as patch:
        patch.setattr("otg_cli.render.table._console", lambda: real(width=width, force_terminal=False))
        patch.setattr("otg_cli.render.chart.Console", console)
        extra = () if args[0] in ("check", "show") or "--chart" in args else ("--format", "table")
        result = CliRunner().invoke(app, [*args, "--lang", language, *extra])
    assert result.exit_code in (0, 1, 2), result.stderr
    return result.stdout


def records(args: tuple[str, ...], language: str) -> list[dict[str, Any]]:
    """The JSON rows of a listing (the evidence of a verdict), in the language of the run."""
    if args[0] in ("check", "show") or "--chart" in args:
        return []
    result = CliRunner().invoke(app, [*args, "--lang", language, "--json"])
    data = json.loads(result.stdout)
    if isinstance(data, dict):
        return [*data["evidence"], *data["records"]]
    return list(data)


def whole(row: dict[str, Any]) -> Iterator[str]:
    """The texts of a record that must appear whole: id, value, period, outlets."""
    yield row["id"]
    for key in ("value_label", "outlet"):
        if isinstance(row.get(key), str):
            yield row[key]
    period = row.get("period")
    if isinstance(period, dict) and period.get("label"):
        yield period["label"]
    for source in row.get("sources") or ():
        yield source["outlet"]


def headers(language: str) -> set[str]:
    """The words of every column header, as a card labels them ("Period:")."""
    from otg_cli.views.columns import table_spec

    found: set[str] = set()
    with i18n.using(language):  # type: ignore[arg-type]
        for kind in ("fact", "target", "derived", "agreement", "event", "source", "hit"):
            for column in table_spec(kind).columns:
                words = i18n.phrase(column.header).split() if column.header else []
                found.update(words)
                found.update(f"{word}:" for word in words)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_list_keeps_its_answer_whole_at_every_width(
    command: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = COMMANDS[command]
    reference = set(render(args, 1000, language, monkeypatch).split()) | headers(language)
    texts = [text for row in records(args, language) for text in whole(row)]
    counts = []
    for width in WIDTHS:
        shown = render(args, width, language, monkeypatch)
        lines = shown.splitlines()
        counts.append(len(lines))
        assert shown.strip(), (command, width)
        for text in texts:
            if cell_len(text) <= width - 4:
                assert any(text in line for line in lines), (command, language, width, text, shown)
        for line in lines:
            assert cell_len(line.rstrip()) <= width or len(line.split()) == 1, (command, width, line)
            for word in line.split():
                bare = word.removesuffix("…")
                if set(bare) <= set("█▒"):  # a bar, scaled to the width
                    continue
                assert {bare, bare.rstrip(";:"), f"{bare};"} & reference, (
                    command,
                    language,
                    width,
                    word,
                    line,
                )
    assert counts == sorted(counts, reverse=True), (command, language, dict(zip(WIDTHS, counts, strict=True)))


def test_a_wider_terminal_never_gives_a_longer_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report of the issue: `otg facts` was 53 lines at 80 columns and 553 at 100."""
    at_80 = render(("facts",), 80, "en", monkeypatch).count("\n")
    at_100 = render(("facts",), 100, "en", monkeypatch).count("\n")
    assert at_100 <= at_80


def test_one_line_per_record_at_ordinary_widths_and_cards_when_narrow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = render(("turnover", "KZ", "UZ", "2025"), 100, "en", monkeypatch).splitlines()
    row = next(line for line in shown if "Jan–Aug 2025" in line)
    # Subject, period (part year marked), value and change on one line; id and source below it.
    assert row.split()[:3] == ["KZ", "–", "UZ"] and "part year (8 mo)" in row and "$3 bn" in row
    assert "+18.5%" in row
    below = shown[shown.index(row) + 1]
    assert "kz-uz-turnover-2025-jan-aug" in below and "BAQ.KZ · date not stated · ru" in below
    narrow = render(("turnover", "KZ", "UZ", "2025"), 60, "en", monkeypatch).splitlines()
    assert "  Value: $3 bn" in narrow and "  ID: kz-uz-turnover-2025-jan-aug" in narrow


def test_optional_text_is_cut_after_a_whole_word(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.text import Text

    from otg_cli.render.layout import cut

    assert cut(Text("Kazakhstan–Turkmenistan trade turnover"), 30).plain == "Kazakhstan–Turkmenistan trade…"
    assert cut(Text("Kazakhstan–Turkmenistan"), 10).plain == "…"
    assert cut(Text("short"), 10).plain == "short"


def test_show_says_the_answer_first_and_the_fields_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = render(("show", "kz-kg-turnover-2025"), 100, "en", monkeypatch).splitlines()
    assert shown[0] == "fact kz-kg-turnover-2025"
    assert shown[1].startswith("almost $2 bn · 2025 · Kazakhstan's trade turnover with Kyrgyzstan")
    assert "    «Кыргызстаном – почти 2 млрд долларов»" in shown
    assert shown.index("Sources") < shown.index("Notes")
    assert not any(line.startswith("  value: ") for line in shown)
    raw = render(("show", "kz-kg-turnover-2025", "--raw"), 100, "en", monkeypatch).splitlines()
    assert "  value: 2000000000" in raw and "  qualifier: almost" in raw


def _svg(tmp_path: Path, width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    svg = tmp_path / f"chart-{width}.svg"
    shown = render(("turnover", "KZ", "--chart", "--svg", str(svg)), width, "en", monkeypatch)
    assert "Kazakhstan – Uzbekistan" in shown
    return svg.read_text(encoding="utf-8")


def _svg_lines(drawing: str) -> list[str]:
    """The text of each line of the SVG, its pieces joined in order."""
    import html
    import re

    lines: dict[str, list[str]] = {}
    for y, text in re.findall(r'<text [^>]*y="([\d.]+)"[^>]*>([^<]*)</text>', drawing):
        lines.setdefault(y, []).append(html.unescape(text).replace("\xa0", " "))
    return [" ".join(pieces) for pieces in lines.values()]


def test_the_svg_is_a_fixed_white_page_in_a_system_font_with_whole_source_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    narrow, wide = _svg(tmp_path, 60, monkeypatch), _svg(tmp_path, 200, monkeypatch)
    sizes = [re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', drawing) for drawing in (narrow, wide)]
    assert sizes[0] is not None and sizes[1] is not None
    assert sizes[0].groups() == sizes[1].groups()  # the terminal's width does not matter
    for drawing in (narrow, wide):
        assert '<rect width="100%" height="100%" fill="#ffffff"/>' in drawing
        assert "@font-face" not in drawing and "Fira Code" not in drawing and "<link" not in drawing
        assert re.findall(r"https?://[^\s\"']+", drawing) == ["http://www.w3.org/2000/svg"]
        assert "#ff5f57" not in drawing  # no window frame
    lines = _svg_lines(wide)
    for source in (
        "BAQ.KZ · 20 Feb 2026 · ru",
        "Kazakhstan Today · 26 Nov 2025 · ru",
        "Kazinform · 8 Jan 2026 · kk",
    ):
        assert any(source in line for line in lines), source


def test_each_bar_has_its_value_and_its_own_source_and_part_years_are_not_yellow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from otg_cli.render import chart

    assert "yellow" not in chart.PARTIAL_STYLE
    lines = render(("turnover", "KZ", "UZ", "--chart"), 80, "en", monkeypatch).splitlines()
    label = lines.index("Kazakhstan – Uzbekistan · Jan–Aug 2025 · part year (8 mo)")
    assert lines[label + 1].startswith(chart.PARTIAL) and lines[label + 1].endswith(" $3 bn")
    assert lines[label + 2] == "  BAQ.KZ · date not stated · ru"


@pytest.mark.parametrize("width", [60, 80, 100])
def test_a_real_terminal_shows_the_same_lines_in_colour(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through pyte, a terminal of `width` columns: colour codes take no room, and nothing wraps."""
    import pyte
    import rich.console

    plain_lines = render(("facts", "KZ", "UZ"), width, "ru", monkeypatch).splitlines()
    real = rich.console.Console
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(
        "otg_cli.render.table._console",
        lambda: real(width=width, force_terminal=True, color_system="standard"),
    )
    coloured = CliRunner().invoke(app, ["facts", "KZ", "UZ", "--lang", "ru", "--format", "table"]).stdout
    assert "\x1b[" in coloured
    screen = pyte.Screen(width, len(plain_lines) + 5)
    pyte.Stream(screen).feed(coloured.replace("\n", "\r\n"))
    assert [line.rstrip() for line in screen.display[: len(plain_lines)]] == plain_lines

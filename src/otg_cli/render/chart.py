"""`--chart`: figures as bars in the terminal, each with its value, qualifier, period and source.

Each bar is a small block: its label (the parties and the period, a part year marked with its
months) on a line of its own, wrapped between whole segments, never folded; the bar with its
value; then, dim, the source that states that figure. A part-year figure is drawn in its own
pattern, so it is never read as a year's, and in blue rather than yellow, which light themes wash
out. A figure whose value is not stated, or not in US dollars, gets no bar. Every text goes
through `table.plain` (control and invisible characters escaped), on screen and in the SVG.

`--svg FILE` draws the same chart again at a fixed width (`SVG_COLUMNS`), so the image does not
depend on the terminal, and writes it through `curation.files.write_file` (atomic; `--force` to
replace a file): a white page in the system's monospace font, no window frame, and nothing loaded
from the network (Rich's own template fetches a web font).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from otg_cli import views
from otg_cli.countries import party_line
from otg_cli.render import layout
from otg_cli.render.table import plain

if TYPE_CHECKING:
    from otg_cli.models import Fact, FactBase
    from otg_cli.views import View

BAR_WIDTH = 40
FULL = "█"
PARTIAL = "▒"
SVG_COLUMNS = 88
FULL_STYLE = "green"
PARTIAL_STYLE = "blue"


def draw_chart(
    found: list[Fact], base: FactBase, *, title: str, svg: Path | None, force: bool = False
) -> None:
    refuse_existing(svg, force=force)
    every = views.views("fact", found, base)
    drawable = [v for v in every if v.row["value"] is not None and v.row["unit"] == "USD"]
    from otg_cli.render.terminal import console_settings

    console = Console(highlight=False, emoji=False, markup=False, **console_settings())
    layout.emit(console, chart_lines(every, drawable, base, title, console.width))
    if svg is not None:
        from otg_cli.curation.files import write_file

        recorder = Console(
            width=SVG_COLUMNS, record=True, file=io.StringIO(), highlight=False, emoji=False, markup=False
        )
        layout.emit(recorder, chart_lines(every, drawable, base, title, SVG_COLUMNS))
        from rich.terminal_theme import DEFAULT_TERMINAL_THEME  # black on white

        svg_text = recorder.export_svg(theme=DEFAULT_TERMINAL_THEME, code_format=SVG_FORMAT)
        data = svg_text.encode("utf-8")
        write_file(svg, data, overwrite=force, option="--force")


def chart_lines(
    every: list[View], drawable: list[View], base: FactBase, title: str, width: int
) -> list[Text]:
    """The chart at `width` columns: title, one block per bar, the legend."""
    lines = layout.wrap_words(plain(title, style="bold"), width)
    largest = max((v.row["value"] for v in drawable), default=0.0)
    values = [_value(view) for view in drawable]
    room = max(1, min(BAR_WIDTH, width - 1 - max((t.cell_len for t in values), default=0)))
    for view, value in zip(drawable, values, strict=True):
        row = view.row
        whole = bool(view.labels["whole_years"])
        label = [plain(party_line(row["parties"], base), style="bold"), plain(row["period"]["label"])]
        if view.labels["span_note"]:
            label.append(plain(view.labels["span_note"]))
        lines.append(Text())
        lines.extend(layout.segmented(label, width, indent=2))
        length = max(1, round(room * row["value"] / largest)) if largest else 1
        bar = Text((FULL if whole else PARTIAL) * length, style=FULL_STYLE if whole else PARTIAL_STYLE)
        lines.append(bar.append(" ").append_text(value))
        if view.labels["disagree"]:  # on a line of its own: a long language must not push it past the width
            lines.append(Text("  ").append_text(plain(view.labels["disagree"], style="red")))
        lines.extend(
            layout.wrap(
                layout.listed([plain(c, style="dim") for c in view.labels["citation_list"]]),
                width,
                indent=4,
                first=Text("  "),
            )
        )
    lines.append(Text())
    legend = say(
        "{full} full year   {partial} part of a year or other period; bars share one scale",
        full=FULL,
        partial=PARTIAL,
    )
    lines.extend(layout.wrap_words(Text(legend, style="dim"), width))
    skipped = [v.row["id"] for v in every if v not in drawable]
    if skipped:
        note = say("Not drawn (no value or not in USD): {ids}", ids=", ".join(skipped))
        lines.extend(layout.wrap_words(plain(note, style="dim"), width, indent=2))
    return lines


def say(text: str, /, **values: object) -> str:
    from otg_cli.i18n import phrase

    return phrase(text, **values)


def _value(view: View) -> Text:
    return plain(view.labels["amount"], style="bold")


def refuse_existing(svg: Path | None, *, force: bool) -> None:
    """Before anything is drawn: `--svg FILE` never replaces a file without `--force`."""
    if svg is not None and not force and svg.exists():
        from otg_cli.errors import OtgError
        from otg_cli.factfiles import display_path
        from otg_cli.i18n import phrase

        raise OtgError(phrase("{path} already exists; add --force to replace it", path=display_path(svg)))


#: Rich's SVG template without its web font and window frame: a white page, the system's
#: monospace font. Rich fills in the sizes, the styles and the lines.
SVG_FORMAT = """\
<svg class="rich-terminal" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
    <style>
    .{unique_id}-matrix {{
        font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
        font-size: {char_height}px;
        line-height: {line_height}px;
        font-variant-east-asian: full-width;
    }}
    {styles}
    </style>
    <defs>
    <clipPath id="{unique_id}-clip-terminal">
      <rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
    </clipPath>
    {lines}
    </defs>
    <rect width="100%" height="100%" fill="#ffffff"/>
    <g transform="translate({terminal_x}, {terminal_y})" clip-path="url(#{unique_id}-clip-terminal)">
    {backgrounds}
    <g class="{unique_id}-matrix">
    {matrix}
    </g>
    </g>
</svg>
"""

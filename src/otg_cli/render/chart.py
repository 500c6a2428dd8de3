"""`--chart`: figures as bars in the terminal, each labelled with its value, qualifier and period.

A part-year figure is drawn in its own pattern and labelled with its months, so it is never read
as a year's; a figure whose value is not stated gets no bar. `--svg FILE` saves what was shown.
The labels are those of the views (`otg_cli.views`), as in the table, and like the table's every
text goes through `table.plain` (control and invisible characters escaped), on screen and in the SVG.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from otg_cli import views
from otg_cli.countries import party_line
from otg_cli.models import Fact, FactBase
from otg_cli.render.table import plain

BAR_WIDTH = 40
FULL = "█"
PARTIAL = "▒"


def draw_chart(
    found: list[Fact], base: FactBase, *, title: str, svg: Path | None, force: bool = False
) -> None:
    refuse_existing(svg, force=force)
    console = Console(highlight=False, emoji=False, markup=False, record=svg is not None)
    every = views.views("fact", found, base)
    drawable = [v for v in every if v.row["value"] is not None and v.row["unit"] == "USD"]
    largest = max((v.row["value"] for v in drawable), default=0.0)
    table = Table(title=plain(title), title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("parties", overflow="fold")
    table.add_column("period", overflow="fold")
    table.add_column("bar", no_wrap=True)
    table.add_column("value", no_wrap=True)
    for view in drawable:
        row = view.row
        kind = row["period"]["span_label"]
        whole = row["period"]["span"] in ("full_year", "full_years")
        length = max(1, round(BAR_WIDTH * row["value"] / largest)) if largest else 1
        bar = Text(FULL * length if whole else PARTIAL * length, style="green" if whole else "yellow")
        period = row["period"]["label"] + ("" if whole else f" · {kind}")
        table.add_row(
            plain(party_line(row["parties"], base)),
            plain(period),
            bar,
            plain(view.labels["amount"] + (f"  {disagree}" if (disagree := view.labels["disagree"]) else "")),
        )
    console.print(table)
    console.print(
        Text(
            f"{FULL} full year   {PARTIAL} part of a year or other period; bars share one scale", style="dim"
        )
    )
    sources = sorted({line for v in drawable for line in v.labels["citation_list"]})
    console.print(plain("Sources: " + "; ".join(sources), style="dim"), soft_wrap=True)
    skipped = [v.row["id"] for v in every if v not in drawable]
    if skipped:
        console.print(
            plain(f"Not drawn (no value or not in USD): {', '.join(skipped)}", style="dim"), soft_wrap=True
        )
    if svg is not None:
        from otg_cli.curation.files import write_file

        data = console.export_svg(title=plain(title).plain).encode("utf-8")
        write_file(svg, data, overwrite=force, option="--force")


def refuse_existing(svg: Path | None, *, force: bool) -> None:
    """Before anything is drawn: `--svg FILE` never replaces a file without `--force`."""
    if svg is not None and not force and svg.exists():
        from otg_cli.errors import OtgError
        from otg_cli.factfiles import display_path

        raise OtgError(f"{display_path(svg)} already exists; add --force to replace it")

"""`--chart`: figures as bars in the terminal, each labelled with its value, qualifier and period.

A part-year figure is drawn in its own pattern and labelled with its months, so it is never read
as a year's; a figure whose value is not stated gets no bar. `--svg FILE` saves what was shown.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from otg_cli import periods
from otg_cli.countries import party_name
from otg_cli.figures import format_amount
from otg_cli.models import Fact, FactBase
from otg_cli.render.table import citation_line

BAR_WIDTH = 40
FULL = "█"
PARTIAL = "▒"


def _label(fact: Fact, base: FactBase) -> str:
    return " – ".join(party_name(p, base) for p in fact.parties)


def draw_chart(found: list[Fact], base: FactBase, *, title: str, svg: Path | None) -> None:
    console = Console(highlight=False, emoji=False, markup=False, record=svg is not None)
    drawable = [f for f in found if f.value is not None and f.unit == "USD"]
    largest = max((f.value for f in drawable if f.value is not None), default=0.0)
    table = Table(title=Text(title), title_justify="left", box=None, show_header=False, padding=(0, 1))
    table.add_column("parties", overflow="fold")
    table.add_column("period", overflow="fold")
    table.add_column("bar", no_wrap=True)
    table.add_column("value", no_wrap=True)
    for fact in drawable:
        assert fact.value is not None
        kind = periods.period_kind(fact.period)
        whole = kind in ("full year", "full years")
        length = max(1, round(BAR_WIDTH * fact.value / largest)) if largest else 1
        bar = Text(FULL * length if whole else PARTIAL * length, style="green" if whole else "yellow")
        period = periods.describe_period(fact.period) + ("" if whole else f" · {kind}")
        table.add_row(
            Text(_label(fact, base)),
            Text(period),
            bar,
            Text(
                format_amount(fact.value, fact.unit, fact.qualifier)
                + ("  sources disagree" if fact.conflicts_with else "")
            ),
        )
    console.print(table)
    console.print(
        Text(
            f"{FULL} full year   {PARTIAL} part of a year or other period; bars share one scale", style="dim"
        )
    )
    sources = sorted({citation_line(c, base) for f in drawable for c in f.citations})
    console.print(Text("Sources: " + "; ".join(sources), style="dim"), soft_wrap=True)
    skipped = [f.id for f in found if f not in drawable]
    if skipped:
        console.print(
            Text(f"Not drawn (no value or not in USD): {', '.join(skipped)}", style="dim"), soft_wrap=True
        )
    if svg is not None:
        try:
            console.save_svg(str(svg), title=title)
        except OSError as error:
            from otg_cli.errors import OtgError

            raise OtgError(f"cannot write {svg}: {error.strerror or error}") from None

"""`otg show` for people: the answer first, then its sources and quotes, then its notes.

The first line says what the record is in one breath (value · period · what · parties for a
fact); each source follows with its quote under it, with hanging indents, so that a long quote
never folds mid-word; `--raw` adds every field of the JSON row, one per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from otg_cli import i18n, views
from otg_cli.render import layout
from otg_cli.render.table import plain
from otg_cli.views import labels

if TYPE_CHECKING:
    from rich.console import Console

    from otg_cli.models import FactBase

say = i18n.phrase


def show(console: Console, found: object, base: FactBase, *, raw: bool = False) -> None:
    data = views.row(found, base)
    details = labels.details(found, base)
    width = console.width
    layout.emit(console, layout.wrap_words(plain(f"{data['kind']} {data['id']}", style="cyan"), width))
    units: list[Text] = []
    for part, prose in labels.summary(found, base):
        if part:
            text = plain(part, style="bold")
            units.extend(layout.words(text) if prose else [text])
            units[-1].append(" ·")
    if units:
        units[-1].right_crop(2)
    layout.emit(console, layout.wrap(units, width, indent=2))
    for conflict in data.get("conflicts_with") or ():
        layout.paragraph(console, plain(f"{say('Sources disagree')}: {conflict} (otg show {conflict})", style="red"))
    if details["participants"]:
        console.print()
        console.print(Text(say("Participants"), style="bold"))
        for participant in details["participants"]:
            layout.paragraph(console, plain(participant), indent=4)
    if details["sources"]:
        console.print()
        console.print(Text(say("Sources"), style="bold"))
        for cited, quote in details["sources"]:
            layout.paragraph(console, plain(cited), indent=4)
            layout.paragraph(console, plain(quote), indent=5)
    notes = data.get("notes") or ()
    if notes:
        console.print()
        console.print(Text(say("Notes"), style="bold"))
        for note in notes:
            layout.paragraph(console, plain(f"  {note}", style="italic"), indent=4)
    if raw:
        console.print()
        console.print(Text(say("Fields"), style="bold"))
        for key, value in data.items():
            if key in ("sources", "notes"):
                continue
            layout.paragraph(console, plain(f"  {key}: {_plain(value)}"), indent=6)


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) or "—"
    return str(value)

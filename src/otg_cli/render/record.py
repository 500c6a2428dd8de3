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


#: Fields that say where a record comes from, shown (when set) after the summary.
DETAILS: dict[str, tuple[str, ...]] = {
    "source": ("url", "reporter", "dateline", "retrieved", "archive", "sha256", "cited_by"),
    "fact": ("part_of",),
}


def show(console: Console, found: object, base: FactBase, *, raw: bool = False) -> None:
    data = views.row(found, base)
    details = labels.details(found, base)
    kind = say(f"record {data['kind']}")
    layout.emit(console, layout.wrap_words(plain(f"{kind} {data['id']}", style="cyan"), console.width))
    layout.emit(console, _summary(found, base, console.width))
    for conflict in data.get("conflicts_with") or ():
        line = f"{say('Sources disagree')}: {conflict} (otg show {conflict})"
        layout.paragraph(console, plain(line, style="red"))
    shown = [(k, data.get(k)) for k in DETAILS.get(str(data["kind"]), ())]
    _section(
        console, say("Details"), [(plain(f"  {say(f'field {k}')}: {_plain(v)}"), 6) for k, v in shown if v]
    )
    _section(console, say("Participants"), [(plain(p), 4) for p in details["participants"]])
    cited = [
        (plain(text), indent)
        for pair in details["sources"]
        for text, indent in zip(pair, (4, 5), strict=True)
    ]
    _section(console, say("Sources"), cited)
    notes = [(plain(f"  {note}", style="italic"), 4) for note in data.get("notes") or ()]
    _section(console, say("Notes"), notes)
    if raw:
        fields = [(plain(f"  {k}: {_plain(v)}"), 6) for k, v in data.items() if k not in ("sources", "notes")]
        _section(console, say("Fields"), fields)


def _summary(found: object, base: FactBase, width: int) -> list[Text]:
    """Value · period · what · parties, wrapped between the words of what only."""
    units: list[Text] = []
    for part, prose in labels.summary(found, base):
        if part:
            text = plain(part, style="bold")
            units.extend(layout.words(text) if prose else [text])
            units[-1].append(" ·")
    if units:
        units[-1].right_crop(2)
    return layout.wrap(units, width, indent=2)


def _section(console: Console, heading: str, paragraphs: list[tuple[Text, int]]) -> None:
    """A heading and its paragraphs, each with its hanging indent; nothing when there are none."""
    if not paragraphs:
        return
    console.print()
    console.print(Text(heading, style="bold"))
    for text, indent in paragraphs:
        layout.paragraph(console, text, indent=indent)


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) or "—"
    return str(value)

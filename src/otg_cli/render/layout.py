"""Lists laid out for a terminal of a given width, after gh's table printer.

Rich's Table drops whole columns, and folds words letter by letter, when its columns' minimum
widths do not fit. Here otg decides every width itself, measured in terminal cells (Rich's
`cell_len`), then prints lines that are already laid out (`soft_wrap`, so Rich neither wraps nor
crops them):

- A column that is kept (value, period, outlet and date, id, the subject) is never cut, never
  dropped and never broken inside one of its segments: it takes its full width, as a column of
  gh whose truncation is turned off.
- Optional text (a description, a title, a note) is cut at a word boundary and marked "…"; the
  cut columns share the width the kept ones leave (short ones first, as gh does), and one that
  cannot have `MIN_CUT` cells gets a line of its own under the record's line, cut to fit.
- The parts below the line (the id, sources, a disagreement, a formula) go on a dim second line,
  wrapped between segments, never inside one.
- Where the kept columns are too wide to align, each record's kept cells are one unaligned line;
  on a terminal narrower than `CARD_BELOW`, each record is a card: one labelled line per column,
  wrapped with a hanging indent.

Line counts never grow with width: each layout holds the same records at every width, a wider
terminal only wraps less, and each fallback (own line for optional text, unaligned lines, cards)
takes at least as many lines as the layout it replaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

#: Below this many columns, every record is a card.
CARD_BELOW = 70
#: A cut column is at least this wide (or its header's width).
MIN_CUT = 24
GAP = "  "
JOIN = " · "
ELLIPSIS = "…"


class Cell(NamedTuple):
    """What one column shows for one record: segments, each of which is never broken."""

    segments: tuple[Text, ...]

    def line(self) -> Text:
        return Text(JOIN).join(self.segments) if self.segments else Text()

    def width(self) -> int:
        return self.line().cell_len


class Slot(NamedTuple):
    """A column of the layout: its header and how it may be laid out."""

    header: str
    #: "keep": never cut; "cut": optional text, cut at a word; "below": on the second line.
    fit: str
    justify: str = "left"
    ratio: int = 1


class Record(NamedTuple):
    cells: tuple[Cell, ...]


def words(text: Text) -> list[Text]:
    """The words of a text (split at spaces and newlines), with their styles."""
    found: list[Text] = []
    for line in text.split("\n"):
        found.extend(word for word in line.split(" ") if word.plain)
    return found


def wrap(units: Sequence[Text], width: int, *, indent: int = 0, first: Text | None = None) -> list[Text]:
    """Lines of at most `width` cells, broken only between units, continuation lines indented.

    A unit wider than a whole line is broken at its spaces (a 40-column terminal cannot show a
    41-cell period on one line); a single word wider than a line stays whole on a line of its own:
    it is never cut or folded.
    """
    fitted: list[Text] = []
    for unit in units:
        fitted.extend(words(unit) if unit.cell_len > width - indent else [unit])
    units = fitted
    lines: list[Text] = []
    current = first.copy() if first is not None else Text()
    started = bool(first is not None and first.plain.strip())
    for unit in units:
        if not unit.plain:
            continue
        needed = current.cell_len + (1 if started else 0) + unit.cell_len
        if started and needed > width:
            lines.append(current)
            current = Text(" " * indent)
            started = False
        if started:
            current.append(" ")
        current.append_text(unit)
        started = True
    if started or current.plain.strip():
        lines.append(current)
    return lines


def wrap_words(text: Text | str, width: int, *, indent: int = 0) -> list[Text]:
    """A text wrapped at its words, each line after the first indented by `indent`."""
    value = Text(text) if isinstance(text, str) else text
    lines: list[Text] = []
    for paragraph in value.split("\n", allow_blank=True):
        lead = len(paragraph.plain) - len(paragraph.plain.lstrip(" "))
        hanging = max(indent, lead)
        start = Text(" " * lead)
        lines.extend(wrap(words(paragraph), width, indent=hanging, first=start) or [Text()])
    return lines


def segmented(segments: Iterable[Text], width: int, *, indent: int, style: str = "") -> list[Text]:
    """Segments joined by " · " on lines of `width`, broken only between segments."""
    units: list[Text] = []
    items = [s for s in segments if s.plain]
    for index, segment in enumerate(items):
        unit = segment.copy()
        if index < len(items) - 1:
            unit.append(JOIN.rstrip())
        units.append(unit)
    lines = wrap(units, width, indent=indent)
    for line in lines:
        line.stylize(style)
    return lines


def listed(segments: Sequence[Text], mark: str = ";") -> list[Text]:
    """The segments of one cell as units of a line: "a;", "b;", "c" (a cell ends without a mark)."""
    units = [segment.copy() for segment in segments if segment.plain]
    for unit in units[:-1]:
        unit.append(mark)
    return units


def cut(text: Text, width: int) -> Text:
    """The text on one line of at most `width` cells, cut after a whole word and marked "…"."""
    if text.cell_len <= width:
        return text
    kept = Text()
    for word in words(text):
        candidate = kept.cell_len + (1 if kept.plain else 0) + word.cell_len
        if candidate + cell_len(ELLIPSIS) > width:
            break
        if kept.plain:
            kept.append(" ")
        kept.append_text(word)
    kept.append(ELLIPSIS, style="dim")
    return kept


def _pad(text: Text, width: int, justify: str) -> Text:
    space = " " * max(0, width - text.cell_len)
    if justify == "right":
        return Text(space).append_text(text)
    return text.copy().append(space)


def widths(slots: Sequence[Slot], records: Sequence[Record], total: int) -> list[int] | None:
    """The width of each column of the first line (0: left out), or None when a table does not fit."""
    shown = [i for i, slot in enumerate(slots) if slot.fit != "below"]
    natural = {i: max([cell_len(slots[i].header), *(r.cells[i].width() for r in records)]) for i in shown}
    decided = {i: natural[i] for i in shown if slots[i].fit == "keep"}
    flexible = [i for i in shown if slots[i].fit == "cut"]
    floors = {i: min(natural[i], max(MIN_CUT, cell_len(slots[i].header))) for i in flexible}
    gap = cell_len(GAP)

    def room() -> int:
        return total - sum(decided.values()) - gap * (len(decided) + len(flexible) - 1)

    if room() + gap * len(flexible) < 0:
        return None
    # Optional text that has no room even at its narrowest is left out, the last column first.
    while flexible and room() < sum(floors[i] for i in flexible):
        decided[flexible.pop()] = 0
    left = room()
    # As gh does: a short column gets all it needs, the long ones share what is left by ratio.
    pending = sorted(flexible, key=lambda i: natural[i])
    while pending:
        shares = sum(slots[i].ratio for i in pending)
        i = pending[0]
        if natural[i] <= left * slots[i].ratio // shares:
            decided[i] = natural[i]
            left -= natural[i]
            pending.pop(0)
            continue
        for j in pending:
            decided[j] = max(floors[j], left * slots[j].ratio // shares)
        break
    return [decided.get(i, 0) for i in range(len(slots))]


def _shown(slots: Sequence[Slot], sizes: Sequence[int]) -> list[int]:
    return [i for i, slot in enumerate(slots) if slot.fit != "below" and (sizes[i] or slot.fit == "keep")]


def table_lines(slots: Sequence[Slot], records: Sequence[Record], total: int) -> list[Text] | None:
    """The header, then a line per record, and under it its dim line; None when it does not fit.

    Optional text that found no room on the line has a line of its own under it, cut to fit.
    """
    sizes = widths(slots, records, total)
    if sizes is None:
        return None
    shown = _shown(slots, sizes)
    moved = [i for i, slot in enumerate(slots) if slot.fit == "cut" and i not in shown]

    def line(cells: Sequence[Text]) -> Text:
        pieces = [_pad(cells[n], sizes[i], slots[i].justify) for n, i in enumerate(shown)]
        joined = Text(GAP).join(pieces)
        joined.rstrip()
        return joined

    header = line([Text(slots[i].header) for i in shown])
    header.stylize("bold")
    lines = [header]
    for record in records:
        first = [record.cells[i].line() for i in shown]
        lines.append(line([cut(text, sizes[i]) for text, i in zip(first, shown, strict=True)]))
        lines.extend(_under(slots, record, moved, total))
    return lines


def flow_lines(slots: Sequence[Slot], records: Sequence[Record], total: int) -> list[Text]:
    """Where the kept columns are too wide to align: each record's kept cells on one line, unaligned."""
    kept = [i for i, slot in enumerate(slots) if slot.fit == "keep"]
    moved = [i for i, slot in enumerate(slots) if slot.fit == "cut"]
    lines: list[Text] = []
    for record in records:
        cells = [listed(record.cells[i].segments, JOIN.rstrip()) for i in kept]
        lines.extend(_joined([units for units in cells if units], total, indent=4, first=Text()))
        lines.extend(_under(slots, record, moved, total))
    return lines


def _joined(cells: list[list[Text]], total: int, *, indent: int, first: Text) -> list[Text]:
    """Cells on lines of `total`, two spaces between cells, broken only between segments."""
    for units in cells[:-1]:
        units[-1].append(" ")  # two spaces between cells, one inside
    found = wrap([u for units in cells for u in units], total, indent=indent, first=first)
    for line in found:
        line.rstrip()
    return found


def _under(slots: Sequence[Slot], record: Record, moved: Sequence[int], total: int) -> list[Text]:
    """Under a record's line: its optional text that had no room there, then its dim line."""
    lines = []
    for i in moved:
        if record.cells[i].segments:
            lines.append(Text("  ").append_text(cut(record.cells[i].line(), total - 2)))
    below = [listed(record.cells[i].segments) for i, slot in enumerate(slots) if slot.fit == "below"]
    for line in _joined([units for units in below if units], total, indent=4, first=Text("  ")):
        line.stylize("dim")
        lines.append(line)
    return lines


def card_lines(slots: Sequence[Slot], records: Sequence[Record], total: int) -> list[Text]:
    """One card per record: its first column in bold, then a labelled line per other column."""
    lines: list[Text] = []
    for number, record in enumerate(records):
        if number:
            lines.append(Text())
        for index, (slot, cell) in enumerate(zip(slots, record.cells, strict=True)):
            if not cell.segments:
                continue
            if index == 0:
                lines.extend(segmented(cell.segments, total, indent=0, style="bold"))
                continue
            label = Text(f"  {slot.header}:" if slot.header else "  ", style="dim")
            units = list(cell.segments) if slot.fit != "cut" else words(cell.line())
            lines.extend(wrap(units, total, indent=4, first=label))
    return lines


def lay_out(slots: Sequence[Slot], records: Sequence[Record], total: int) -> list[Text]:
    """A table where it fits at this width; unaligned lines where its kept columns do not; else cards."""
    if total < CARD_BELOW:
        return card_lines(slots, records, total)
    return table_lines(slots, records, total) or flow_lines(slots, records, total)


def emit(console: Console, lines: Iterable[Text]) -> None:
    """Lines already laid out: Rich neither wraps nor crops them."""
    for line in lines:
        console.print(line, soft_wrap=True)


def paragraph(console: Console, text: Text | str, *, indent: int = 2) -> None:
    """A paragraph wrapped at its words to the console's width, with a hanging indent."""
    emit(console, wrap_words(text, console.width, indent=indent))

"""`--format tsv`, the default when stdout is not a terminal: one record per line, fields separated
by tabs, no header, no colour, nothing cut. A tab, newline or backslash inside a value is written
as \\t, \\n or \\\\ so that every record stays on one line.
"""

from __future__ import annotations

import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.fields import flat_rows


def escape(cell: str) -> str:
    return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class TsvFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        fields = fields_for(listing.kind, options)
        for cells in flat_rows(listing.rows(), fields):
            sys.stdout.write("\t".join(escape(cell) for cell in cells) + "\n")

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        fields_for(kind, options)


FORMATTER = TsvFormatter()

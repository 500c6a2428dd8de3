"""`--format tsv`, the default when stdout is not a terminal: one record per line, fields separated by
tabs, no header (`--header` adds a line of field names), no colour, nothing cut. A tab, newline,
carriage return or backslash inside a value is written as \\t, \\n, \\r or \\\\ so that every record
stays on one line, and any other control or invisible character as its escape (`safe_text`: \\x1b,
\\u202e), so that the text can always be read back.
"""

from __future__ import annotations

import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.fields import flat_rows
from otg_cli.safe_text import visible


def escape(cell: str) -> str:
    return visible(cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))


class TsvFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        fields = fields_for(listing.kind, options)
        if options.with_header():
            sys.stdout.write("\t".join(escape(field) for field in fields) + "\n")
        for cells in flat_rows(listing.rows(), fields, english_for_missing=options.fields is None):
            sys.stdout.write("\t".join(escape(cell) for cell in cells) + "\n")

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        fields = fields_for(kind, options)
        if options.with_header():
            sys.stdout.write("\t".join(escape(field) for field in fields) + "\n")


FORMATTER = TsvFormatter()

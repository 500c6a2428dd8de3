"""`--format ndjson`: one JSON record per line, for `jq -c`, `while read` loops and log tools."""

from __future__ import annotations

import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.json_format import chosen_rows, dump


class NdjsonFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        for row in chosen_rows(listing, options):
            sys.stdout.write(dump(row, indent=None) + "\n")

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        if options.fields is not None:
            fields_for(kind, options)


FORMATTER = NdjsonFormatter()

"""`--format csv`: RFC 4180 (comma, CRLF, quotes where needed), UTF-8, with a header row
(`--no-header` leaves it out).
`--bom` starts the output with a UTF-8 byte-order mark, which spreadsheet programs want.

Every cell goes through `safe_text.csv_cell`: control and invisible characters are escaped, and a
cell a spreadsheet would read as a formula (= + - @ tab first) gets a leading quote, unless
`--csv-raw` asks for cells as they are, for programs."""

from __future__ import annotations

import csv
import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.fields import flat_rows
from otg_cli.safe_text import csv_cell


def _write(fields: list[str], rows: list[list[str]], options: OutputOptions) -> None:
    if options.bom:
        sys.stdout.write("\ufeff")
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    if options.with_header():
        writer.writerow([csv_cell(field, raw=options.csv_raw) for field in fields])
    writer.writerows([csv_cell(cell, raw=options.csv_raw) for cell in row] for row in rows)


class CsvFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        fields = fields_for(listing.kind, options)
        _write(fields, flat_rows(listing.rows(), fields, english_for_missing=options.fields is None), options)

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        _write(fields_for(kind, options), [], options)


FORMATTER = CsvFormatter()

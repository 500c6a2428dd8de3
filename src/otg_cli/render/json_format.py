"""`--format json` (and `--json`): exactly one JSON document on stdout, never an escape code.

The data is what the fact files say; a control or invisible character in it is written as JSON's
\\u escape (`safe_text.json_safe`), never raw, so the document cannot drive a terminal."""

from __future__ import annotations

import json
import sys
from typing import Any

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.safe_text import json_safe


def _utf8_capable(stream: Any) -> bool:
    try:
        "«≈–Қ»".encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def dump(document: Any, indent: int | None = 2) -> str:
    # Where stdout cannot carry Cyrillic, \u escapes keep the document valid JSON.
    return json_safe(json.dumps(document, ensure_ascii=not _utf8_capable(sys.stdout), indent=indent))


def chosen_rows(listing: Listing, options: OutputOptions) -> list[dict[str, Any]]:
    rows = listing.rows()
    if options.fields is None:
        return rows
    from otg_cli.render.fields import select

    fields = fields_for(listing.kind, options)
    return [select(row, fields) for row in rows]


class JsonFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        sys.stdout.write(dump(chosen_rows(listing, options)) + "\n")

    def record(self, listing: Listing, options: OutputOptions) -> None:
        sys.stdout.write(dump(chosen_rows(listing, options)[0]) + "\n")

    def check(self, listing: Listing, options: OutputOptions) -> None:
        from otg_cli.views.rows import CheckReport, check

        sys.stdout.write(dump(check(CheckReport(list(listing.items), listing.files))) + "\n")

    def empty(self, kind: str, options: OutputOptions) -> None:
        if options.fields is not None:
            fields_for(kind, options)  # a wrong field name is an error even when nothing matched
        sys.stdout.write("[]\n")


FORMATTER = JsonFormatter()

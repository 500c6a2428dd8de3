"""`--format markdown`: a GitHub-flavoured Markdown table, ready to paste into an article draft.

A backslash, a pipe and a newline are Markdown's own escapes; any control or invisible character is
then written as its escape (`safe_text`), so that \\x1b in the source is always one.
"""

from __future__ import annotations

import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.fields import flat_rows
from otg_cli.safe_text import visible


def cell(text: str) -> str:
    return visible(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>"))


class MarkdownFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        fields = fields_for(listing.kind, options)
        lines = ["| " + " | ".join(cell(f) for f in fields) + " |", "|" + " --- |" * len(fields)]
        lines += [
            "| " + " | ".join(cell(c) for c in cells) + " |"
            for cells in flat_rows(listing.rows(), fields, english_for_missing=options.fields is None)
        ]
        sys.stdout.write("\n".join(lines) + "\n")

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        fields_for(kind, options)


FORMATTER = MarkdownFormatter()

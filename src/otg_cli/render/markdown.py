"""`--format markdown`: a GitHub-flavoured Markdown table, ready to paste into an article draft."""

from __future__ import annotations

import sys

from otg_cli.render import Listing, OutputOptions, fields_for
from otg_cli.render.fields import flat_rows


def cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


class MarkdownFormatter:
    def listing(self, listing: Listing, options: OutputOptions) -> None:
        fields = fields_for(listing.kind, options)
        lines = ["| " + " | ".join(fields) + " |", "|" + " --- |" * len(fields)]
        lines += [
            "| " + " | ".join(cell(c) for c in cells) + " |" for cells in flat_rows(listing.rows(), fields)
        ]
        sys.stdout.write("\n".join(lines) + "\n")

    record = listing
    check = listing

    def empty(self, kind: str, options: OutputOptions) -> None:
        fields_for(kind, options)


FORMATTER = MarkdownFormatter()

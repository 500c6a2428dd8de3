"""Documents that are not listings: a JSON document as it is, and one line of text.

Both go through `safe_text`: a control or invisible character is escaped, never printed raw."""

from __future__ import annotations

import json
import sys
from typing import Any

from otg_cli.safe_text import json_safe, visible


def print_document(document: Any) -> None:
    """A JSON document, indented, as `otg schema` prints it."""
    sys.stdout.write(json_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")


def print_line(text: str) -> None:
    """Text to copy (a citation, a quote, a draft): as written, but for dangerous characters."""
    sys.stdout.write(visible(text) + "\n")

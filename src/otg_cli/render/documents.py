"""Documents that are not listings: a JSON document as it is, and one line of text."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_document(document: Any) -> None:
    """A JSON document, indented, as `otg schema` prints it."""
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def print_line(text: str) -> None:
    sys.stdout.write(text + "\n")

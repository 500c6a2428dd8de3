"""Records that could not be read, and the references to them that are therefore not checked.

A fact file that fails to parse defines nothing, so every record citing a source in it would be
reported as citing an unknown source: ten errors for one mistyped date. Instead, the ids the file
seems to define (its `id = "..."` and `code = "..."` lines, read without parsing) are pending: a
reference to one is counted rather than reported, and one line says how many references were left
unchecked until the file parses. A record that fails validation holds back references to its id
the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from otg_cli.errors import Problem
from otg_cli.factfiles import display_path

_ID_LINE = re.compile(r"""^\s*(?:id|code)\s*=\s*["']([^"'\n]+)["']""", re.MULTILINE)


class Pending:
    """Ids of records that could not be read, and how many references to each were held back."""

    def __init__(self) -> None:
        #: id -> (file, what is not checked, until when)
        self._ids: dict[str, tuple[str, str, str]] = {}
        self._held: Counter[tuple[str, str, str]] = Counter()

    def add_file(self, path: Path) -> None:
        """A file that failed to parse: the ids it seems to define."""
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        where = (display_path(path), f"records of {path.name}", "it parses")
        for key in _ID_LINE.findall(text):
            self._ids.setdefault(key, where)

    def add_record(self, key: object, label: str, file: str) -> None:
        """A record that failed validation, with the id it was meant to have."""
        if isinstance(key, str) and key:
            self._ids.setdefault(key, (file, label, "it is valid"))

    def ids(self) -> list[str]:
        """The ids held back, for a did-you-mean."""
        return list(self._ids)

    def holds(self, key: str) -> bool:
        """Whether a reference to `key` waits for a record that could not be read (and count it)."""
        where = self._ids.get(key)
        if where is None:
            return False
        self._held[where] += 1
        return True

    def problems(self) -> list[Problem]:
        """One line for each unreadable file or record that references were held back for."""
        return [
            Problem(
                f"{count} reference{'s' if count != 1 else ''} to {what} not checked until {until}",
                file,
                severity="warning",
            )
            for (file, what, until), count in self._held.items()
        ]

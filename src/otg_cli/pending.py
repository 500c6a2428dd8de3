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

from otg_cli.errors import Problem, Words
from otg_cli.factfiles import display_path

_ID_LINE = re.compile(r"""^\s*(?:id|code)\s*=\s*["']([^"'\n]+)["']""", re.MULTILINE)


class Pending:
    """Ids of records that could not be read, and how many references to each were held back."""

    def __init__(self) -> None:
        #: id -> (file, what is not checked: a file's name or a record's label, and whether it is a record)
        self._ids: dict[str, tuple[str, str, bool]] = {}
        self._held: Counter[tuple[str, str, bool]] = Counter()

    def add_file(self, path: Path) -> None:
        """A file that failed to parse: the ids it seems to define."""
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        where = (display_path(path), path.name, False)
        for key in _ID_LINE.findall(text):
            self._ids.setdefault(key, where)

    def add_record(self, key: object, label: str, file: str) -> None:
        """A record that failed validation, with the id it was meant to have."""
        if isinstance(key, str) and key:
            self._ids.setdefault(key, (file, label, True))

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
            Problem(_held_back(what, count, record), file, severity="warning")
            for (file, what, record), count in self._held.items()
        ]


def _held_back(what: str, count: int, record: bool) -> Words:
    if record:
        if count == 1:
            return Words(
                "{count} reference to {label} not checked until it is valid", count=count, label=what
            )
        return Words("{count} references to {label} not checked until it is valid", count=count, label=what)
    if count == 1:
        return Words(
            "{count} reference to records of {file} not checked until it parses", count=count, file=what
        )
    return Words(
        "{count} references to records of {file} not checked until it parses", count=count, file=what
    )

"""otg's language data: kept as TOML for the people who edit it, read through a checked JSON twin.

The phrase tables (phrases/LANG.toml) and the claim reader's lexicons (lexicon/LANG.toml) are
edited by people, with comments, as TOML. Parsing TOML on every run costs more than the rest of a
lookup's own work (the parser's import alone), so each file has a compiled twin beside it,
LANG.json, holding the table and the BLAKE2b hash of the TOML bytes it was compiled from. As with
a checked hash-based .pyc (PEP 552), the twin is used only while that hash matches the TOML file
as it is now: an edited TOML file is parsed itself (slower, the same answer) until its twin is
rebuilt, so a stale twin can never put old words on the screen.

`python scripts/build_data.py` rebuilds every twin; tests/test_datafiles.py fails when a shipped
twin does not match its TOML file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: The folders of the package that hold language data, one TOML file (and its twin) per language.
FOLDERS = ("phrases", "lexicon")
_PACKAGE = Path(__file__).resolve().parent


def digest(source: bytes) -> str:
    """The hash a twin records of the TOML bytes it was compiled from (a fact file's hash)."""
    from otg_cli.cache_files import content_hash

    return content_hash(source)


def twin_of(path: Path) -> Path:
    return path.with_suffix(".json")


def compiled(source: bytes) -> str:
    """The twin of a TOML file with these bytes: its hash and its table, as JSON."""
    from otg_cli.factfiles import toml

    table = toml().loads(source.decode("utf-8"))
    return json.dumps({"source": digest(source), "data": table}, ensure_ascii=False, indent=0) + "\n"


def load(path: Path) -> dict[str, Any]:
    """The table a language data file holds: from its twin when the twin was compiled from these
    very bytes, else parsed from the TOML file itself."""
    source = path.read_bytes()
    try:
        twin = json.loads(twin_of(path).read_bytes())
    except (OSError, ValueError):
        twin = None
    if isinstance(twin, dict) and twin.get("source") == digest(source) and isinstance(twin.get("data"), dict):
        table: dict[str, Any] = twin["data"]
        return table
    from otg_cli.factfiles import toml

    parsed: dict[str, Any] = toml().loads(source.decode("utf-8"))
    return parsed


def data_files() -> list[Path]:
    """Every language data file of the package."""
    return sorted(path for folder in FOLDERS for path in (_PACKAGE / folder).glob("*.toml"))


def stale() -> list[Path]:
    """The data files whose twin is missing or was compiled from other bytes."""
    found = []
    for path in data_files():
        try:
            current = twin_of(path).read_text(encoding="utf-8") == compiled(path.read_bytes())
        except OSError:
            current = False
        if not current:
            found.append(path)
    return found


def rebuild() -> list[Path]:
    """Write the twin of every data file whose twin is stale; the files rebuilt."""
    rebuilt = stale()
    for path in rebuilt:
        twin_of(path).write_text(compiled(path.read_bytes()), encoding="utf-8")
    return rebuilt

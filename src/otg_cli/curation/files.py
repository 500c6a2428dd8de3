"""Writing the files curation creates: atomically, and never over an existing file unless asked.

Each file is written to a temporary file in its own folder and then moved into place, so that a
reader (or an interrupted run) never sees half a file. A file that must be new is linked into
place, which fails when the name is taken, rather than checked for and then replaced.

Also here: TOML values as the fact files write them, and ids made of names.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from otg_cli.errors import OtgError
from otg_cli.factfiles import display_path


def _temporary(path: Path, data: bytes) -> Path:
    """`data` in a new temporary file next to `path`, flushed to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _taken(path: Path) -> OtgError:
    return OtgError(f"{display_path(path)} already exists; otg never writes over a file it did not just make")


def write_new(path: Path, data: bytes) -> None:
    """Create `path` with `data`; OtgError when it exists (it is never replaced)."""
    if path.exists():
        raise _taken(path)
    temporary = _temporary(path, data)
    try:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise _taken(path) from None
        except OSError:  # a file system without hard links
            if path.exists():
                raise _taken(path) from None
            temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def write_file(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `path` atomically; over an existing file only with `overwrite`."""
    if not overwrite:
        write_new(path, data)
        return
    temporary = _temporary(path, data)
    try:
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


# --- TOML values -----------------------------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's; DEL, which TOML wants escaped, and every
    other control or invisible character are written as \\u escapes (`safe_text.json_safe`), so
    that a file otg writes never holds one raw (`otg check` still reports it)."""
    import json

    from otg_cli.safe_text import json_safe

    return json_safe(json.dumps(text, ensure_ascii=False), toml=True)


def _number(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e18:
        whole = int(value)
        return f"{whole:_}" if abs(whole) >= 10_000 else str(whole)
    return repr(float(value))


def toml_value(value: object) -> str:
    """A value as TOML writes it inline: strings, numbers, dates, arrays and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        items = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return f"{{ {items} }}" if items else "{}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


# --- Ids ---------------------------------------------------------------------------------------

#: Russian and Kazakh letters in Latin, for ids made of names (ids are ASCII: RECORD_ID).
_LATIN = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m",
        "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "BAQ.KZ" -> "baq-kz", "Казинформ" -> "kazinform"."""
    import unicodedata

    latin = text.casefold().translate(_LATIN)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))

"""A cache of the validated fact base, so that a lookup does not re-parse and re-validate TOML.

The cache is one JSON file (never pickle: a cache file must not be able to run code) in the user's
cache directory. It is keyed on otg's version, the model definitions and the size and mtime of every
fact file, and is rebuilt when any of them changes. A cache that cannot be read, is corrupt, or
comes from another version is ignored; a cache directory that cannot be written is not an error.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import sys
import types
import typing
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from otg_cli import __version__, models
from otg_cli.models import RECORD_TABLES, FactBase

FORMAT = 1
ENV_CACHE_DIR = "OTG_CACHE_DIR"
ENV_NO_CACHE = "OTG_NO_CACHE"


def cache_dir() -> Path:
    """OTG_CACHE_DIR if set, else the platform's user cache directory."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured)
    if sys.platform == "linux":
        # The XDG rule platformdirs applies on Linux, without its import on every run.
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "otg"
    import platformdirs

    return Path(platformdirs.user_cache_dir("otg", appauthor=False))


def _stamp(files: Sequence[Path]) -> list[list[object]]:
    stamps: list[list[object]] = []
    for path in files:
        status = path.stat()
        stamps.append([str(path), status.st_size, status.st_mtime_ns])
    return stamps


def cache_key(directories: Sequence[Path], files: Sequence[Path]) -> dict[str, Any]:
    model_file = Path(models.__file__)
    return {
        "format": FORMAT,
        "otg": __version__,
        "models": model_file.stat().st_mtime_ns,
        "directories": [str(d.resolve()) for d in directories],
        "files": _stamp(files),
    }


def cache_path(directories: Sequence[Path]) -> Path:
    digest = f"{zlib.crc32(chr(0).join(str(d.resolve()) for d in directories).encode()):08x}"
    return cache_dir() / f"factbase-{digest}.json"


# Decoding: the cache holds records exactly as validated, so they are rebuilt field by field
# without pydantic. Each record class gets a decoder built once from its type hints.

Decoder = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _decoder_for(hint: Any) -> Decoder:
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _decoder_for(typing.get_args(hint)[0])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _decoder_for(options[0]) if len(options) == 1 else _identity
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _decoder_for(typing.get_args(hint)[0])
        return lambda value: tuple(item(v) for v in value)
    if hint is datetime.date:
        return datetime.date.fromisoformat
    if hint is float:
        return float
    if dataclasses.is_dataclass(hint):
        return _record_decoder(typing.cast(type, hint))
    return _identity


_DECODERS: dict[type, Decoder] = {}


def _record_decoder(kind: type) -> Decoder:
    if kind not in _DECODERS:
        hints = typing.get_type_hints(kind, include_extras=True)
        fields = [(f.name, _decoder_for(hints[f.name])) for f in dataclasses.fields(kind)]

        def decode(data: dict[str, Any]) -> Any:
            return kind(**{name: convert(data[name]) for name, convert in fields if name in data})

        _DECODERS[kind] = decode
    return _DECODERS[kind]


def _encode(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def write(directories: Sequence[Path], files: Sequence[Path], base: FactBase) -> None:
    """Store the validated base; silently skip when the cache directory is not writable."""
    document = {
        "key": cache_key(directories, files),
        "tables": {
            name: [dataclasses.asdict(r) for r in getattr(base, _TABLE_ATTRIBUTE[name]).values()]
            for name in RECORD_TABLES
        },
        "origins": base.origins,
        "archive_paths": {k: str(v) for k, v in base.archive_paths.items()},
    }
    target = cache_path(directories)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(document, default=_encode, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        return


_TABLE_ATTRIBUTE = {
    "source": "sources",
    "group": "groups",
    "country": "countries",
    "event": "events",
    "fact": "facts",
    "agreement": "agreements",
    "target": "targets",
}


def read(directories: Sequence[Path], files: Sequence[Path]) -> FactBase | None:
    """The cached base if it is current and readable, else None."""
    if os.environ.get(ENV_NO_CACHE):
        return None
    try:
        with cache_path(directories).open("rb") as handle:
            document = json.load(handle)
        if document["key"] != cache_key(directories, files):
            return None
        tables: dict[str, dict[str, Any]] = {}
        for name, kind in RECORD_TABLES.items():
            decode = _record_decoder(kind)
            records = [decode(raw) for raw in document["tables"][name]]
            tables[name] = {models.record_key(r): r for r in records}
        return FactBase(
            **{_TABLE_ATTRIBUTE[name]: table for name, table in tables.items()},
            origins=dict(document["origins"]),
            archive_paths={k: Path(v) for k, v in document["archive_paths"].items()},
        )
    except Exception:  # any unreadable, corrupt or foreign cache is simply rebuilt
        return None

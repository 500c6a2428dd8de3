"""Writing every file otg writes (exports, `--svg`, drafts, `otg init`, `otg source add`):
atomically, and never over an existing file unless asked.

Each file is written to a temporary file in its own folder, flushed to disk and then moved into
place, so that a reader (or an interrupted run) never sees half a file, and an existing file is
replaced only once the new one is complete. A file that must be new is linked into place, which
fails when the name is taken, rather than checked for and then replaced. A temporary file is
removed on any error and on SIGINT, SIGTERM and SIGHUP (`__main__` turns them into SystemExit);
one left by kill -9 is named `.NAME.otg-PID.RANDOM.tmp`, and the next write of NAME removes it
once its process is gone.

Also here: TOML values as the fact files write them, and ids made of names.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from otg_cli.errors import EXIT_IO_ERROR, OtgError, Words
from otg_cli.factfiles import display_path

#: Every temporary file otg writes is named `.NAME.otg-PID.RANDOM.tmp`, next to NAME.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.otg-(?P<pid>\d+)\.[^.]+\.tmp")


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or no way to tell: leave its file alone
        return True
    return True


def remove_stale(path: Path) -> None:
    """Remove what an earlier write of `path` left when it was killed (kill -9, a power cut): the
    temporary files next to it whose process is gone."""
    import shutil

    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match and match["name"] == path.name and not _running(int(match["pid"])):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                Path(entry.path).unlink(missing_ok=True)


def _taken(path: Path, option: str | None) -> OtgError:
    if option is None:
        return OtgError(
            Words(
                "{file} already exists; otg never writes over a file it did not just make",
                file=display_path(path),
            )
        )
    return OtgError(
        Words("{file} already exists; add {option} to replace it", file=display_path(path), option=option)
    )


def cannot_write(path: Path, error: OSError) -> OtgError:
    """An output file that cannot be written: exit 74, naming the file and why."""
    return OtgError(
        Words("cannot write {file}: {reason}", file=display_path(path), reason=error.strerror or error),
        exit_code=EXIT_IO_ERROR,
    )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where the folder should be
        raise OtgError(
            Words(
                "cannot write {file}: {folder} is not a folder",
                file=display_path(path),
                folder=display_path(path.parent),
            ),
            exit_code=EXIT_IO_ERROR,
        ) from None


def _fsync(path: Path) -> None:
    """The finished temporary file on disk before it is renamed: a disk that fails here (full, or
    an I/O error reported late, as on NFS) fails the write."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """The rename on disk too, where the system can say so (not every one opens folders)."""
    with contextlib.suppress(OSError):
        _fsync(folder)


def _put_in_place(temporary: Path, path: Path, *, overwrite: bool, option: str | None) -> None:
    """Move the finished `temporary` to `path`: replacing it only with `overwrite`; otherwise linked,
    which fails when the name is taken, rather than checked for and then replaced."""
    if overwrite:
        temporary.replace(path)
        return
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise _taken(path, option) from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise _taken(path, option) from None
        temporary.replace(path)


def _prefix(path: Path) -> str:
    return f".{path.name}.otg-{os.getpid()}."


@contextlib.contextmanager
def atomic(path: Path, *, overwrite: bool, option: str | None = None) -> Iterator[Path]:
    """A new temporary file next to `path` for the block to write; when the block ends, the file is
    flushed to disk and moved into place in one step, so that no reader (nor an interrupted run)
    ever sees half a file, and an existing `path` is replaced only with `overwrite` (and only
    once the new file is complete). On any error or signal the temporary file is removed.

    `option` is the flag that allows replacing (`--force`), named when `path` exists; OSError
    becomes OtgError with exit 74, naming the file."""
    if not overwrite and path.exists():
        raise _taken(path, option)
    remove_stale(path)
    _make_parent(path)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=_prefix(path), suffix=".tmp")
        os.close(handle)
        # mkstemp makes the file private; the file written is like any other the user makes.
        Path(name).chmod(0o666 & ~_umask())
    except OSError as error:
        raise cannot_write(path, error) from None
    temporary = Path(name)
    try:
        yield temporary
        _fsync(temporary)
        _put_in_place(temporary, path, overwrite=overwrite, option=option)
        _fsync_folder(path.parent)
    except IsADirectoryError as error:
        raise OtgError(
            Words("cannot write {file}: it is a folder; give a file name", file=display_path(path)),
            exit_code=EXIT_IO_ERROR,
        ) from error
    except OSError as error:
        raise cannot_write(path, error) from None
    finally:
        temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_folder(path: Path, *, option: str | None = None) -> Iterator[Path]:
    """A new temporary folder next to `path` for the block to fill, renamed to `path` when the block
    ends; `path` must not exist. Removed, with what it holds, on any error or signal."""
    import shutil

    if path.exists():
        raise _taken(path, option)
    remove_stale(path)
    _make_parent(path)
    try:
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=_prefix(path), suffix=".tmp"))
        temporary.chmod(0o777 & ~_umask())
    except OSError as error:
        raise cannot_write(path, error) from None
    try:
        yield temporary
        temporary.rename(path)
        _fsync_folder(path.parent)
    except OSError as error:
        if path.exists():
            raise _taken(path, option) from None
        raise cannot_write(path, error) from None
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def write_new(path: Path, data: bytes, *, option: str | None = None) -> None:
    """Create `path` with `data`; OtgError when it exists (it is never replaced)."""
    write_file(path, data, overwrite=False, option=option)


def write_file(path: Path, data: bytes, *, overwrite: bool, option: str | None = None) -> None:
    """Write `path` atomically; over an existing file only with `overwrite`."""
    with atomic(path, overwrite=overwrite, option=option) as temporary:
        temporary.write_bytes(data)


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

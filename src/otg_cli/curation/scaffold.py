"""`otg init DIR`: a ready fact folder with one commented example of each kind of record.

The examples come from `otg_cli/templates/`, shipped inside the package. Each example record
carries a `placeholder` line (`models.PLACEHOLDER`), which the loader refuses: until it is replaced,
`otg check` fails and no command shows it, so an example figure can never pass for a fact.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from otg_cli.curation.files import write_new
from otg_cli.errors import OtgError, Words
from otg_cli.factfiles import display_path

#: The template folder inside the installed package.
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


class Created(NamedTuple):
    """What `otg init` made: the folder, whether it was new, and its files (relative paths)."""

    folder: Path
    new_folder: bool
    files: tuple[str, ...]


def template_files() -> list[tuple[str, bytes]]:
    """The template's files as (path relative to the folder, content), in a stable order."""
    found = sorted(p for p in TEMPLATES.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [(p.relative_to(TEMPLATES).as_posix(), p.read_bytes()) for p in found]


def _refuse_unless_empty(folder: Path) -> None:
    where = display_path(folder)
    if not folder.is_dir():
        raise OtgError(
            Words(
                "{file} exists and is not a folder; give otg init the name of a new or empty folder",
                file=where,
            )
        )
    entries = sorted(entry.name for entry in folder.iterdir())
    if entries:
        shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
        raise OtgError(
            Words(
                "{folder} is not empty ({entries}); otg init writes only into a new or empty folder, so "
                "that nothing of yours is overwritten: give a new name, such as {command}",
                folder=where,
                entries=shown,
                command=f"otg init {where}-otg",
            )
        )


def init_folder(folder: Path) -> Created:
    """Copy the template into `folder`, which must be new or empty."""
    new_folder = not folder.exists()
    if not new_folder:
        _refuse_unless_empty(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        files = template_files()
        for relative, data in files:
            write_new(folder / relative, data)
    except OSError as error:
        raise OtgError(
            Words(
                "cannot create {folder}: {reason}",
                folder=display_path(folder),
                reason=error.strerror or error,
            )
        ) from None
    return Created(folder, new_folder, tuple(relative for relative, _ in files))

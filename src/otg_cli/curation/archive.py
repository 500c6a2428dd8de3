"""Archiving an article (`otg source add`) and finding the archived article of a source.

An article is copied byte for byte into the folder's `sources/`, named as the bundled base names
its archives (`NNN_<first 16 hex digits of its SHA-256>.txt`), and a `[[source]]` with the file's
SHA-256 is appended to the folder's `sources.toml`. Nothing existing is ever written over: the
archive is a new file, and `sources.toml` is rewritten whole through a temporary file.

Sources are found by reading the `[[source]]` tables of the fact folders as TOML, without
validating the rest: a folder still holding placeholders (`otg init`, `otg draft`) can be quoted
from and drafted from before it passes `otg check`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from otg_cli.curation.files import slug, toml_value, write_file, write_new
from otg_cli.errors import Joined, OtgError, Words
from otg_cli.factfiles import checksum, display_path, fact_files, parse_toml_file
from otg_cli.models import RECORD_ID

SOURCES_FILE = "sources.toml"
ARCHIVE_FOLDER = "sources"
LANGUAGES = ("en", "ru", "kk")
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD as precise as the article gives it, or none when it states no date"


class ArchivedSource(NamedTuple):
    """A `[[source]]` as its fact file declares it, with the path of its archived article."""

    id: str
    archive: Path
    declared_in: Path
    language: str | None
    published: datetime.date | None
    sha256: str | None


def _declared(folders: Sequence[Path]) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every table of every parseable fact file below the folders, with its file: (file, table),
    each table as {"table": name, **fields}. Unparseable files are `otg check`'s to report."""
    files, _ = fact_files([f for f in folders if f.is_dir()])
    for path in files:
        document, _problem = parse_toml_file(path)
        for table, rows in (document or {}).items():
            for row in rows if isinstance(rows, list) else ():
                if isinstance(row, dict):
                    yield path, {"table": table, **row}


def archived_sources(folders: Sequence[Path]) -> dict[str, ArchivedSource]:
    """Source id -> its archived article, from the `[[source]]` tables of the folders (first wins)."""
    found: dict[str, ArchivedSource] = {}
    for path, row in _declared(folders):
        key, archive = row.get("id"), row.get("archive")
        if row["table"] != "source" or not isinstance(key, str) or not isinstance(archive, str):
            continue
        published = row.get("published")
        found.setdefault(
            key,
            ArchivedSource(
                id=key,
                archive=path.parent / archive,
                declared_in=path,
                language=row.get("language") if isinstance(row.get("language"), str) else None,
                published=published if type(published) is datetime.date else None,
                sha256=row.get("sha256") if isinstance(row.get("sha256"), str) else None,
            ),
        )
    return found


def find_source(key: str, folders: Sequence[Path]) -> ArchivedSource:
    """The source with this id, or OtgError naming the ids it may have meant."""
    import difflib

    sources = archived_sources(folders)
    if key in sources:
        return sources[key]
    close = difflib.get_close_matches(key, list(sources), n=3, cutoff=0.6)
    close += [s for s in sources if key and key in s and s not in close][: 3 - len(close)]
    if close:
        raise OtgError(
            Words(
                "unknown source {key}; did you mean {meant}? (otg sources lists them; add --facts DIR "
                "for your own folders)",
                key=repr(key),
                meant=", ".join(close),
            )
        )
    raise OtgError(
        Words(
            "unknown source {key}; known: {known} (otg sources lists them; add --facts DIR for your "
            "own folders)",
            key=repr(key),
            known=", ".join(sorted(sources)),
        )
    )


def read_article(source: ArchivedSource) -> str:
    """The archived article's text, or OtgError naming the file."""
    where = display_path(source.archive)
    try:
        return source.archive.read_bytes().decode("utf-8")
    except OSError as error:
        raise OtgError(
            Words(
                "cannot read the archived article of {id}, {file}: {reason}",
                id=source.id,
                file=where,
                reason=error.strerror,
            )
        ) from None
    except UnicodeDecodeError as error:
        raise OtgError(
            Words(
                "{file} is not UTF-8 text (byte {offset}); save the article as UTF-8",
                file=where,
                offset=error.start,
            )
        ) from None


# --- otg source add ----------------------------------------------------------------------------


def parse_source_date(text: str) -> str | None:
    """`--date` at the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD as ISO text, or
    None for "none" (the article states no date). Bad input is an OtgError saying what is accepted.

    One function on purpose: partial dates in the models (another branch) replace its checks."""
    cleaned = text.strip()
    if cleaned.lower() == "none":
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", cleaned)
    try:
        if match is None:
            raise ValueError("not a date")
        datetime.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError as error:
        detail = "" if str(error) == "not a date" else f" ({error})"
        raise OtgError(
            Words(
                "invalid --date {text}{detail}; accepted: {accepted}",
                text=repr(text),
                detail=detail,
                accepted=Words(DATE_FORMS),
            )
        ) from None
    return cleaned


def parse_day(text: str, option: str) -> datetime.date:
    """A full date, YYYY-MM-DD (the day an article was saved is known to the day)."""
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise OtgError(
            Words("invalid {option} {text}; accepted: a day as YYYY-MM-DD", option=option, text=repr(text))
        ) from None


class SourceSpec(NamedTuple):
    """What the curator says about the article on the command line."""

    article: Path
    outlet: str
    date: str | None
    language: str
    url: str | None = None
    title: str | None = None
    retrieved: datetime.date | None = None
    reporter: str | None = None
    id: str | None = None


class Added(NamedTuple):
    """What `otg source add` did, and what else the fact folders hold of the same article."""

    id: str
    archive: Path
    sources_file: Path
    sha256: str
    created_file: bool
    #: Ids of sources elsewhere (the bundled base, other folders) that archive the same text.
    same_text: tuple[str, ...]


def _article_bytes(path: Path) -> bytes:
    where = display_path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise OtgError(
            Words("{file} is a folder; give the article as a UTF-8 text file", file=where)
        ) from None
    except OSError as error:
        raise OtgError(
            Words("cannot read the article {file}: {reason}", file=where, reason=error.strerror or error)
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise OtgError(
            Words(
                "the article {file} is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8",
                file=where,
                offset=error.start,
            )
        ) from None
    if not text.strip():
        raise OtgError(
            Words("the article {file} is empty; archive the article's text as published", file=where)
        )
    return data


def _check_spec(spec: SourceSpec) -> None:
    if spec.language not in LANGUAGES:
        raise OtgError(
            Words(
                "unknown --lang {language} for the article; accepted: {accepted}",
                language=repr(spec.language),
                accepted=", ".join(LANGUAGES),
            )
        )
    if not spec.outlet.strip():
        raise OtgError(Words("--outlet is empty; give the outlet's name as it writes it, such as BAQ.KZ"))
    if spec.url is not None and not re.match(r"https?://\S+$", spec.url):
        raise OtgError(
            Words(
                "invalid --url {url}; accepted: an address starting with https:// or http://",
                url=repr(spec.url),
            )
        )
    for option, value in (("--title", spec.title), ("--reporter", spec.reporter)):
        if value is not None and not value.strip():
            raise OtgError(Words("{option} is empty; leave it out when the article has none", option=option))
    if spec.id is not None and not re.fullmatch(RECORD_ID, spec.id):
        raise OtgError(
            Words("invalid --id {id}; ids are lower-case words joined by hyphens", id=repr(spec.id))
        )


def source_id(spec: SourceSpec) -> str:
    """The outlet's name, the date as precise as given, and the language: baq-kz-2026-02-20-ru."""
    if spec.id is not None:
        return spec.id
    outlet = slug(spec.outlet)
    if not outlet:
        raise OtgError(
            Words("cannot make an id of --outlet {outlet}; give one with --id", outlet=repr(spec.outlet))
        )
    return f"{outlet}-{spec.date or 'undated'}-{spec.language}"


def _record(spec: SourceSpec, key: str, archive: str, digest: str) -> dict[str, Any]:
    """The `[[source]]` table, in the order the bundled base writes its fields."""
    record: dict[str, Any] = {"id": key, "outlet": spec.outlet.strip(), "language": spec.language}
    if spec.date is not None and len(spec.date) == 10:
        record["published"] = datetime.date.fromisoformat(spec.date)
    optional = {"title": spec.title, "url": spec.url, "retrieved": spec.retrieved, "reporter": spec.reporter}
    record.update({k: v.strip() if isinstance(v, str) else v for k, v in optional.items() if v is not None})
    record.update(archive=archive, sha256=digest)
    if spec.date is not None and len(spec.date) < 10:
        # Merge point: once sources take partial dates, write published = "YYYY-MM" instead.
        record["notes"] = [
            f"The article gives its date only as {spec.date}; `published` takes a full date, so it is "
            "left out."
        ]
    return record


def _next_archive(folder: Path, digest: str) -> str:
    """sources/NNN_<hash>.txt, numbered after the archives already there."""
    archives = folder / ARCHIVE_FOLDER
    numbers = [int(m[1]) for p in archives.glob("*.txt") if (m := re.match(r"(\d+)_", p.name))]
    return f"{ARCHIVE_FOLDER}/{max(numbers, default=-1) + 1:03d}_{digest[:16]}.txt"


def _refuse_duplicates(key: str, digest: str, folder: Path, elsewhere: Sequence[Path]) -> tuple[str, ...]:
    """OtgError when the id is taken or the folder archives this text already; the ids of sources
    in the other folders with the same text."""
    taken: dict[str, Path] = {}
    for path, row in _declared([*elsewhere, folder]):
        if isinstance(row.get("id"), str):
            taken.setdefault(row["id"], path)
    if key in taken:
        free = next(f"{key}-{n}" for n in range(2, 1000) if f"{key}-{n}" not in taken)
        raise OtgError(
            Words(
                "source id {key} is taken, in {file}; if this is another article, give it its own id "
                "with --id {free}",
                key=repr(key),
                file=display_path(taken[key]),
                free=free,
            )
        )
    same = [s for s in archived_sources([folder]).values() if s.sha256 == digest]
    if same:
        raise OtgError(
            Words(
                "{folder} archives this article already, as {file}: did you mean source {id}?",
                folder=display_path(folder),
                file=display_path(same[0].archive),
                id=same[0].id,
            )
        )
    return tuple(s.id for s in archived_sources(elsewhere).values() if s.sha256 == digest)


def add_source(spec: SourceSpec, folder: Path, elsewhere: Sequence[Path]) -> Added:
    """Archive the article into `folder` and append its `[[source]]` to the folder's sources file.

    `elsewhere` are the other fact folders (the bundled base first) whose ids must not collide."""
    from otg_cli.loader import validate_record
    from otg_cli.models import Source

    _check_spec(spec)
    data = _article_bytes(spec.article)
    digest = checksum(data)
    key = source_id(spec)
    if folder.exists() and not folder.is_dir():
        raise OtgError(
            Words(
                "--facts {folder} is not a folder; give the fact folder to add to",
                folder=display_path(folder),
            )
        )
    same_text = _refuse_duplicates(key, digest, folder, elsewhere)
    archive = _next_archive(folder, digest)
    record = _record(spec, key, archive, digest)
    _, errors = validate_record(Source, {**record})
    if errors:
        said = Joined((Words("{field}: {message}", field=f, message=m) for f, m in errors), "; ")
        raise OtgError(Words("the source record would be invalid: {problems}", problems=said))
    sources_file = folder / SOURCES_FILE
    existing = _existing_text(sources_file)
    try:
        write_new(folder / archive, data)
    except OSError as error:
        raise OtgError(
            Words(
                "cannot archive into {folder}: {reason}",
                folder=display_path(folder),
                reason=error.strerror or error,
            )
        ) from None
    try:
        write_file(
            sources_file, (existing + source_table(record, spec.article.name)).encode(), overwrite=True
        )
    except BaseException as error:
        (folder / archive).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OtgError(
                Words(
                    "cannot write {file}: {reason}",
                    file=display_path(sources_file),
                    reason=error.strerror or error,
                )
            ) from None
        raise
    return Added(key, folder / archive, sources_file, digest, not existing, same_text)


def _existing_text(sources_file: Path) -> str:
    """The sources file as it is, ending in a blank line; "" when there is none yet. A file that is
    not valid TOML is refused: appending to it would hide the problem."""
    if not sources_file.exists():
        return ""
    _, problem = parse_toml_file(sources_file)
    if problem is not None:
        raise OtgError(Words("{problem}; fix it before adding a source to it", problem=problem))
    text = sources_file.read_text(encoding="utf-8")
    return text.rstrip("\n") + "\n\n" if text.strip() else ""


def source_table(record: dict[str, Any], article_name: str) -> str:
    """The `[[source]]` as TOML text, with a comment saying where it came from."""
    name = re.sub(r"[\x00-\x1f\x7f]", "?", article_name)
    lines = [f"# Archived by otg source add from {name}.", "[[source]]"]
    lines += [f"{key} = {toml_value(value)}" for key, value in record.items()]
    return "\n".join(lines) + "\n"

"""Output formats: one small module per format, each with one Formatter, picked by `--format`.

Every formatter prints the rows of the views (`otg_cli.views`): the flat formats pick the fields
of `Kind.columns` (or --fields), the Rich table lays out the column specs of `views.columns`.
Formatters never run a query: what they print came with the results.

A formatter is imported only once chosen, so a JSON run never imports Rich, and a table run
never imports the CSV writer.
"""

import enum
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from otg_cli import settings
from otg_cli.errors import OtgError
from otg_cli.i18n import phrase as say

if TYPE_CHECKING:
    from otg_cli.models import FactBase
    from otg_cli.query import AgreementGroup


class OutputFormat(str, enum.Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"
    #: schema.org ClaimReview JSON-LD, for `otg verify` only.
    claimreview = "claimreview"


class OutputOptions(NamedTuple):
    format: OutputFormat
    #: Dotted field paths to keep (json, ndjson, csv, tsv, markdown); None for the defaults.
    fields: tuple[str, ...] | None = None
    #: Start CSV with a UTF-8 byte-order mark, as spreadsheet programs want.
    bom: bool = False
    #: Whether the format was chosen by default (piped output) rather than asked for.
    implicit: bool = False
    #: CSV for programs: no quote before a cell that would start a formula (`safe_text.csv_cell`).
    csv_raw: bool = False
    #: A first line of field names in tsv and csv: `--header`, `--no-header`; csv has one by default.
    header: bool | None = None

    def with_header(self) -> bool:
        """Whether tsv or csv starts with the field names (csv by default, tsv only if asked)."""
        return self.header if self.header is not None else self.format is OutputFormat.csv


class Listing(NamedTuple):
    """What a command found: results of one kind of the registry (`kinds.KINDS`), as the query
    layer returned them, and how to head them."""

    kind: str
    items: Sequence[Any]
    base: "FactBase | None" = None
    title: str = ""
    quotes: bool = False
    groups: "list[AgreementGroup] | None" = None
    files: int = 0
    #: The words searched for (search results highlight them).
    query: str = ""
    #: `otg show --raw`: every field of the record, rather than the summary for people.
    raw: bool = False

    def rows(self) -> list[dict[str, Any]]:
        from otg_cli.views import rows

        return rows(self.kind, self.items, self.base)


if TYPE_CHECKING:
    from typing import Protocol

    # The interface every format module's FORMATTER has; for the type checker only (defining a
    # Protocol class costs every run about as much as a dataclass).

    class Formatter(Protocol):
        def listing(self, listing: Listing, options: OutputOptions) -> None:
            """Print the records a list command found."""

        def record(self, listing: Listing, options: OutputOptions) -> None:
            """Print the one result of `otg show` or `otg verify`."""

        def check(self, listing: Listing, options: OutputOptions) -> None:
            """Print the problems `otg check` found."""

        def empty(self, kind: str, options: OutputOptions) -> None:
            """What stdout holds when nothing matched (the reason goes to stderr)."""


_MODULES = {
    OutputFormat.table: "otg_cli.render.table",
    OutputFormat.json: "otg_cli.render.json_format",
    OutputFormat.ndjson: "otg_cli.render.ndjson",
    OutputFormat.csv: "otg_cli.render.csv_format",
    OutputFormat.tsv: "otg_cli.render.tsv",
    OutputFormat.markdown: "otg_cli.render.markdown",
    OutputFormat.claimreview: "otg_cli.render.claimreview",
}


def formatter_for(output: OutputFormat) -> "Formatter":
    module = importlib.import_module(_MODULES[output])
    formatter: Formatter = module.FORMATTER
    return formatter


def choose_options(
    explicit: OutputFormat | None,
    json_flag: bool,
    fields: str | None,
    bom: bool,
    csv_raw: bool = False,
    *,
    header: bool | None = None,
) -> OutputOptions:
    """--format, then --json, then OTG_FORMAT, then a table on a terminal and TSV when piped."""
    if json_flag and explicit not in (None, OutputFormat.json):
        raise OtgError(say("--json and --format {format} disagree; give one of them", format=explicit.value))
    implicit = False
    chosen = OutputFormat.json if json_flag else explicit
    configured = settings.output_format()
    if chosen is None and configured:
        value = configured
        try:
            chosen = OutputFormat(value)
        except ValueError:
            accepted = ", ".join(f.value for f in OutputFormat)
            said = say(
                "{name}={value} is not a format; accepted: {accepted}",
                name=settings.ENV_FORMAT,
                value=value,
                accepted=accepted,
            )
            raise OtgError(said) from None
    if chosen is None:
        implicit = True
        chosen = OutputFormat.table if sys.stdout.isatty() else OutputFormat.tsv
    wanted = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields is not None else None
    if wanted is not None and not wanted:
        raise OtgError(say("--fields is empty; give field names separated by commas, such as id,value"))
    if wanted and chosen is OutputFormat.table:
        if not implicit:
            raise OtgError(say("--fields applies to json, ndjson, csv, tsv and markdown, not to tables"))
        chosen = OutputFormat.tsv
    if bom and chosen is not OutputFormat.csv:
        raise OtgError(say("--bom applies to --format csv only"))
    if csv_raw and chosen is not OutputFormat.csv:
        raise OtgError(say("--csv-raw applies to --format csv only"))
    if header is not None and not implicit and chosen not in (OutputFormat.tsv, OutputFormat.csv):
        raise OtgError(say("--header and --no-header apply to --format tsv and csv only"))
    return OutputOptions(chosen, wanted, bom, implicit, csv_raw, header)


def unsupported_output(command: str, formats: tuple[OutputFormat, ...]) -> str:
    """Why --format or --fields cannot apply to a command that prints one kind of report."""
    from otg_cli.i18n import phrase

    if formats == (OutputFormat.table, OutputFormat.json):
        return phrase(
            "{command} prints a table or JSON (--json); --format and --fields do not apply", command=command
        )
    if formats == (OutputFormat.table, OutputFormat.json, OutputFormat.tsv):
        return phrase(
            "{command} prints a table, JSON (--json) or TSV; --fields does not apply", command=command
        )
    named = ", ".join(f.value for f in formats)
    return phrase(
        "{command} prints {formats}; --format and --fields do not apply", command=command, formats=named
    )


def fields_for(kind: str, options: OutputOptions) -> list[str]:
    """The fields a flat format prints: --fields, else the kind's columns, a name or title in the
    run's language (`title.ru` for `title.en`; `fields.flat_rows` falls back to English)."""
    from otg_cli.i18n import current
    from otg_cli.kinds import KINDS
    from otg_cli.render.fields import check_fields, in_language

    if options.fields is None:
        return [in_language(column, current()) for column in KINDS[kind].columns]
    check_fields(kind, options.fields)
    return list(options.fields)


__all__ = ["Listing", "OutputFormat", "OutputOptions", "choose_options", "formatter_for"]

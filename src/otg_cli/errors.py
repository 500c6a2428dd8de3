"""The one exception type otg raises, and the problems it carries.

Library code raises `OtgError`; only the CLI layer turns it into text on stderr and an exit code.
"""

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from otg_cli.output_models import ProblemOut

Severity = Literal["error", "warning"]

#: Exit codes, documented in the README. Scripts rely on them.
EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_BAD_INPUT = 2
EXIT_DISPUTED = 3  # otg verify: any verdict but supported, not_found and unreadable
EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in otg
EXIT_IO_ERROR = 74  # EX_IOERR: output could not be written (a full disk, an unwritable file)
EXIT_INTERRUPTED = 130


#: What `otg verify` exits with for each verdict; every other verdict is EXIT_DISPUTED.
VERDICT_EXIT_CODES = {"supported": EXIT_OK, "not_found": EXIT_NO_MATCH, "unreadable": EXIT_BAD_INPUT}


def verdict_exit_code(verdict: str) -> int:
    return VERDICT_EXIT_CODES.get(verdict, EXIT_DISPUTED)


def check_exit_code(problems: "Iterable[Problem]", *, strict: bool) -> int:
    """`otg check`: 2 when there are errors, or warnings under --strict; 0 otherwise."""
    failing = [p for p in problems if p.severity == "error" or strict]
    return EXIT_BAD_INPUT if failing else EXIT_OK


class Words(str):
    """English words that keep their phrase key and values (phrases/LANG.toml), so that a view can
    say them again in the run's language (`views.problems`); JSON and every other reader see the
    English string. The key is the English itself, with {name} fields."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> "Words":
        said = super().__new__(cls, key.format(**values) if values else key)
        said.key = key
        said.values = values
        return said

    @classmethod
    def coded(cls, code: str, english: str) -> "Words":
        """English words whose phrase key is a code, where the English alone is another phrase's
        key ("figure" is a reason of `otg verify`)."""
        said = super().__new__(cls, english)
        said.key = code
        said.values = {}
        return said


class Spoken(str):
    """Words otg makes of data (a figure, a period), in English, that a view says again in the
    run's language by calling `again` (`views.problems`): a message's values are worded when it
    is shown, so that JSON keeps the English and a table the run's language."""

    again: "Callable[[], str]"

    def __new__(cls, again: "Callable[[], str]") -> "Spoken":
        from otg_cli.i18n import using

        with using("en"):
            said = super().__new__(cls, again())
        said.again = again
        return said


class Joined(str):
    """Several values (Words, Spoken or plain text) joined by `between`, each said again by a view
    in the run's language."""

    parts: tuple[object, ...]
    between: str

    def __new__(cls, parts: "Iterable[object]", between: str) -> "Joined":
        kept = tuple(parts)
        said = super().__new__(cls, between.join(map(str, kept)))
        said.parts = kept
        said.between = between
        return said


class Problem(NamedTuple):
    """One thing wrong, with where it is: file, record id, field."""

    message: str
    file: str | None = None
    record: str | None = None
    field: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = [part for part in (self.file, self.record and f"record {self.record}") if part]
        if self.field:
            where.append(f"field {self.field}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def as_dict(self) -> "ProblemOut":
        return {
            "severity": self.severity,
            "file": self.file,
            "record": self.record,
            "field": self.field,
            "message": self.message,
            "message_label": self.message,
        }


class OtgError(Exception):
    """Bad input or an unusable fact base. `problems` lists every problem found, not only the first."""

    def __init__(
        self,
        message: str,
        problems: Iterable[Problem] = (),
        exit_code: int = EXIT_BAD_INPUT,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.problems = tuple(problems)
        self.exit_code = exit_code
        self.hint = hint

    def __str__(self) -> str:
        return self.message

"""Text that cannot drive a terminal or a spreadsheet: the one place that says which characters are
dangerous in output, how they are shown, and which CSV cells would start a formula.

Dangerous are the characters a terminal obeys or a reader cannot see:

- C0 controls (U+0000-U+001F) but tab and line feed, which every format handles itself, and DEL;
  C1 controls (U+0080-U+009F: U+009B is a CSI, U+009D an OSC, like ESC [ and ESC ]);
- format characters (Unicode category Cf): bidi embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069), the bidi marks U+200E, U+200F and U+061C, zero-width spaces
  and joiners, the byte-order mark, invisible operators, tag characters (U+E0000-U+E007F);
- the line and paragraph separators U+2028 and U+2029, and surrogates (a file name that is not
  UTF-8 decodes to them);
- every other default-ignorable code point (variation selectors, Hangul fillers, the combining
  grapheme joiner...), which renders as nothing and so can hide text.

Each is shown as the escape Python's repr uses, `\\x1b`, `\\u202e` or `\\U000e0041`, naming its code
point, so that it is visible wherever it sits and the line around it stays as the file has it.
Letters, spaces of every width (NBSP included) and punctuation are never touched.

`visible` is for text otg shows (every text format, messages); `json_safe` for a JSON document
(the data is unchanged: the characters become JSON's own \\u escapes); `control_characters` for
`otg check`, which reports each one as an error; `csv_cell` for CSV's formula rule (OWASP).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from otg_cli.errors import Words

if TYPE_CHECKING:
    pass

#: The dangerous characters, as code point ranges (see the module's docstring). A test checks that
#: they cover every Cc, Cf, Zl, Zp and Cs character of the running Python's Unicode database.
_RANGES = (
    (0x00, 0x08),
    (0x0B, 0x1F),  # all C0 but tab (U+0009) and line feed (U+000A)
    (0x7F, 0x9F),  # DEL and C1
    (0xAD, 0xAD),  # soft hyphen
    (0x34F, 0x34F),  # combining grapheme joiner
    (0x600, 0x605),
    (0x61C, 0x61C),  # Arabic letter mark
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
    (0x200B, 0x200F),  # zero-width space, joiners, LRM, RLM
    (0x2028, 0x202E),  # line and paragraph separators, bidi embeddings and overrides
    (0x2060, 0x206F),  # word joiner, invisible operators, bidi isolates, deprecated format
    (0x3164, 0x3164),
    (0xD800, 0xDFFF),  # surrogates
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # byte-order mark
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB),  # interlinear annotation
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),  # Egyptian hieroglyph format controls
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),  # tags and variation selectors supplement
)

#: Whitespace controls a format may handle itself (a table wraps at a newline, CSV quotes it).
TAB_AND_NEWLINE = "\t\n"


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


_BMP_RANGES = tuple(r for r in _RANGES if r[1] <= 0xFFFF)


@functools.cache
def _compiled(whitespace: bool, astral: bool) -> re.Pattern[str]:
    ranges = _RANGES if astral else _BMP_RANGES
    whitespace_class = "\\t\\n" if whitespace else ""
    return re.compile(f"[{whitespace_class}{_char_class(ranges)}]")


def _pattern(text: str, *, whitespace: bool = False) -> re.Pattern[str]:
    """The dangerous characters, as a pattern for this text: ranges above U+FFFF make a regular
    expression several times slower, and most text has no character there."""
    return _compiled(whitespace, not text.isascii() and max(text) > "\uffff")


#: The names of the controls, which Unicode gives no character name.
_C0 = (
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO",
    "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS",
    "GS", "RS", "US",
)  # fmt: skip
_C1 = (
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI",
    "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI", "SCI", "CSI",
    "ST", "OSC", "PM", "APC",
)  # fmt: skip


def is_dangerous(char: str) -> bool:
    return _pattern(char).fullmatch(char) is not None


def escape_char(char: str) -> str:
    """The escape a dangerous character is shown as: \\x1b, \\u202e, \\U000e0041 (repr's notation)."""
    point = ord(char)
    if point <= 0xFF:
        return f"\\x{point:02x}"
    if point <= 0xFFFF:
        return f"\\u{point:04x}"
    return f"\\U{point:08x}"


def char_name(char: str) -> str:
    """What a dangerous character is, in words: "ESC", "CSI", "RIGHT-TO-LEFT OVERRIDE"."""
    point = ord(char)
    if point < 0x20:
        return _C0[point]
    if point == 0x7F:
        return "DEL"
    if 0x80 <= point <= 0x9F:
        return _C1[point - 0x80]
    if 0xD800 <= point <= 0xDFFF:
        return "a surrogate (text that was not UTF-8)"
    import unicodedata

    return unicodedata.name(char, f"U+{point:04X}")


def describe(char: str) -> str:
    """ "\\x1b (ESC)": the escape and the name, as messages give them."""
    return f"{escape_char(char)} ({char_name(char)})"


def visible(text: str, keep: str = TAB_AND_NEWLINE) -> str:
    """The text with every dangerous character as its escape; tab and newline as they are unless
    `keep` leaves them out (one-line messages escape a newline too). Everything else unchanged,
    so that a text without such characters is printed exactly as written."""
    pattern = _pattern(text, whitespace=keep != TAB_AND_NEWLINE)
    if pattern.search(text) is None:
        return text
    if keep == TAB_AND_NEWLINE or not keep:
        return pattern.sub(lambda m: escape_char(m[0]), text)
    return pattern.sub(lambda m: m[0] if m[0] in keep else escape_char(m[0]), text)


def pieces(text: str, keep: str = TAB_AND_NEWLINE) -> Iterator[tuple[str, bool]]:
    """The text as it is shown, in pieces: (text, False) as written, (escape, True) for each
    dangerous character, for a formatter that marks the escapes (the table shows them reversed)."""
    at = 0
    for found in _pattern(text, whitespace=keep != TAB_AND_NEWLINE).finditer(text):
        if found[0] in keep:
            continue
        if found.start() > at:
            yield text[at : found.start()], False
        yield escape_char(found[0]), True
        at = found.end()
    if at < len(text):
        yield text[at:], False


def line(text: str) -> str:
    """Text on one line of a message: a newline is escaped too (it could forge a second line)."""
    return visible(text, keep="\t")


def control_characters(text: str) -> Iterator[tuple[int, str]]:
    """Each dangerous character of a text with its position (1 for the first character)."""
    pattern = _pattern(text)
    if pattern.search(text) is None:
        return
    for found in pattern.finditer(text):
        yield found.start() + 1, found[0]


def control_characters_in(value: object, path: str = "") -> Iterator[tuple[str, int, str]]:
    """(field path, position, character) for each dangerous character in parsed data (a TOML
    table): every string, at any depth, and every key. A key's own characters are reported with
    position 0 in the path of its table."""
    if isinstance(value, str):
        for position, char in control_characters(value):
            yield path, position, char
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            for position, char in control_characters(str(key)):
                yield inner, -position, char
            yield from control_characters_in(item, inner)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from control_characters_in(item, f"{path}[{index}]")


#: A TOML escape that can stand for a dangerous character (\\b, \\f, \\r, \\e, \\u, \\U).
_TOML_ESCAPE = r"\\[bfre]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"


def may_hold(data: bytes) -> bool:
    """Whether a fact file's bytes may hold a dangerous character, raw or as a TOML escape: one
    pass over its text, so that only such a file has its records walked (a cold load reads
    thousands). The bytes are those parsed, never the file read a second time."""
    text = data.decode("utf-8", errors="replace")
    return _pattern(text).search(text) is not None or re.search(_TOML_ESCAPE, text) is not None


#: What to write instead of a character that stands for a line break or a space.
FIXES = dict.fromkeys(
    "\r\v\f\x85\u2028\u2029", 'delete it; a line break is a new line in a """multi-line""" string'
) | dict.fromkeys("\u200b\u2060\ufeff", "delete it; where a space was meant, write a space")
#: What to do with any other such character.
DELETE_IT = "delete it"

#: How many characters of one field `otg check` names; the rest are counted.
NAMED_PER_FIELD = 5


def control_messages(value: object) -> Iterator[tuple[str, str]]:
    """(field, message) for each dangerous character in parsed data, as `otg check` reports them:
    the character escaped and named, its position, and what to do."""
    counted: dict[str, int] = {}
    for path, position, char in control_characters_in(value):
        counted[path] = counted.get(path, 0) + 1
        if counted[path] > NAMED_PER_FIELD:
            continue
        where = (
            Words("at character {position}", position=position)
            if position > 0
            else Words("at character {position} of the name", position=-position)
        )
        yield (
            path or "(record)",
            Words(
                "{char} {where} is a control or invisible character: it could drive a terminal, hide "
                "text or reorder it; {fix}",
                char=describe(char),
                where=where,
                fix=Words(FIXES.get(char, DELETE_IT)),
            ),
        )
    for path, count in counted.items():
        if count > NAMED_PER_FIELD:
            more = Words("and {count} more such characters in this field", count=count - NAMED_PER_FIELD)
            yield path or "(record)", more


# --- JSON -------------------------------------------------------------------------------------


def json_safe(document: str, *, toml: bool = False) -> str:
    """A JSON text (as json.dumps writes it) with each dangerous character written as JSON's \\u
    escape. json.dumps escapes C0 itself but writes DEL, C1 and bidi characters raw; they occur
    only inside strings, where the escape is the same character, so the data does not change.
    `toml`: a TOML basic string instead, which writes a character above U+FFFF as \\U0010ffff
    where JSON has a surrogate pair."""

    def escaped(found: re.Match[str]) -> str:
        point = ord(found[0])
        if point <= 0xFFFF:
            return f"\\u{point:04x}"
        if toml:
            return f"\\U{point:08x}"
        point -= 0x10000
        return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"

    return _pattern(document).sub(escaped, document)


# --- CSV --------------------------------------------------------------------------------------

#: What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"), with the full-width
#: forms some spreadsheets accept too.
FORMULA_STARTS = "=+-@\t\r＝＋－＠"
#: A plain number (with a sign, decimals, an exponent or a percent sign) is data, not a formula.
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?"


def starts_formula(cell: str) -> bool:
    """Whether a spreadsheet would read the cell as a formula: it begins (after any spaces) with
    = + - @, a tab or a carriage return, and is not a plain number such as -3.5 or +18.5%."""
    stripped = cell.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_STARTS and re.fullmatch(_NUMBER, stripped) is None


def csv_cell(cell: str, *, raw: bool = False) -> str:
    """One CSV cell: dangerous characters escaped, and a quote (') before a cell that would start
    a formula, as OWASP recommends; `raw` (--csv-raw) leaves the formula rule out, for programs."""
    shown = visible(cell)
    return shown if raw or not starts_formula(shown) else "'" + shown

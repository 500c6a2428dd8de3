"""A problem of a fact file (otg check, a load that fails) in the run's language: where it is
(file, record, field) and what is wrong, from the phrase key its finder kept (`errors.Words`)."""

from __future__ import annotations

from otg_cli.errors import Joined, Problem, Spoken, Words
from otg_cli.i18n import current, phrase


def said(text: object) -> str:
    """Words in the current language, each value that is itself Words too; other text as it is."""
    if not isinstance(text, Words):
        return str(text)
    if current() == "en":
        return str(text)
    return phrase(text.key, **{name: _value(value) for name, value in text.values.items()})


def _value(value: object) -> str:
    """A value as the run's language quotes it: an id or a word typed ('KZX') in «»."""
    if isinstance(value, Words):
        return said(value)
    if isinstance(value, Spoken):
        return value.again()
    if isinstance(value, Joined):
        return said(value.between).join(_value(part) for part in value.parts)
    if isinstance(value, Problem):
        return where_and_what(value)
    text = str(value)
    if len(text) > 1 and text[0] == text[-1] == "'" and isinstance(value, str):
        return f"«{text[1:-1]}»"
    return text


def where_and_what(problem: Problem) -> str:
    """`file: record fact kz-x: field value: what is wrong`, as `Problem.__str__` in English."""
    if current() == "en":
        return str(problem)
    where = [problem.file] if problem.file else []
    if problem.record:
        where.append(phrase("record {id}", id=problem.record))
    if problem.field:
        where.append(phrase("field {name}", name=problem.field))
    message = said(problem.message)
    return f"{': '.join(where)}: {message}" if where else message

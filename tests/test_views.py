"""The views layer: one row builder per kind, and formatters that never go back to the base.

Data flows one way: records -> queries -> results -> views -> formatters. Once the queries have
run, printing the results in every format must not run a query or scan the fact base.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema
import pytest

from conftest import run, run_json
from otg_cli import kinds, query, views
from otg_cli.claims import read_claim
from otg_cli.derived import derived_figures
from otg_cli.hints import Hint
from otg_cli.models import FactBase
from otg_cli.output_models import DOCUMENTS, OUTPUT_KINDS
from otg_cli.render import Listing, OutputFormat, OutputOptions, formatter_for
from otg_cli.schema import json_schema
from otg_cli.search import search
from otg_cli.verify import verify
from otg_cli.views.hints import phrase_hint


class Scanned(AssertionError):
    """A formatter went back to the fact base after the queries ran."""


class LookupOnly(Mapping[str, Any]):
    """A table that may be looked up by id but not iterated."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def __getitem__(self, key: str) -> Any:
        return self._table[key]

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def get(self, key: str, default: Any = None) -> Any:
        return self._table.get(key, default)

    def __iter__(self) -> Iterator[str]:
        raise Scanned("iterated a table of the fact base")

    def __len__(self) -> int:
        raise Scanned("measured a table of the fact base")


def _listings(base: FactBase) -> list[tuple[str, Listing]]:
    """What each command hands its formatter, with every query already run."""
    facts = query.find_facts(base, ["KZ"])
    groups = query.find_agreements(base)
    claim = "Kazakhstan and Uzbekistan trade reached 4.3 billion dollars in 2025"
    checked = query.verified(base, verify(read_claim(claim, base), base))
    return [
        ("listing", Listing("fact", facts, base, title="Turnover", quotes=True)),
        ("listing", Listing("target", query.find_targets(base), base, quotes=True)),
        (
            "listing",
            Listing("agreement", [a for g in groups for a in g.agreements], base, quotes=True, groups=groups),
        ),
        ("listing", Listing("event", query.find_events(base), base)),
        ("listing", Listing("source", query.find_sources(base), base)),
        ("listing", Listing("derived", derived_figures(base), base)),
        ("listing", Listing("hit", search(base, "Туркестан"), base, query="Туркестан")),
        ("record", Listing("verification", [checked], base)),
        *[("record", Listing(views.kind_name(f), [f], base)) for f in _one_of_each(base)],
    ]


def _one_of_each(base: FactBase) -> list[object]:
    records = [next(iter(table.values())) for table in base._tables()]
    return [query.found(base, record) for record in records]


def test_formatters_never_query_or_scan_the_base(
    base: FactBase, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    listings = _listings(base)
    walled_tables = {"facts", "agreements", "targets"}
    walled = FactBase(
        origins=base.origins,
        archive_paths=base.archive_paths,
        disagreements=base.disagreements,  # found when the base was built, never by a formatter
        tables={
            name: LookupOnly(table) if name in walled_tables else table for name, table in base.tables.items()
        },
    )

    def forbidden(*args: object, **kwargs: object) -> None:
        raise Scanned("ran a query while printing")

    for name, function in inspect.getmembers(query, inspect.isfunction):
        if function.__module__ == query.__name__:
            monkeypatch.setattr(query, name, forbidden)
    monkeypatch.setattr(FactBase, "records", forbidden)
    printed = 0
    for output in OutputFormat:
        formatter = formatter_for(output)
        for method, listing in listings:
            verify_formats = (OutputFormat.table, OutputFormat.json, OutputFormat.claimreview)
            if listing.kind == "verification" and output not in verify_formats:
                continue  # verify prints a table, JSON or ClaimReview only
            if output is OutputFormat.claimreview and listing.kind != "verification":
                continue  # and ClaimReview is for verify only (test_statements checks that it says so)
            getattr(formatter, method)(listing._replace(base=walled), OutputOptions(output))
            printed += len(capsys.readouterr().out)
    assert printed


def test_every_kind_of_the_registry_has_a_row_and_a_shape() -> None:
    assert set(views.ROWS) == set(kinds.KINDS)
    assert set(OUTPUT_KINDS) == set(kinds.KINDS) | set(DOCUMENTS)
    for name, kind in kinds.KINDS.items():
        assert OUTPUT_KINDS[name].__name__ == kind.shape


def _validate(kind: str, document: Any) -> None:
    jsonschema.validate(document, json_schema(kind), cls=jsonschema.Draft202012Validator)


def test_search_and_verify_validate_against_their_schemas() -> None:
    hits = run_json("search", "Туркестан")
    assert hits
    for hit in hits:
        _validate("hit", hit)
    claim = "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,3 млрд долларов"
    _validate("verification", run_json("verify", claim))
    assert json.loads(run("schema", "hit").stdout)["title"] == "otg JSON output: one hit record"


def test_search_tsv_keeps_its_columns() -> None:
    line = run("search", "Туркестан", "--format", "tsv").stdout.splitlines()[0]
    kind, record, score, title = line.split("\t")
    assert (kind, score) == ("event", "4")
    assert record and title


def test_hints_keep_their_wording(base: FactBase) -> None:
    from otg_cli.hints import NoAgreements, NoEvent, NoFacts, NoMatch, NoRecord, NoTargets

    def say(hint: Hint) -> str:
        return phrase_hint(hint, base)

    assert (
        say(NoFacts(("KZ",), ("turnover",), "2030", (("KZ", "UZ"),)))
        == "no turnover figures for Kazakhstan within 2030. "
        "The fact base has turnover figures for: Kazakhstan – Uzbekistan"
    )
    assert say(NoAgreements("x", None)) == "no agreements match event 'x'"
    assert say(NoMatch("event", "x")) == "no event matches 'x'; run `otg events` for all"
    assert say(NoMatch("derived")) == "otg derives no figure for these parties and period"
    assert say(NoMatch("hit", "x")) == "nothing matches 'x'"
    assert say(NoTargets(("FR",))) == "no targets for FR"
    assert say(NoRecord("kz", ("kz-uz",))) == "no record with id 'kz'; did you mean kz-uz?"
    assert say(NoEvent("x", ())).startswith("no event matches 'x'. Events in the fact base:")

"""The bundled fact base: clean under `otg check`, every quote verbatim, the curation complete."""

from __future__ import annotations

import re

import pytest

from conftest import SEEDS, run
from otg_cli.builder import citations_of
from otg_cli.check import check_quotes, run_checks
from otg_cli.loader import load_fact_base
from otg_cli.models import FactBase
from otg_cli.settings import bundled_facts_dir
from otg_cli.text import collapse_whitespace


def _citations() -> list[object]:
    """Every citation of the bundled base, one test each. Read while tests are collected, so
    straight from the fact files: collecting never touches a cache."""
    base = load_fact_base([bundled_facts_dir()], use_cache=False)
    return [
        pytest.param(citation, id=f"{key}:{field}")
        for key, record in base.records().items()
        for field, citation in citations_of(record)
    ]


def test_bundled_base_checks_clean() -> None:
    assert run_checks([bundled_facts_dir()]) == []
    result = run("check", "--strict")
    assert result.exit_code == 0
    assert "clean" in result.stdout


@pytest.mark.parametrize("citation", _citations())
def test_every_quote_is_verbatim_in_its_archived_article(citation: object, base: FactBase) -> None:
    from otg_cli.models import Citation

    assert isinstance(citation, Citation)
    article = base.archive_paths[citation.source].read_text(encoding="utf-8")
    assert collapse_whitespace(citation.quote) in collapse_whitespace(article)


def test_quote_check_finds_nothing_missing(base: FactBase) -> None:
    assert check_quotes(base) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed articles are not beside this checkout")
def test_archived_articles_are_the_seed_articles_unchanged(base: FactBase) -> None:
    for source in base.sources.values():
        archived = base.archive_paths[source.id]
        assert archived.read_bytes() == (SEEDS / archived.name).read_bytes()


def test_every_archive_has_the_checksum_its_source_records(base: FactBase) -> None:
    import hashlib

    for key, source in base.sources.items():
        assert source.sha256 == hashlib.sha256(base.archive_paths[key].read_bytes()).hexdigest(), key


def test_the_curation_covers_the_articles(base: FactBase) -> None:
    assert len(base.sources) == 5
    assert len(base.events) >= 6
    assert len(base.agreements) >= 20
    assert len(base.targets) == 2
    assert len(base.facts) >= 30
    cited = {c.source for record in base.records().values() for _, c in citations_of(record)}
    assert cited == set(base.sources)


def test_published_dates_are_the_articles_own(base: FactBase) -> None:
    """A date is recorded only where the archived file states it on its first line."""
    for source in base.sources.values():
        first_line = base.archive_paths[source.id].read_text(encoding="utf-8").splitlines()[0]
        stated = re.match(r"^\s*date (\d{4}-\d{2}-\d{2})", first_line)
        assert source.published == (stated[1] if stated else None)


def test_qualifiers_keep_the_source_words(base: FactBase) -> None:
    words = {
        "over": ("более", "свыше", "превыш", "астам", "асты"),
        "about": ("около", "порядка", "шамамен"),
        "almost": ("почти",),
        "at_most": ("аспайды",),
    }
    for fact in base.facts.values():
        quotes = " ".join(c.quote for c in fact.citations).lower()
        if fact.qualifier in words:
            assert any(w in quotes for w in words[fact.qualifier]), fact.id
        elif fact.qualifier == "exact":
            assert not any(w in quotes for w in ("почти", "около", "порядка")), fact.id


def test_disagreements_are_linked_both_ways(base: FactBase) -> None:
    assert base.facts["kz-kg-turnover-2025"].conflicts_with == ("kz-kg-turnover-2025-kk",)
    assert base.facts["kz-kg-turnover-2025-kk"].conflicts_with == ("kz-kg-turnover-2025",)

"""A verification as schema.org ClaimReview (https://schema.org/ClaimReview), as JSON-LD.

`reviewRating.alternateName` is the verdict in words; `ratingValue` places it on a scale of 1
(contradicted) to 5 (supported), and is left out where otg gives no judgement (nothing found, or
the claim could not be read). `itemReviewed.appearance` lists each article the claim was checked
against, once, with its outlet, date and language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from otg_cli.output_models import SourceRefOut, VerificationOut

#: Each verdict on ClaimReview's scale of 1 to 5; None where otg gives no judgement.
RATINGS: dict[str, int | None] = {
    "supported": 5,
    "not_established": 3,
    "conflicting": 3,
    "period_mismatch": 2,
    "contradicted": 1,
    "not_found": None,
    "unreadable": None,
}


def _sources(row: VerificationOut) -> list[SourceRefOut]:
    cited = [s for fact in row["evidence"] for s in fact["sources"]]
    cited += [s for target in row["targets"] for s in target["sources"]]
    cited += [s for record in row["records"] for s in record["sources"]]
    return list({s["id"]: s for s in cited}.values())


def _appearance(source: SourceRefOut) -> dict[str, Any]:
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": source["outlet"]},
        "inLanguage": source["language"],
    }
    if source.get("url"):
        work["url"] = source.get("url")
    if source["title"]:
        work["headline"] = source["title"]
    if source["published"]:
        work["datePublished"] = source["published"]
    return work


def claim_review(row: VerificationOut) -> dict[str, Any]:
    verdict = row["verdict"]
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": verdict.replace("_", " ").capitalize(),
        "bestRating": 5,
        "worstRating": 1,
    }
    if RATINGS[verdict] is not None:
        rating["ratingValue"] = RATINGS[verdict]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["claim"]["text"],
        "reviewRating": rating,
        "reviewBody": row["explanation"],
        "author": {"@type": "Organization", "name": "otg"},
        "itemReviewed": {"@type": "Claim", "appearance": [_appearance(s) for s in _sources(row)]},
    }
    if row["as_of"]:
        review["datePublished"] = row["as_of"]
    return review

"""`otg verify --format claimreview`: the verdict as schema.org ClaimReview JSON-LD.

One document, as fact-checking sites publish their reviews for search engines: the claim, the
verdict as a rating whose `alternateName` is otg's verdict in words, and the articles the claim was
checked against as `itemReviewed.appearance`. The document is built in `views.claimreview`.
"""

from __future__ import annotations

import sys
from typing import NoReturn

from otg_cli.errors import OtgError
from otg_cli.render import Listing, OutputOptions
from otg_cli.render.json_format import dump


def _verify_only(*_: object) -> NoReturn:
    from otg_cli.i18n import phrase

    raise OtgError(phrase("--format claimreview applies to otg verify only"))


class ClaimReviewFormatter:
    def record(self, listing: Listing, options: OutputOptions) -> None:
        from otg_cli.views.claimreview import claim_review

        row = listing.rows()[0]
        if listing.kind != "verification":
            _verify_only()
        sys.stdout.write(dump(claim_review(row)) + "\n")  # type: ignore[arg-type]

    listing = _verify_only
    check = _verify_only
    empty = _verify_only


FORMATTER = ClaimReviewFormatter()

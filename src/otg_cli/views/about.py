"""`otg --version`: the version, and how current the bundled fact base is."""

from __future__ import annotations

from otg_cli.i18n import current, phrase
from otg_cli.models import FactBase


def newest_source(base: FactBase) -> str | None:
    """The publication date of the newest source (ISO dates, partial ones included, sort as text)."""
    dates = [str(source.published) for source in base.sources.values() if source.published]
    return max(dates, default=None)


def version_line(version: str, base: FactBase) -> str:
    """`otg 0.1.0`, then the bundled base: how many sources, and the newest one's date."""
    newest = newest_source(base)
    if newest is not None and current() != "en":
        from otg_cli.periods import describe_date

        newest = describe_date(newest)  # 20 февраля 2026 г.; English keeps the ISO date
    about = (
        phrase("bundled fact base: {count} sources, the newest published {date}").format(
            count=len(base.sources), date=newest
        )
        if newest
        else phrase("bundled fact base: {count} sources").format(count=len(base.sources))
    )
    return f"otg {version}\n{about}"

"""Shares as the board's pages and report print them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ONE_PLACE = Decimal("0.1")


def percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal place (half up); None if
    ``whole`` is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)

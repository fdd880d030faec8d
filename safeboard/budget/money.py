"""Amounts of money as people read them: £125,105, £2,052.50, −£31,969."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")


def to_pence(value: Decimal) -> Decimal:
    """Rounded to the penny, halves away from zero (as accounts round)."""
    return Decimal(value).quantize(PENNY, rounding=ROUND_HALF_UP)


def pounds(value: Decimal | int | None) -> str:
    """Whole pounds without pence; otherwise two places. A minus sign (U+2212) before the £.

    The minus sign, not a hyphen: screen readers say "minus", and browsers do
    not break a line after it as they may after a hyphen.
    """
    if value is None:
        return ""
    amount = to_pence(Decimal(value))
    sign = "\u2212" if amount < 0 else ""
    amount = abs(amount)
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{sign}£{text}"


def days(value: Decimal) -> str:
    """26.5, or 3 for a whole number of days."""
    value = Decimal(value)
    return f"{value:.0f}" if value == value.to_integral_value() else f"{value.normalize():f}"

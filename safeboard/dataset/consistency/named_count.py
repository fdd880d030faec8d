"""A ratio's denominator is the count it names.

``declarations.WHOLE_OF`` says which count each share divides by
(``referrals_to_assessment`` by ``referrals``, ``cp_by_ethnicity`` by
``cp_open``, ...). A figure of such a share with a denominator must carry
exactly that count's total for the same period: table 2.1 printing
3366/8035 at Q3 2017/18 beside 8033 referrals is a finding. The total row
of a count broken down (``cp_by_gender``'s, say) is held to its named count
the same way.

The count is looked for nearest the share first (same source, reference and
table; then same source and reference; same source; any). One finding per
share figure and differing count, naming both; the difference is the
denominator minus the count.
"""

from __future__ import annotations

from decimal import Decimal

from safeboard.dataset.consistency.context import Context, distinct_counts, nearest
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, fmt

RULE = "named-count"
TITLE = "A ratio's denominator equals the count it names"


def _whole(figure: SourcedFigure) -> tuple[Decimal | None, str]:
    """What the figure says its whole is, and how to say so."""
    if figure.denominator is not None and figure.unit != "count":
        return Decimal(figure.denominator), "denominator"
    if figure.unit == "count" and figure.is_total and figure.count is not None:
        return figure.count, "total"
    return None, ""


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for figure in context.figures:
        named = context.declarations.whole_of.get(figure.indicator)
        if named is None or named == figure.indicator:
            continue
        whole, what = _whole(figure)
        if whole is None:
            continue
        counts = distinct_counts(nearest(context.total_of(named, figure.period), figure))
        for count_figure in counts:
            count = count_figure.count
            if count == whole:
                continue
            breakdown = (
                f"{figure.breakdown_dim} {figure.breakdown_value}"
                if figure.breakdown_dim
                else "total"
            )
            found.append(
                ConsistencyFinding(
                    rule=RULE,
                    message=(
                        f"The {what} of {figure.indicator} ({breakdown}, {figure.period_end}) "
                        f"is {fmt(whole)} but {named}, the count it names, is {fmt(count)}."
                    ),
                    figures=(figure, count_figure),
                    difference=float(whole - count),
                )
            )
    return found

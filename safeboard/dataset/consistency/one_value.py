"""One quantity, one value.

The same indicator, period and breakdown, given more than once (by two
sources, or printed in two tables, e.g. children on a plan at 31 March in
tables 3.1 and 4.2), must agree: the values to their printed precision, and
the numerators and denominators where both figures give them.

One finding per quantity that disagrees, naming every figure of it; the
difference is the largest gap (in value, numerator or denominator).
"""

from __future__ import annotations

from decimal import Decimal

from safeboard.dataset.consistency.context import Context, rounded
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, fmt

RULE = "one-value"
TITLE = "One quantity, one value"


def _spread(figures: list[SourcedFigure], context: Context) -> list[tuple[str, Decimal]]:
    """(what, gap) for each of value, numerator, denominator that differs."""
    gaps = []
    values = {rounded(f.value, context.places(f.unit)) for f in figures if f.value is not None}
    if len(values) > 1:
        gaps.append(("value", max(values) - min(values)))
    for part in ("numerator", "denominator"):
        given = {getattr(f, part) for f in figures if getattr(f, part) is not None}
        if len(given) > 1:
            gaps.append((part, Decimal(max(given) - min(given))))
    units = {f.unit for f in figures}
    if len(units) > 1:
        gaps.append(("unit (" + " v ".join(sorted(units)) + ")", Decimal(0)))
    return gaps


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for quantity, figures in context.by_quantity.items():
        if len(figures) < 2:
            continue
        figures = sorted(figures, key=SourcedFigure.sort_key)
        gaps = _spread(figures, context)
        if not gaps:
            continue
        indicator, _kind, _start, end, dim, value = quantity
        what = f"{dim} {value}" if dim else "total"
        detail = "; ".join(f"{part} differs by {fmt(gap)}" for part, gap in gaps)
        found.append(
            ConsistencyFinding(
                rule=RULE,
                message=(
                    f"{indicator} ({what}) for the period ending {end} is given "
                    f"{len(figures)} times and they disagree: {detail}."
                ),
                figures=tuple(figures),
                difference=float(max(gap for _part, gap in gaps)),
            )
        )
    return found

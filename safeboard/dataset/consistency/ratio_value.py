"""A ratio against its printed value.

Where a figure gives its numerator and denominator, they must reproduce its
value to the printed precision (one decimal place for percents and rates
per 10,000, rounded half away from zero as ``compute`` rounds): 19/58 is
32.8%, so a printed 32.7% is a finding. A count that gives its numerator
must show it as its value. A share is a part of its whole, so a percent
whose numerator exceeds its denominator is a finding too, and so is a value
printed over a denominator of zero.

The difference is the printed value minus the value recomputed.
"""

from __future__ import annotations

from decimal import Decimal

from safeboard.dataset.consistency.context import Context, rounded
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, dec, fmt

RULE = "ratio-value"
TITLE = "Ratio against its printed value"

SCALE = {"percent": 100, "rate_per_10000": 10_000}


def _finding(figure: SourcedFigure, message: str, gap: Decimal | None) -> ConsistencyFinding:
    return ConsistencyFinding(
        rule=RULE,
        message=message,
        figures=(figure,),
        difference=None if gap is None else float(gap),
    )


def _check(figure: SourcedFigure, context: Context) -> ConsistencyFinding | None:
    if figure.value is None or figure.numerator is None:
        return None
    places = context.places(figure.unit)
    printed = dec(figure.value)
    name = f"{figure.indicator} ({figure.breakdown_value or 'total'}, {figure.period_end})"
    if figure.unit == "count":
        if rounded(printed, places) != figure.numerator:
            return _finding(
                figure,
                f"{name} shows {fmt(printed)} but its count is {figure.numerator}.",
                printed - figure.numerator,
            )
        return None
    if figure.unit not in SCALE or figure.denominator is None:
        return None
    if figure.denominator == 0:
        return _finding(
            figure,
            f"{name} shows {fmt(printed)} over a denominator of 0, which gives no value.",
            None,
        )
    if figure.unit == "percent" and figure.numerator > figure.denominator:
        return _finding(
            figure,
            f"{name} is a share, but its numerator {figure.numerator} exceeds its "
            f"denominator {figure.denominator}.",
            Decimal(figure.numerator - figure.denominator),
        )
    exact = Decimal(figure.numerator) * SCALE[figure.unit] / Decimal(figure.denominator)
    recomputed = rounded(exact, places)
    if rounded(printed, places) == recomputed:
        return None
    return _finding(
        figure,
        f"{name}: {figure.numerator}/{figure.denominator} gives {fmt(recomputed)} "
        f"({'%' if figure.unit == 'percent' else 'per 10,000'}, {places} dp), "
        f"not the {fmt(printed)} shown.",
        printed - recomputed,
    )


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for figure in context.figures:
        finding = _check(figure, context)
        if finding is not None:
            found.append(finding)
    return found

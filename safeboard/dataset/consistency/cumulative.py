"""Cumulative figures never fall from one quarter to the next within a year.

A cumulative figure counts events from 1 April to a quarter end, so a later
quarter holds every event of an earlier one: its count (and the numerator
and denominator of a share or rate) cannot be smaller. Rates per 10,000
divide by one population all year, so their values cannot fall either;
a share's percent can, and is not compared. Table 2.4 showing 86 referrals
from school nurses by Q3 and 12 by Q4 is a finding.

Figures of one series (indicator, breakdown, source, reference, table, year
start) are compared with the next quarter end present. One finding per pair
of figures that falls; the difference is the later minus the earlier (the
largest fall).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from safeboard.dataset.consistency.context import Context
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, dec, fmt

RULE = "cumulative-falls"
TITLE = "Cumulative figures never fall within a year"

VALUE_NEVER_FALLS = ("count", "rate_per_10000")


def _falls(earlier: SourcedFigure, later: SourcedFigure) -> list[tuple[str, Decimal, Decimal]]:
    falls = []
    if (
        earlier.unit in VALUE_NEVER_FALLS
        and earlier.value is not None
        and later.value is not None
        and dec(later.value) < dec(earlier.value)
    ):
        falls.append(("value", dec(earlier.value), dec(later.value)))
    for part in ("numerator", "denominator"):
        before, after = getattr(earlier, part), getattr(later, part)
        if before is not None and after is not None and after < before:
            falls.append((part, Decimal(before), Decimal(after)))
    return falls


def findings(context: Context) -> list[ConsistencyFinding]:
    series: dict[tuple, dict[str, list[SourcedFigure]]] = defaultdict(lambda: defaultdict(list))
    for figure in context.figures:
        if figure.period_kind != "cumulative":
            continue
        key = (
            figure.indicator,
            figure.unit,
            figure.breakdown_dim,
            figure.breakdown_value,
            figure.source,
            figure.reference,
            figure.table,
            figure.period_start,
        )
        series[key][figure.period_end].append(figure)
    found = []
    for by_end in series.values():
        ends = sorted(by_end)
        for before_end, after_end in zip(ends, ends[1:], strict=False):
            for earlier in sorted(by_end[before_end], key=SourcedFigure.sort_key):
                for later in sorted(by_end[after_end], key=SourcedFigure.sort_key):
                    falls = _falls(earlier, later)
                    if not falls:
                        continue
                    what = (
                        f"{earlier.breakdown_dim} {earlier.breakdown_value}"
                        if earlier.breakdown_dim
                        else "total"
                    )
                    detail = "; ".join(
                        f"{part} {fmt(before)} to {fmt(after)}" for part, before, after in falls
                    )
                    found.append(
                        ConsistencyFinding(
                            rule=RULE,
                            message=(
                                f"{earlier.indicator} ({what}) is cumulative from "
                                f"{earlier.period_start} but falls from {before_end} to "
                                f"{after_end}: {detail}."
                            ),
                            figures=(earlier, later),
                            difference=float(min(after - before for _p, before, after in falls)),
                        )
                    )
    return found

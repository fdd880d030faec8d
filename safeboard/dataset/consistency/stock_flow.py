"""Stock and flow, where a return gives both.

For each ``declarations.StockFlow`` (say private fostering: children in
arrangements at a date; arrangements begun; arrangements ended), every
figure of what began in a period is joined, for the same breakdown, with
what ended in that period and the stock on the day before it started and on
its last day (each looked for nearest the "begun" figure: same source,
reference and table first). Where all four are there:

    stock at start + begun - ended = stock at end

One finding per set of four figures that does not balance; the difference is
start + begun - ended - end.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import product

from safeboard.dataset.consistency.context import Context, distinct_counts, nearest
from safeboard.dataset.consistency.declarations import StockFlow
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, fmt

RULE = "stock-flow"
TITLE = "Stock and flow balance"


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _balance(declared: StockFlow, begun: SourcedFigure, context: Context):
    breakdown = (begun.breakdown_dim, begun.breakdown_value)
    ended = [
        f
        for f in context.at(declared.ended, begun.period_end, breakdown)
        if f.period == begun.period
    ]
    opening = [
        f
        for f in context.at(declared.stock, _day_before(begun.period_start), breakdown)
        if f.period_kind == "snapshot"
    ]
    closing = [
        f
        for f in context.at(declared.stock, begun.period_end, breakdown)
        if f.period_kind == "snapshot"
    ]
    slots = [distinct_counts(nearest(group, begun)) for group in (opening, ended, closing)]
    if not all(slots):
        return
    for start, end_flow, end in product(*slots):
        gap = start.count + begun.count - end_flow.count - end.count
        if gap != Decimal(0):
            yield start, end_flow, end, gap


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for declared in context.declarations.stock_flows:
        for begun in sorted(context.figures, key=SourcedFigure.sort_key):
            if begun.indicator != declared.begun or begun.count is None:
                continue
            for start, ended, end, gap in _balance(declared, begun, context):
                found.append(
                    ConsistencyFinding(
                        rule=RULE,
                        message=(
                            f"{declared.stock} at {start.period_end} ({fmt(start.count)}) + "
                            f"{declared.begun} ({fmt(begun.count)}) - {declared.ended} "
                            f"({fmt(ended.count)}) from {begun.period_start} to "
                            f"{begun.period_end} is {fmt(start.count + begun.count - ended.count)}"
                            f", but {declared.stock} at {end.period_end} is {fmt(end.count)}."
                        ),
                        figures=(start, begun, ended, end),
                        difference=float(gap),
                    )
                )
    return found

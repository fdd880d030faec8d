"""Breakdowns add up to their total.

The cells of a breakdown that splits the whole (``declarations.PARTITIONS``:
ethnicity, language, gender, age band, CP category, referral source; not
district) from one source, reference and table, for one period:

- counts add up exactly to the total: the indicator's own total row and the
  count it names (``WHOLE_OF``: ``cp_by_gender`` adds up to ``cp_open``),
  whichever are nearest the cells (same source, reference and table first);
- percents add up to 100 within 0.2 (0.05 a cell for more than four cells,
  the most rounding alone can give); where every cell gives its numerator
  over one common denominator the numerators are added instead, exactly.

A breakdown with a value missing is only held to "no more than the total".
One finding per breakdown (and total) that fails, naming every cell and the
total; the difference is the sum minus the total (or minus 100).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from safeboard.dataset.consistency.context import Context, distinct_counts, nearest
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure, dec, fmt

RULE = "breakdown-total"
TITLE = "Breakdowns add up to their total"


def _groups(context: Context) -> dict[tuple, list[SourcedFigure]]:
    groups: dict[tuple, list[SourcedFigure]] = defaultdict(list)
    for figure in context.figures:
        if figure.is_total or figure.breakdown_dim not in context.declarations.partitions:
            continue
        if figure.unit not in ("count", "percent"):
            continue
        key = (
            figure.indicator,
            figure.unit,
            *figure.period,
            figure.breakdown_dim,
            figure.source,
            figure.reference,
            figure.table,
        )
        groups[key].append(figure)
    return groups


def _cells(figures: list[SourcedFigure]) -> list[SourcedFigure]:
    """One figure per breakdown value (a value given twice is one-value's business)."""
    seen: set[str] = set()
    cells = []
    for figure in sorted(figures, key=SourcedFigure.sort_key):
        if figure.breakdown_value not in seen:
            seen.add(figure.breakdown_value)
            cells.append(figure)
    return cells


def _fails(total: Decimal, added: Decimal, complete: bool, tolerance: Decimal) -> bool:
    if complete:
        return abs(added - total) > tolerance
    return added - total > tolerance


def _finding(cells, totals, message, gap) -> ConsistencyFinding:
    return ConsistencyFinding(
        rule=RULE, message=message, figures=(*cells, *totals), difference=float(gap)
    )


def _counts(cells, complete, context: Context) -> list[ConsistencyFinding]:
    first = cells[0]
    counts = [c.count for c in cells]
    if any(c is None for c in counts):
        return []
    added = sum(counts, Decimal(0))
    candidates = list(context.total_of(first.indicator, first.period))
    named = context.declarations.whole_of.get(first.indicator)
    if named:
        candidates += context.total_of(named, first.period)
    totals = nearest(candidates, first)
    found = []
    for total_figure in distinct_counts(totals):
        total = total_figure.count
        if not _fails(total, added, complete, Decimal(0)):
            continue
        found.append(
            _finding(
                cells,
                (total_figure,),
                f"The {first.breakdown_dim} cells of {first.indicator} ({first.period_end}) "
                f"add up to {fmt(added)}, {'not' if complete else 'more than'} the total "
                f"{fmt(total)} ({total_figure.indicator}).",
                added - total,
            )
        )
    return found


def _percents(cells, complete, context: Context) -> list[ConsistencyFinding]:
    first = cells[0]
    denominators = {c.denominator for c in cells}
    whole = (first.indicator, first.breakdown_dim, first.period_end)
    if (
        all(c.numerator is not None for c in cells)
        and len(denominators) == 1
        and None not in denominators
    ):
        (denominator,) = denominators
        added = sum((Decimal(c.numerator) for c in cells), Decimal(0))
        if not _fails(Decimal(denominator), added, complete, Decimal(0)):
            return []
        return [
            _finding(
                cells,
                (),
                "The {1} numerators of {0} ({2}) add up to {3}, {4} their denominator {5}.".format(
                    *whole, fmt(added), "not" if complete else "more than", denominator
                ),
                added - denominator,
            )
        ]
    if any(c.value is None for c in cells):
        return []
    added = sum((dec(c.value) for c in cells), Decimal(0))
    tolerance = context.declarations.percent_tolerance(len(cells))
    if not _fails(Decimal(100), added, complete, tolerance):
        return []
    return [
        _finding(
            cells,
            (),
            "The {1} percents of {0} ({2}) add up to {3}%, {4} 100% +/- {5}.".format(
                *whole, fmt(added), "not" if complete else "more than", fmt(tolerance)
            ),
            added - 100,
        )
    ]


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for figures in _groups(context).values():
        cells = _cells(figures)
        expected = set(context.declarations.partitions[cells[0].breakdown_dim])
        complete = expected <= {c.breakdown_value for c in cells}
        if cells[0].unit == "count":
            found.extend(_counts(cells, complete, context))
        else:
            found.extend(_percents(cells, complete, context))
    return found

"""Disclosure control for published outputs (INDICATORS.md, "Disclosure control").

The stored dataset keeps raw integers; only published outputs pass through
:func:`publish`, which turns each :class:`~safeboard.dataset.compute.Figure`
into a :class:`PublishedFigure`: the same identifying fields, the string to
print (``shown``) and why it was withheld (``suppressed_reason``). Numerators,
denominators and unrounded values are deliberately not carried over.

The symbols follow DfE / GSS convention:

- a count is printed as an integer, a percent or rate per 10,000 to 1 dp;
- ``0`` is a true zero and is never suppressed (``0.0`` for a share or rate);
- ``c`` is confidential (suppressed);
- ``z`` is not applicable: no value because the denominator is zero;
- ``:`` is not available: no numerator (or no value) at all.

The algorithm, deterministic and independent of the order of its input:

1. **Primary suppression.** Each figure's *count* is its numerator (for a
   published count given only as a value, that value). A count from 1 to the
   threshold is ``c``, and so is any share or rate whose numerator is such a
   count (its value times the known denominator would give the count back).
   The threshold is ``settings.SAFEBOARD_DISCLOSURE_THRESHOLD`` (5 by default)
   unless given as an argument.

2. **Groups.** A group is one breakdown of one figure: the cells with the same
   indicator, period (kind, start, end), source and ``breakdown_dim``, plus the
   total row (empty ``breakdown_dim``) of that indicator, period and source if
   the input has one. A group without a total has no equation to solve, so it
   needs no secondary suppression. The cells' counts are taken to add up to the
   total's count; where they do not quite (a district breakdown leaves out
   children with no district) this errs on the safe side. Cells shown as ``z``
   or ``:`` are ignored: they neither hide nor reveal anything.

3. **Secondary suppression.** A group whose equation ``total = sum of cells``
   has exactly one unknown lets a reader recover it by subtraction. So, while
   some group has exactly one hidden member (counting the total as a member):

   - one hidden cell and the total shown: hide the smallest shown non-zero
     cell, ties broken by breakdown order (``BREAKDOWNS``; for other dims such
     as district, by name); if no such cell is left, hide the total;
   - the total hidden and every cell shown (a total hidden by another
     breakdown of the same figure): hide the smallest shown non-zero cell, as
     above.

   Zeros are never hidden. Hiding a total can open up another breakdown of the
   same figure, so the step repeats over all groups, in a fixed order, until
   nothing changes; each pass hides at least one more figure, so it ends.

4. **Shares and rates follow their counts.** Within one indicator, steps 1-3
   run on the numerators, so a share row is hidden whenever its numerator is.
   Across indicators, ``numerator_of`` may name, for a share or rate
   indicator, the count indicator its numerator is; then a cell of the one is
   hidden whenever the same cell (period, source, breakdown) of the other is,
   in both directions, inside the same repeat-until-stable loop.

What it does not do: rounding to the nearest 10 (England and regional totals
only), protecting complements (a share near 100% of a shown denominator), or
links between figures of different periods (quarter-on-quarter differences)
beyond what ``numerator_of`` names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from django.conf import settings

from safeboard.dataset.breakdowns import BREAKDOWNS
from safeboard.dataset.compute import Figure

SUPPRESSED = "c"
NOT_APPLICABLE = "z"
NOT_AVAILABLE = ":"
PRIMARY = "primary"
SECONDARY = "secondary"
DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class PublishedFigure:
    indicator: str
    period_kind: str
    period_start: str
    period_end: str
    breakdown_dim: str
    breakdown_value: str
    unit: str
    source: str
    shown: str
    suppressed_reason: str

    def as_dict(self) -> dict:
        return asdict(self)


def disclosure_threshold() -> int:
    return int(getattr(settings, "SAFEBOARD_DISCLOSURE_THRESHOLD", DEFAULT_THRESHOLD))


def _count(figure: Figure) -> int | None:
    """The count a figure rests on: its numerator, or a plain count's value."""
    if figure.numerator is not None:
        return figure.numerator
    if figure.unit == "count" and figure.value is not None:
        return int(figure.value)
    return None


def _format(figure: Figure) -> str:
    if figure.unit == "count":
        return str(_count(figure))
    return f"{figure.value:.1f}"


def _primary(figure: Figure, threshold: int) -> tuple[str, str, int | None]:
    """(shown, reason, count that takes part in secondary suppression)."""
    if figure.value is None and figure.denominator == 0:
        return NOT_APPLICABLE, "", None
    count = _count(figure)
    if figure.unit == "count":
        if count is None:
            return NOT_AVAILABLE, "", None
    elif figure.value is None:
        return NOT_AVAILABLE, "", None
    if count is not None and 1 <= count <= threshold:
        return SUPPRESSED, PRIMARY, count
    return _format(figure), "", count


def _period(figure: Figure) -> tuple[str, str, str, str, str]:
    return (
        figure.indicator,
        figure.period_kind,
        figure.period_start,
        figure.period_end,
        figure.source,
    )


def _order(figure: Figure) -> tuple[int, str]:
    values = BREAKDOWNS.get(figure.breakdown_dim, ())
    rank = values.index(figure.breakdown_value) if figure.breakdown_value in values else len(values)
    return rank, figure.breakdown_value


def publish(
    figures: list[Figure],
    *,
    threshold: int | None = None,
    numerator_of: Mapping[str, str] | None = None,
) -> list[PublishedFigure]:
    """The figures as published, in the input's order (see the module's docstring)."""
    limit = disclosure_threshold() if threshold is None else threshold
    shown: list[str] = []
    reason: list[str] = []
    count: list[int | None] = []
    for figure in figures:
        text, why, n = _primary(figure, limit)
        shown.append(text)
        reason.append(why)
        count.append(n)

    # Groups: (indicator, period, source) -> total index, and -> dim -> cell indices.
    totals: dict[tuple, int] = {}
    cells: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, figure in enumerate(figures):
        if count[i] is None:
            continue  # z and : take no part.
        if figure.breakdown_dim:
            cells[_period(figure)][figure.breakdown_dim].append(i)
        else:
            totals[_period(figure)] = i
    groups = [
        (totals[key], sorted(members, key=lambda i: _order(figures[i])))
        for key in sorted(totals)
        for _, members in sorted(cells[key].items())
    ]

    # Linked cells across indicators: a share or rate cell and its count cell.
    links: list[tuple[int, int]] = []
    if numerator_of:
        position = {
            (*_period(f), f.breakdown_dim, f.breakdown_value): i for i, f in enumerate(figures)
        }
        for i, figure in enumerate(figures):
            counted = numerator_of.get(figure.indicator)
            if counted is None:
                continue
            key = (counted, *_period(figure)[1:], figure.breakdown_dim, figure.breakdown_value)
            j = position.get(key)
            if j is not None and count[i] and count[j]:  # zeros, z and : stay as they are
                links.append((i, j))

    def hide(i: int) -> None:
        shown[i] = SUPPRESSED
        reason[i] = SECONDARY

    changed = True
    while changed:
        changed = False
        for total, members in groups:
            hidden = [i for i in members if reason[i]]
            total_hidden = bool(reason[total])
            if len(hidden) + total_hidden != 1:
                continue
            candidates = [i for i in members if not reason[i] and count[i]]
            if candidates:
                hide(min(candidates, key=lambda i: (count[i], _order(figures[i]))))
            elif not total_hidden and count[total]:
                hide(total)
            else:
                continue
            changed = True
        for a, b in links:
            if bool(reason[a]) != bool(reason[b]):
                hide(b if reason[a] else a)
                changed = True

    return [
        PublishedFigure(
            indicator=f.indicator,
            period_kind=f.period_kind,
            period_start=f.period_start,
            period_end=f.period_end,
            breakdown_dim=f.breakdown_dim,
            breakdown_value=f.breakdown_value,
            unit=f.unit,
            source=f.source,
            shown=shown[i],
            suppressed_reason=reason[i],
        )
        for i, f in enumerate(figures)
    ]

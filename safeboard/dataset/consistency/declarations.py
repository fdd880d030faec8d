"""The relations between indicators, as data, in one place.

- ``WHOLE_OF``: the count each share divides by, or each count breakdown adds
  up to (INDICATORS.md: "share of ``referrals``", "``cp_open`` by ..."). A
  ratio's denominator must equal that count for the same period (its total,
  whatever the ratio's breakdown); a count breakdown's total row must equal
  it too, and its cells add up to it when the indicator has no total row.
  Rates per 10,000 divide by the population, which is no indicator, so they
  are not listed; nor is ``assessments_completed_45wd`` (assessments
  authorised in P is no indicator of its own).
- ``PARTITIONS``: breakdowns whose values split the whole with nothing left
  over, so their cells add up to the total. ``district`` is not one: a child
  with no district counts in the county total only.
- ``STOCK_FLOWS``: a stock at the start of a period, plus what began, minus
  what ended, is the stock at the end (private fostering arrangements, once
  the agency returns define their ids). None are declared yet.
- ``PRECISION``: decimal places a value is printed to, by unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from safeboard.dataset.breakdowns import BREAKDOWNS

WHOLE_OF: dict[str, str] = {
    # Section 2: shares of referrals, and conferences held in time.
    "referrals_to_assessment": "referrals",
    "referrals_nfa": "referrals",
    "rereferrals_12m": "referrals",
    "referrals_by_ethnicity": "referrals",
    "referrals_by_language": "referrals",
    "referrals_disabled": "referrals",
    "referrals_by_source": "referrals",
    "icpc_within_15wd": "icpc",
    # Section 3: residential placements among looked-after children.
    "lac_residential": "lac_open",
    # Section 4: children on a plan, broken down or as shares; plans ceased and started.
    "cp_by_gender": "cp_open",
    "cp_by_age": "cp_open",
    "cp_by_category": "cp_open",
    "cp_by_ethnicity": "cp_open",
    "cp_by_language": "cp_open",
    "cp_disabled": "cp_open",
    "cp_long_plans": "cp_ceased",
    "cp_short_plans": "cp_ceased",
    "cp_repeat": "cp_started",
    "cp_repeat_2y": "cp_started",
}

PARTITIONS: dict[str, tuple[str, ...]] = dict(BREAKDOWNS)


@dataclass(frozen=True)
class StockFlow:
    """``stock`` at the day before a flow period starts + ``begun`` - ``ended`` in the
    period = ``stock`` at the period's end (same breakdown, same source)."""

    stock: str
    begun: str
    ended: str


STOCK_FLOWS: tuple[StockFlow, ...] = ()

PRECISION: dict[str, int] = {"count": 0, "percent": 1, "rate_per_10000": 1}

# Percent breakdowns add up to 100 within 0.2 (INDICATORS.md); each printed cell is
# off by at most half its last digit (0.05), so a breakdown of more than four cells
# is allowed 0.05 a cell: rounding alone never raises a finding.
PERCENT_SUM_TOLERANCE = Decimal("0.2")
PERCENT_CELL_ROUNDING = Decimal("0.05")


@dataclass(frozen=True)
class Declarations:
    whole_of: Mapping[str, str] = field(default_factory=lambda: dict(WHOLE_OF))
    partitions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(PARTITIONS))
    stock_flows: tuple[StockFlow, ...] = STOCK_FLOWS
    precision: Mapping[str, int] = field(default_factory=lambda: dict(PRECISION))

    def places(self, unit: str) -> int:
        return self.precision.get(unit, 1)

    def percent_tolerance(self, cells: int) -> Decimal:
        return max(PERCENT_SUM_TOLERANCE, PERCENT_CELL_ROUNDING * cells)


DECLARATIONS = Declarations()

# Other areas add their own relations and figures here when the app starts (the
# agency returns register their stock-and-flow relations and their accepted
# figures), so the dataset never imports them.
_EXTRA_STOCK_FLOWS: list[StockFlow] = []
_EXTRA_WHOLE_OF: dict[str, str] = {}
FIGURE_SOURCES: list = []  # callables: collection year -> figures with their source


def register_declarations(
    *, stock_flows: tuple = (), whole_of: Mapping[str, str] | None = None, figures=None
) -> None:
    for relation in stock_flows:
        flow = StockFlow(relation.stock, relation.begun, relation.ended)
        if flow not in _EXTRA_STOCK_FLOWS:
            _EXTRA_STOCK_FLOWS.append(flow)
    _EXTRA_WHOLE_OF.update(whole_of or {})
    if figures is not None and figures not in FIGURE_SOURCES:
        FIGURE_SOURCES.append(figures)


def current_declarations() -> Declarations:
    """The dataset's own declarations and every area's registered ones."""
    return Declarations(
        whole_of={**WHOLE_OF, **_EXTRA_WHOLE_OF},
        stock_flows=STOCK_FLOWS + tuple(_EXTRA_STOCK_FLOWS),
    )

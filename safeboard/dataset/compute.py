"""Running indicators: one figure per breakdown value, in INDICATORS.md's output shape.

Shares and rates are computed from integers and rounded once, here, half
away from zero to one decimal place.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal

import duckdb

from safeboard.dataset.periods import Period, PeriodKind, dataset_periods, period_for
from safeboard.dataset.registry import Indicator, indicators
from safeboard.dataset.thresholds import thresholds

_PARAMETER = re.compile(r"\$([a-z_][a-z0-9_]*)")


@dataclass(frozen=True)
class Figure:
    indicator: str
    period_kind: str
    period_start: str
    period_end: str
    breakdown_dim: str
    breakdown_value: str
    numerator: int | None
    denominator: int | None
    value: float | None
    unit: str
    source: str = "computed"

    def as_dict(self) -> dict:
        return asdict(self)


def round_half_away(value: Decimal, places: int = 1) -> float:
    """Half away from zero (Decimal's ROUND_HALF_UP rounds away from zero)."""
    quantum = Decimal(1).scaleb(-places)
    return float(value.quantize(quantum, rounding=ROUND_HALF_UP))


def figure_value(unit: str, numerator: int | None, denominator: int | None) -> float | None:
    if numerator is None:
        return None
    if unit == "count":
        return float(numerator)
    if not denominator:
        return None
    scale = 100 if unit == "percent" else 10_000
    return round_half_away(Decimal(numerator) * scale / Decimal(denominator))


def compute(connection: duckdb.DuckDBPyConnection, ind: Indicator, period: Period) -> list[Figure]:
    available = {
        "period_start": period.start,
        "period_end": period.end,
        **thresholds(),
    }
    used = set(_PARAMETER.findall(ind.sql))
    unknown = used - set(available)
    if unknown:
        raise ValueError(f"{ind.id}: unknown parameters {', '.join(sorted(unknown))}.")
    rows = connection.execute(ind.sql, {name: available[name] for name in used}).fetchall()
    figures = []
    for dim, value, numerator, denominator in rows:
        numerator = None if numerator is None else int(numerator)
        denominator = None if denominator is None else int(denominator)
        figures.append(
            Figure(
                indicator=ind.id,
                period_kind=period.kind.value,
                period_start=period.start.isoformat(),
                period_end=period.end.isoformat(),
                breakdown_dim=dim or "",
                breakdown_value=value or "",
                numerator=numerator,
                denominator=denominator,
                value=figure_value(ind.unit, numerator, denominator),
                unit=ind.unit,
            )
        )
    return figures


def indicator_period(ind: Indicator, collection_year: int, quarter: int = 4) -> Period:
    return period_for(PeriodKind(ind.period_kind), collection_year, quarter)


def dataset(
    connection: duckdb.DuckDBPyConnection, collection_year: int, quarter: int | None = None
) -> list[Figure]:
    """Every indicator for the year's quarters (up to ``quarter``) and the four years before."""
    figures: list[Figure] = []
    for ind in indicators().values():
        periods = dataset_periods(PeriodKind(ind.period_kind), collection_year)
        if quarter is not None:
            periods = [p for p in periods if p.collection_year < collection_year] + [
                period_for(PeriodKind(ind.period_kind), collection_year, q)
                for q in range(1, quarter + 1)
            ]
        for period in periods:
            figures.extend(compute(connection, ind, period))
    return figures

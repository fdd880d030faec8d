"""Year figures written by hand, so chart and table tests know every number."""

from __future__ import annotations

from safeboard.dashboards.figures import BaselineShare, YearFigures
from safeboard.dataset.compute import Figure, figure_value
from safeboard.dataset.periods import PeriodKind, dataset_periods
from safeboard.dataset.registry import indicator

YEAR = 2018


def held_figures(
    values: dict[tuple[str, str, str], list[tuple[int, int | None]] | list[int]],
    *,
    uncovered: tuple[tuple[str, str], ...] = (),
    baseline: dict[str, list[tuple[str, float]]] | None = None,
    year: int = YEAR,
) -> YearFigures:
    """``values[(indicator, dim, value)]``: for each of the 8 periods (four years, then
    four quarters), a count or a (numerator, denominator) pair."""
    figures = {}
    covered = set()
    for (indicator_id, dim, value), series in values.items():
        ind = indicator(indicator_id)
        periods = dataset_periods(PeriodKind(ind.period_kind), year)
        assert len(series) == len(periods)
        for period, item in zip(periods, series, strict=True):
            numerator, denominator = item if isinstance(item, tuple) else (item, None)
            figure = Figure(
                indicator=indicator_id,
                period_kind=ind.period_kind,
                period_start=period.start.isoformat(),
                period_end=period.end.isoformat(),
                breakdown_dim=dim,
                breakdown_value=value,
                numerator=numerator,
                denominator=denominator,
                value=figure_value(ind.unit, numerator, denominator),
                unit=ind.unit,
            )
            figures[(indicator_id, figure.period_end, dim, value)] = figure
            if (indicator_id, figure.period_end) not in uncovered:
                covered.add((indicator_id, figure.period_end))
    return YearFigures(
        year=year,
        cache_key=f"test:{id(figures)}",
        figures=figures,
        covered=frozenset(covered),
        baseline={
            dim: [BaselineShare(v, p, "School census January 2018", None) for v, p in shares]
            for dim, shares in (baseline or {}).items()
        },
        has_data=True,
    )

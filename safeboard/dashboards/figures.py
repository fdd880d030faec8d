"""The figures the dashboards show, from the current snapshots, with a short-lived cache.

``year_figures(year)`` runs every indicator of the dataset for a collection
year (its quarters and the four years before, as ``compute.dataset`` does)
over the current snapshots. Computing takes seconds on a county's data, so
the result is kept in Django's cache for ``CACHE_SECONDS``, under a key made
of the year, the ids of the current snapshots and the dataset's thresholds:
a new import (or a changed threshold) changes the key, so a page never shows
figures from data that has since been superseded, and the short lifetime
only bounds the memory the cache holds. Rendered charts and consistency
findings are cached under the same key.

A computed figure is shown only where its period is covered: for each
year-bound kind of return its SQL reads (CIN census, SSDA903, contacts), a
current snapshot of that kind for the period's collection year, as at the
period's end or later. Elsewhere the tables show ``:`` (not available), as
INDICATORS.md's disclosure conventions have it, never a zero that only
means "no data".

Figures are aggregates and every signed-in role may read them; which
snapshot they came from is told in full only to child-level roles
(``figure_sources`` returns the snapshots; the presenter decides how much to show).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache

from safeboard.dataset.compute import Figure, dataset
from safeboard.dataset.inputs import YEAR_BOUND_KINDS, kinds_read
from safeboard.dataset.periods import (
    Period,
    PeriodKind,
    collection_year_of,
    dataset_periods,
    quarter_end,
)
from safeboard.dataset.registry import Indicator, indicator, indicators
from safeboard.dataset.thresholds import thresholds

CACHE_SECONDS = 300
CACHE_VERSION = 1

FigureKey = tuple[str, str, str, str]  # indicator, period_end, breakdown_dim, breakdown_value


def period_of(ind: Indicator, period_end: date) -> Period:
    """The indicator's period ending on a quarter end (ValueError for any other date)."""
    year = collection_year_of(period_end)
    quarters = {quarter_end(year, q): q for q in (1, 2, 3, 4)}
    if period_end not in quarters:
        raise ValueError(f"{period_end} is not the end of a quarter.")
    for period in dataset_periods(PeriodKind(ind.period_kind), year):
        if period.end == period_end:
            return period
    raise ValueError(f"{period_end} is not a period of {ind.id}.")  # pragma: no cover


@dataclass(frozen=True)
class BaselineShare:
    value: str
    percent: float
    source: str
    as_at: date | None


@dataclass
class YearFigures:
    """A collection year's figures, and which of them a return covers."""

    year: int
    cache_key: str
    figures: dict[FigureKey, Figure] = field(default_factory=dict)
    covered: frozenset[tuple[str, str]] = frozenset()  # (indicator, period_end)
    baseline: dict[str, list[BaselineShare]] = field(default_factory=dict)
    has_data: bool = False

    def periods(self, period_kind: str) -> list[Period]:
        return dataset_periods(PeriodKind(period_kind), self.year)

    def get(self, indicator_id: str, period_end: str, dim: str = "", value: str = ""):
        """The figure, or None when it is not computed or no return covers its period."""
        if (indicator_id, period_end) not in self.covered:
            return None
        return self.figures.get((indicator_id, period_end, dim, value))

    def is_covered(self, indicator_id: str, period_end: str) -> bool:
        return (indicator_id, period_end) in self.covered

    def present(self, indicator_id: str) -> list[tuple[str, str]]:
        """The (dim, value) pairs an indicator's covered figures hold."""
        return sorted(
            {(k[2], k[3]) for k in self.figures if k[0] == indicator_id and k[2]},
        )

    def shown(self) -> list[Figure]:
        """Every covered figure (what the dashboards show and the check reads)."""
        return [f for k, f in self.figures.items() if (k[0], k[1]) in self.covered]


def _digest(snapshots: Iterable) -> str:
    material = {
        "snapshots": sorted(str(s.pk) for s in snapshots),
        "thresholds": thresholds(),
        "version": CACHE_VERSION,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:32]


def current_snapshots() -> list:
    from safeboard.returns.selectors import current_snapshots as current

    return current()


def available_years(snapshots: Iterable | None = None) -> list[int]:
    """Collection years with a current child-level return, newest first."""
    snapshots = current_snapshots() if snapshots is None else snapshots
    return sorted(
        {
            s.collection_year
            for s in snapshots
            if s.kind in YEAR_BOUND_KINDS and s.collection_year is not None
        },
        reverse=True,
    )


def cache_key(year: int, snapshots: Iterable | None = None) -> str:
    snapshots = current_snapshots() if snapshots is None else snapshots
    return f"dashboards:{year}:{_digest(snapshots)}"


def year_figures(year: int, snapshots: list | None = None) -> YearFigures:
    """The year's figures from the current snapshots, or from ``snapshots`` if given."""
    snapshots = current_snapshots() if snapshots is None else snapshots
    key = cache_key(year, snapshots)
    held = cache.get(f"{key}:figures")
    if held is None:
        held = _compute(year, key, snapshots)
        cache.set(f"{key}:figures", held, CACHE_SECONDS)
    return held


def cached(key: str, build):
    """A value kept beside the figures (a rendered chart, the findings), same lifetime."""
    held = cache.get(key)
    if held is None:
        held = build()
        cache.set(key, held, CACHE_SECONDS)
    return held


def _compute(year: int, key: str, snapshots: list) -> YearFigures:
    from safeboard.dataset.inputs import from_snapshots

    has_data = any(s.kind in YEAR_BOUND_KINDS for s in snapshots)
    computed: list[Figure] = []
    if has_data:
        connection = from_snapshots(snapshots)
        try:
            computed = dataset(connection, year)
        finally:
            connection.close()
    figures = {(f.indicator, f.period_end, f.breakdown_dim, f.breakdown_value): f for f in computed}
    covered = set(_covered(year, snapshots))
    # An earlier report's figures fill the years no return covers, each keeping
    # its reference (kind ``published``); a computed figure always wins.
    for held in _published_history(year, snapshots, covered):
        figures[(held.indicator, held.period_end, held.breakdown_dim, held.breakdown_value)] = held
        covered.add((held.indicator, held.period_end))
    return YearFigures(
        year=year,
        cache_key=key,
        figures=figures,
        covered=frozenset(covered),
        baseline=_baseline(year, snapshots),
        has_data=has_data,
    )


def _published_history(year: int, snapshots: list, covered: set) -> list:
    from safeboard.dataset.consistency.sources import in_window, published_figures

    known = indicators()
    return [
        f
        for f in published_figures(snapshots, settings.WORKSPACE.snapshots_dir)
        if f.indicator in known
        and in_window(f, year)
        and (f.indicator, f.period_end) not in covered
    ]


def is_published(figure) -> bool:
    return getattr(figure, "source", "computed") == "published"


def _covered(year: int, snapshots: list) -> frozenset[tuple[str, str]]:
    held: dict[tuple[str, int], list] = {}
    for snapshot in snapshots:
        if snapshot.kind in YEAR_BOUND_KINDS and snapshot.collection_year is not None:
            held.setdefault((snapshot.kind, snapshot.collection_year), []).append(snapshot.as_at)
    covered = set()
    for ind in indicators().values():
        kinds = [k for k in kinds_read(ind) if k in YEAR_BOUND_KINDS]
        if not kinds:
            continue
        for period in dataset_periods(PeriodKind(ind.period_kind), year):
            period_year = collection_year_of(period.end)
            if all(
                any(
                    as_at is None or as_at >= period.end for as_at in held.get((k, period_year), [])
                )
                for k in kinds
            ):
                covered.add((ind.id, period.end.isoformat()))
    return frozenset(covered)


def _baseline(year: int, snapshots: list) -> dict[str, list[BaselineShare]]:
    """Per dimension, the baseline shares as at the latest date on or before the year's
    end (shares with no date are used when none is dated)."""
    import pyarrow.parquet as pq

    rows: list[dict] = []
    for snapshot in snapshots:
        if snapshot.kind != "baseline":
            continue
        path = settings.WORKSPACE.snapshots_dir / snapshot.folder / "baseline.parquet"
        if path.exists():
            rows.extend(pq.read_table(path).to_pylist())
    end = quarter_end(year, 4)
    shares: dict[str, list[BaselineShare]] = {}
    for dim in sorted({r["breakdown_dim"] for r in rows if r.get("breakdown_dim")}):
        of_dim = [r for r in rows if r["breakdown_dim"] == dim]
        dated = [r["as_at"] for r in of_dim if r.get("as_at") is not None and r["as_at"] <= end]
        chosen_date = max(dated) if dated else None
        chosen = [r for r in of_dim if r.get("as_at") == chosen_date]
        if not chosen:
            continue
        shares[dim] = [
            BaselineShare(
                value=r["breakdown_value"],
                percent=float(Decimal(str(r["percent"]))),
                source=r.get("source") or "",
                as_at=r.get("as_at"),
            )
            for r in chosen
        ]
    return shares


# ---- one figure: its sources and any consistency finding --------------------------------


@dataclass(frozen=True)
class Source:
    snapshot: object  # returns.models.Snapshot
    for_period: bool  # the return for the figure's own collection year (or not year-bound)


def figure_sources(indicator_id: str, period: Period, snapshots: Iterable | None = None):
    """The current snapshots an indicator's figure for ``period`` is computed from.

    The dataset reads every current snapshot of each kind the indicator reads
    and takes each record from the latest return that holds it; the one for
    the period's own collection year comes first.
    """
    snapshots = current_snapshots() if snapshots is None else list(snapshots)
    kinds = kinds_read(indicator(indicator_id))
    year = collection_year_of(period.end)
    chosen = []
    for kind in kinds:
        of_kind = [s for s in snapshots if s.kind == kind]
        of_kind.sort(key=lambda s: (s.collection_year != year, -(s.collection_year or 0)))
        chosen.extend(
            Source(s, s.collection_year in (year, None) or kind not in YEAR_BOUND_KINDS)
            for s in of_kind
        )
    return chosen


def baseline_snapshots(snapshots: Iterable | None = None) -> list:
    snapshots = current_snapshots() if snapshots is None else snapshots
    return [s for s in snapshots if s.kind == "baseline"]


NO_CHECK = None  # what ``findings_for`` returns when the consistency engine is not there


def year_findings(held: YearFigures):
    """Every consistency finding over the year's shown figures, or ``NO_CHECK``.

    The hook for the consistency engine (``safeboard.dataset.consistency.check``):
    while it is not installed no check has run, and the figure page says so.
    """
    try:
        from safeboard.dataset.consistency import check
    except ImportError:
        return NO_CHECK
    return cached(f"{held.cache_key}:findings", lambda: list(check(held.shown())))


def findings_for(held: YearFigures, figure: Figure):
    """The findings that name this figure (same quantity, whatever the source), or
    ``NO_CHECK``."""
    found = year_findings(held)
    if found is NO_CHECK:
        return NO_CHECK
    quantity = (
        figure.indicator,
        figure.period_start,
        figure.period_end,
        figure.breakdown_dim,
        figure.breakdown_value,
    )
    return [
        finding
        for finding in found
        if any(
            (f.indicator, f.period_start, f.period_end, f.breakdown_dim, f.breakdown_value)
            == quantity
            for f in finding.figures
        )
    ]

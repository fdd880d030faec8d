"""The figures a check reads from the workspace: computed and published.

Computed figures come from ``compute.dataset`` over the current snapshots.
That computes every period of the window, including periods no snapshot
covers, which come out as zeros; held against published history they would
be false alarms. So a computed figure is checked only where its period is
covered: each child-level kind its SQL reads (``cin``, ``ssda903``,
``contacts``, found from the views it selects from) has a current snapshot
for the period's collection year whose as-at date (if known) is not before
the period's end. Population and characteristics are not tied to a year.

Published figures are the rows of the current ``published`` snapshots whose
period falls in the same window (the collection year and the four before).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from safeboard.dataset.compute import Figure
from safeboard.dataset.consistency.model import SourcedFigure
from safeboard.dataset.inputs import YEAR_BOUND_KINDS, kinds_read
from safeboard.dataset.periods import collection_year_of
from safeboard.dataset.registry import Indicator, indicators

HISTORY_YEARS = 4


# View (inputs.py) -> the kind of return it is built from, where that is year-bound.
def input_kinds(ind: Indicator) -> frozenset[str]:
    """The year-bound kinds of return an indicator's SQL reads."""
    return frozenset(kind for kind in kinds_read(ind) if kind in YEAR_BOUND_KINDS)


def collection_year(period_end: str) -> int:
    return collection_year_of(date.fromisoformat(period_end))


def covered(figures: Iterable[Figure], snapshots: Iterable) -> list[Figure]:
    """The computed figures whose period the snapshots cover (see the module's doc)."""
    held: dict[tuple[str, int], list] = {}
    for snapshot in snapshots:
        if snapshot.collection_year is not None:
            held.setdefault((snapshot.kind, snapshot.collection_year), []).append(snapshot.as_at)
    known = indicators()
    kept = []
    for figure in figures:
        ind = known.get(figure.indicator)
        kinds = input_kinds(ind) if ind is not None else frozenset()
        if not kinds:
            continue
        year = collection_year(figure.period_end)
        end = date.fromisoformat(figure.period_end)
        if all(
            any(as_at is None or as_at >= end for as_at in held.get((kind, year), []))
            for kind in kinds
        ):
            kept.append(figure)
    return kept


def in_window(figure: SourcedFigure, year: int, history_years: int = HISTORY_YEARS) -> bool:
    return year - history_years <= collection_year(figure.period_end) <= year


def published_figures(snapshots: Iterable, root) -> list[SourcedFigure]:
    """Every row of the given ``published`` snapshots, as sourced figures."""
    import pyarrow.parquet as pq

    figures = []
    for snapshot in snapshots:
        if snapshot.kind != "published":
            continue
        path = root / snapshot.folder / "published.parquet"
        if not path.exists():
            continue
        for row in pq.read_table(path).to_pylist():
            figures.append(SourcedFigure.from_row(row, source="published"))
    return figures


def workspace_figures(year: int, snapshots: list | None = None) -> list[SourcedFigure]:
    """Computed (where covered) and published figures of the year's window, from the
    current snapshots of the workspace Django is set up on (or ``snapshots``)."""
    from django.conf import settings

    from safeboard.dataset.compute import dataset
    from safeboard.dataset.inputs import from_snapshots
    from safeboard.returns.selectors import current_snapshots

    snapshots = current_snapshots() if snapshots is None else snapshots
    connection = from_snapshots(snapshots)
    try:
        computed = dataset(connection, year)
    finally:
        connection.close()
    figures = [SourcedFigure.of(f) for f in covered(computed, snapshots)]
    published = published_figures(snapshots, settings.WORKSPACE.snapshots_dir)
    figures.extend(f for f in published if in_window(f, year))
    # Figures other areas return (accepted agency returns), registered at start-up.
    from safeboard.dataset.consistency.declarations import FIGURE_SOURCES

    for source in FIGURE_SOURCES:
        figures.extend(
            SourcedFigure.of(f) if not isinstance(f, SourcedFigure) else f for f in source(year)
        )
    return figures

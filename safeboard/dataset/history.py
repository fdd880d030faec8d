"""The dataset as published: computed figures where child-level data covers the
period, and an earlier report's figures (kind ``published``) for the history
older than that data, each with its reference.

A period the snapshots do not cover gets no computed figure at all, rather
than zeros that would look like real counts.
"""

from __future__ import annotations

from django.conf import settings

from safeboard.dataset.compute import dataset
from safeboard.dataset.consistency.model import SourcedFigure
from safeboard.dataset.consistency.sources import covered, in_window, published_figures
from safeboard.dataset.inputs import from_snapshots
from safeboard.dataset.periods import quarter_end
from safeboard.returns.selectors import current_snapshots


def dataset_figures(collection_year: int, quarter: int | None = None) -> list[SourcedFigure]:
    snapshots = current_snapshots()
    connection = from_snapshots()
    try:
        computed = [
            SourcedFigure.of(f)
            for f in covered(dataset(connection, collection_year, quarter), snapshots)
        ]
    finally:
        connection.close()
    have = {(f.indicator, f.period_start, f.period_end) for f in computed}
    last_end = quarter_end(collection_year, quarter or 4).isoformat()
    history = [
        figure
        for figure in published_figures(snapshots, settings.WORKSPACE.snapshots_dir)
        if in_window(figure, collection_year)
        and figure.period_end <= last_end
        and (figure.indicator, figure.period_start, figure.period_end) not in have
    ]
    history.sort(key=lambda f: (f.indicator, f.period_end, f.breakdown_dim, f.breakdown_value))
    return computed + history

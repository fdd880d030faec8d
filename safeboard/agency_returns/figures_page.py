"""The accepted agency returns as the report's tables (3.2 to 3.4 and 3.8).

One table per return template: a row per figure (and breakdown value), the
year's quarters as columns, each cell the quarter's accepted figure added up
over the agencies that returned it (medians are never added up). Built from
``returned_figures``, the same figures the consistency engine checks.
"""

from __future__ import annotations

from datetime import date

from safeboard.agency_returns import schedule
from safeboard.agency_returns.definitions import TEMPLATES, WEEKS
from safeboard.agency_returns.selectors import returned_figures
from safeboard.dataset.periods import quarter_end, year_label
from safeboard.web.components import table

QUARTERS = (1, 2, 3, 4)


def _quarter_figures(year: int, quarter: int) -> dict[tuple, object]:
    """The figures for the quarter alone (snapshots at its end, flows over it)."""
    end = quarter_end(year, quarter).isoformat()
    start = schedule.quarter_start(year, quarter).isoformat()
    return {
        (f.indicator, f.breakdown_dim, f.breakdown_value): f
        for f in returned_figures(year, quarter)
        if f.period_end == end and (f.period_kind == "snapshot" or f.period_start == start)
    }


def _shown(figure, unit: str) -> str:
    if figure is None or figure.value is None:
        return ":"
    if unit == WEEKS:
        return f"{figure.value:g} weeks"
    if figure.unit == "percent":
        return f"{figure.value:.1f}%"
    return f"{int(figure.value):,}"


def returned_tables(year: int) -> list:
    by_quarter = {q: _quarter_figures(year, q) for q in QUARTERS}
    tables = []
    for template in TEMPLATES:
        rows = []
        for figure, value in template.rows():
            dim = figure.breakdown_dim if value else ""
            label = f"{figure.title}: {value}" if value else figure.title
            rows.append(
                [
                    label,
                    *(
                        _shown(by_quarter[q].get((figure.id, dim, value)), figure.unit)
                        for q in QUARTERS
                    ),
                ]
            )
            # Medians returned by several agencies come one row per agency.
            for key in sorted(
                k for q in QUARTERS for k in by_quarter[q] if k[0] == figure.id and k[1] == "agency"
            ):
                if any(r[0] == f"{figure.title}: {key[2]}" for r in rows):
                    continue
                rows.append(
                    [
                        f"{figure.title}: {key[2]}",
                        *(_shown(by_quarter[q].get(key), figure.unit) for q in QUARTERS),
                    ]
                )
        tables.append(
            table(
                caption=f"Table {template.seed_table}: {template.title}",
                caption_visible=True,
                head=["Figure", *(f"Q{q} {year_label(year)}" for q in QUARTERS)],
                rows=rows,
                numeric=[1, 2, 3, 4],
            )
        )
    return tables


def default_year(today: date | None = None) -> int:
    today = today or date.today()
    return today.year + (1 if today.month > 3 else 0)

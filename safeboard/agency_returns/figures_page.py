"""The accepted agency returns as the report's tables (3.2 to 3.4 and 3.8).

One table per return template: a row per figure (and breakdown value), the
year's quarters as columns, each cell the quarter's accepted figure added up
over the agencies that returned it (medians are never added up). Built from
``returned_figures``, the same figures the consistency engine checks.
"""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from safeboard.agency_returns import schedule
from safeboard.agency_returns.definitions import TEMPLATES, WEEKS
from safeboard.agency_returns.selectors import returned_figures
from safeboard.dataset.periods import collection_year_of, quarter_end, year_label
from safeboard.web.components import link, table

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
            href = reverse("agency_returns:figure-detail", args=[figure.id]) + f"?year={year}"
            rows.append(
                [
                    link(label, href),
                    *(
                        _shown(by_quarter[q].get((figure.id, dim, value)), figure.unit)
                        for q in QUARTERS
                    ),
                ]
            )
            # Medians returned by several agencies come one row per agency.
            agency_rows = {
                k for q in QUARTERS for k in by_quarter[q] if k[0] == figure.id and k[1] == "agency"
            }
            for key in sorted(agency_rows):
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
    return collection_year_of(today or date.today())


def figure_detail(figure_id: str, year: int):
    """A returned figure's definition, the accepted returns behind it and any
    consistency finding that names it. None for an unknown figure."""
    from safeboard.agency_returns.definitions import TEMPLATES
    from safeboard.agency_returns.models import AgencyReturn
    from safeboard.dataset.consistency import check
    from safeboard.dataset.consistency.sources import workspace_figures
    from safeboard.web.components import summary_list

    found = next(((t, f) for t in TEMPLATES for f in t.figures if f.id == figure_id), None)
    if found is None:
        return None
    template, figure = found
    flows = [
        f"{flow.stock} at the start + {flow.begun} - {flow.ended} = {flow.stock} at the end"
        for flow in template.stock_flows
        if figure_id in (flow.stock, flow.begun, flow.ended)
    ]
    definition = summary_list(
        [
            ("Figure", figure.title),
            ("What to count", figure.hint or "As the title says"),
            ("Unit", figure.unit),
            (
                "Period",
                "at the quarter's end" if figure.period_kind == "snapshot" else "over the quarter",
            ),
            ("Return", f"{template.title} (report table {template.seed_table})"),
            ("Must add up", "; ".join(flows) or "No relation declared"),
        ]
    )
    accepted = (
        AgencyReturn.objects.filter(
            template_id=template.id, collection_year=year, status=AgencyReturn.Status.ACCEPTED
        )
        .select_related("agency", "submitted_by", "reviewed_by")
        .order_by("quarter", "agency__name")
    )
    sources = table(
        caption="The accepted returns behind this figure",
        head=["Quarter", "Agency", "Submitted", "Accepted"],
        rows=[
            [
                f"Q{r.quarter}",
                r.agency.name,
                f"{r.submitted_at:%d %b %Y}" if r.submitted_at else "",
                f"{r.reviewed_at:%d %b %Y}" if r.reviewed_at else "",
            ]
            for r in accepted
        ],
        empty="No accepted return yet.",
    )
    findings = [
        finding
        for finding in check(workspace_figures(year))
        if any(f.indicator == figure_id for f in finding.figures)
    ]
    return {
        "template": template,
        "figure": figure,
        "definition": definition,
        "sources": sources,
        "findings": findings,
    }

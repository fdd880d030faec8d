"""Dashboard pages: thin views over ``figures`` (numbers), ``charts`` and ``presenters``.

Every signed-in role reads the dashboards (aggregates only); the sources of
a figure are told in full to child-level roles only.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.dashboards import figures, presenters
from safeboard.dashboards.charts import drawn_chart
from safeboard.dashboards.sections import BY_SLUG, SECTIONS, chart_of, section_of
from safeboard.dataset.breakdowns import BREAKDOWNS
from safeboard.dataset.periods import year_label
from safeboard.dataset.registry import indicators

VISIBILITY = Visibility.SIGNED_IN


def _allowed(request) -> None:
    if not can_see_area(request.user, VISIBILITY):
        raise PermissionDenied


def _section(slug: str):
    try:
        return BY_SLUG[slug]
    except KeyError:
        raise Http404("No such dashboard.") from None


def _year(request, years: list[int]) -> int | None:
    """The year asked for (``?year=2018``) if a return covers it, else the latest."""
    asked = request.GET.get("year")
    if asked is None:
        return years[0] if years else None
    if not asked.isdigit() or int(asked) not in years:
        raise Http404("No return covers that year.")
    return int(asked)


@require_GET
@login_required
def index(request):
    _allowed(request)
    years = figures.available_years()
    return render(
        request,
        "dashboards/index.html",
        {"sections": SECTIONS, "year": years[0] if years else None, "years": years},
    )


@require_GET
@login_required
def section(request, slug: str):
    _allowed(request)
    chosen = _section(slug)
    years = figures.available_years()
    year = _year(request, years)
    context = {
        "section": chosen,
        "sections": SECTIONS,
        "year": year,
        "year_label": year_label(year) if year else "",
        "other_years": [(y, year_label(y)) for y in years if y != year],
        "blocks": [],
    }
    if year is not None:
        held = figures.year_figures(year)
        context["blocks"] = presenters.section_page(chosen, held)
    return render(request, "dashboards/section.html", context)


@require_GET
@login_required
def chart_svg(request, slug: str, chart: str):
    """One chart as a standalone SVG file: the same drawing the page shows, for the report."""
    _allowed(request)
    chosen = _section(slug)
    try:
        _, declared = chart_of(chosen, chart)
    except KeyError:
        raise Http404("No such chart.") from None
    year = _year(request, figures.available_years())
    if year is None:
        raise Http404("No return has been imported yet.")
    held = figures.year_figures(year)
    _, rendered = drawn_chart(chosen, declared, held)
    response = HttpResponse(rendered.standalone(), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{declared.id}-{year - 1}-{year % 100:02d}.svg"'
    )
    return response


@require_GET
@login_required
def figure(request, indicator_id: str, period_end: str):
    _allowed(request)
    ind = indicators().get(indicator_id)
    if ind is None:
        raise Http404("No such indicator.")
    try:
        period = figures.period_of(ind, date.fromisoformat(period_end))
    except ValueError:
        raise Http404("Not a period of this indicator.") from None
    dim = request.GET.get("dim", "")
    value = request.GET.get("value", "")
    year = figures.collection_year_of(period.end)
    held = figures.year_figures(year)
    if dim or value:
        known = BREAKDOWNS.get(dim) or {v for d, v in held.present(ind.id) if d == dim}
        if dim not in ind.breakdowns or value not in known:
            raise Http404("Not a breakdown value of this indicator.")
    shown = held.get(ind.id, period_end, dim, value)
    dashboard = section_of(ind.id)
    snapshots = figures.current_snapshots()
    child_level = can_see_area(request.user, Visibility.CHILD_LEVEL)
    position = next(i for i, t in enumerate(dashboard.tables) if ind.id in t.indicators)
    return render(
        request,
        "dashboards/figure.html",
        {
            "indicator": ind,
            "heading": presenters.figure_heading(ind, dim, value),
            "period": period,
            "figure": shown,
            "value_text": presenters.cell_text(shown) if shown else None,
            "summary": presenters.figure_summary(ind, period, shown, year),
            "definition": presenters.definition_summary(ind),
            "sources": (
                presenters.published_source_table(shown)
                if shown is not None and figures.is_published(shown)
                else presenters.sources_table(
                    figures.figure_sources(ind.id, period, snapshots), child_level=child_level
                )
            ),
            "child_level": child_level,
            "consistency": presenters.findings_blocks(
                figures.findings_for(held, shown) if shown else figures.NO_CHECK
            ),
            "section": dashboard,
            "table_heading": dashboard.tables[position].heading,
            "back": presenters.table_anchor(dashboard, position),
            # The dashboard of the figure's year, where a return covers that year.
            "year": year if year in figures.available_years(snapshots) else None,
        },
    )

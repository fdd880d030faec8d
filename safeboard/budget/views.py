"""The budget's own pages: the area's index and a year's summary (the report's section 3).

The record pages (list, detail, create, edit, history) come from
``record_types`` through the shared records framework.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from safeboard.budget import narrative, policy, presenters, selectors, summaries
from safeboard.budget.record_types import RECORD_TYPES
from safeboard.dataset.periods import year_label
from safeboard.records.areas import board_area


@require_GET
@login_required
def index(request):
    years = list(selectors.year_list(user=request.user))
    latest = years[0].year if years else None
    return render(
        request,
        "budget/index.html",
        {
            "table": presenters.years_table(user=request.user),
            "record_types": [t for t in RECORD_TYPES if t.year_filter is not None],
            "latest": latest,
            "latest_label": year_label(latest) if latest else "",
            "can_edit": policy.can_edit(request.user),
            "reads_summary": policy.can_read_summary(request.user),
        },
    )


@require_GET
@login_required
def summary(request, year: int):
    if not policy.can_read_summary(request.user):
        raise PermissionDenied
    financial_year = selectors.year_list(user=request.user).filter(year=year).first()
    if financial_year is None:
        raise Http404
    forecast = summaries.forecast(year)
    user = request.user
    area = board_area("budget")
    return render(
        request,
        "budget/summary.html",
        {
            "financial_year": financial_year,
            "year": year,
            "year_label": financial_year.label,
            "next_label": year_label(year + 1),
            "narrative": narrative.budget_narrative(year, warnings=False),
            "forecast": forecast,
            "forecast_summary": None
            if forecast.is_outturn
            else presenters.forecast_summary(forecast),
            "contributions": presenters.contributions_table(user=user, year=year),
            "other_income": presenters.other_income_table(user=user, year=year),
            "expenditure": presenters.expenditure_table(user=user, year=year),
            "reviews": presenters.review_spending_table(user=user, year=year),
            "balances": presenters.balances_summary(year, to_date=not forecast.is_outturn),
            "brought_forward_notice": presenters.brought_forward_notice(year),
            "export": area if area is not None and area.allowed(user) else None,
            "other_years": [
                {"year": y.year, "label": y.label}
                for y in selectors.year_list(user=user).exclude(year=year)
            ],
        },
    )

"""The data quality page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_GET

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.data_quality import presenters
from safeboard.data_quality.selectors import data_quality, latest_collection_year


@require_GET
@login_required
def overview(request):
    if not can_see_area(request.user, Visibility.SIGNED_IN):
        raise PermissionDenied
    year = latest_collection_year()
    try:
        year = int(request.GET.get("year", year or 0)) or None
    except ValueError:
        year = None
    context = {"year": year}
    if year is not None:
        quality = data_quality(year)
        context.update(
            label=f"{year - 1}/{year % 100:02d}",
            finding_count=len(quality.findings),
            findings=presenters.findings_table(quality.findings),
            completeness=presenters.completeness_table(quality.completeness),
        )
    return render(request, "data_quality/overview.html", context)

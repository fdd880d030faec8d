"""The home page's training panel: the latest year in three numbers and what comes next."""

from __future__ import annotations

from django.utils import timezone

from safeboard.records.years import year_label
from safeboard.training import selectors, summaries

UPCOMING = 3


def panel_context(user) -> dict:
    today = timezone.localdate()
    year = selectors.latest_year(user=user, today=today)
    upcoming = selectors.event_list(user=user).filter(date__gte=today).order_by("date")
    return {
        "year": year,
        "year_label": year_label(year),
        "summary": summaries.course_summary(user=user, year=year),
        "upcoming": list(upcoming[:UPCOMING]),
    }

"""The home page's panel: lead agency reports, by role.

- The business unit: the reporting year's progress (how many agencies in each state).
- An agency lead: their own reports still to write or finish, due or overdue.
- Readers: how many reports of the reporting year are accepted.
"""

from __future__ import annotations

from safeboard.agency_reports import policy, summaries
from safeboard.dataset.periods import year_label


def panel_context(user) -> dict:
    if policy.is_author(user) and not policy.can_review(user):
        return {"owed": summaries.reports_owed(user=user), "author": True}
    year = summaries.reporting_year(user=user)
    if year is None:
        return {"year": None}
    progress = summaries.year_progress(user=user, year=year)
    return {
        "year": year,
        "year_label": year_label(year),
        "progress": progress,
        "tracks": policy.can_review(user),
    }

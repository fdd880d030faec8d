"""The home page's panel: policy reviews overdue and coming due (and overdue audits).

Shown to the business unit (every policy, and the audits overdue) and to an
agency lead (the policies their own agency owns). Cheap: three queries.
"""

from __future__ import annotations

from django.utils import timezone

from safeboard.access.visibility import user_agency_id, visible_to
from safeboard.assurance import policy, selectors, summaries
from safeboard.assurance.models import Audit

PANEL_ROWS = 5
WINDOW_DAYS = 30


def shown(user) -> bool:
    return policy.is_business_unit(user) or policy.is_agency_lead_of(user, user_agency_id(user))


def reviews_context(user) -> dict:
    today = timezone.localdate()
    if policy.is_business_unit(user):
        scope, policies = "every agency", selectors.policy_list(user=user)
        audits_overdue = (
            visible_to(user, Audit)
            .exclude(status=Audit.Status.COMPLETE)
            .filter(planned_completion__lt=today)
            .count()
        )
    elif shown(user):
        scope, policies = "your agency", selectors.policies_owned_by_agency(user=user)
        audits_overdue = None
    else:
        return {"scope": None}
    policies = list(policies)
    overdue = summaries.reviews_overdue(policies, today=today)
    due = summaries.reviews_due(policies, today=today, within_days=WINDOW_DAYS)
    shown_overdue = overdue[:PANEL_ROWS]
    return {
        "scope": scope,
        "window": WINDOW_DAYS,
        "overdue": shown_overdue,
        "due": due[: PANEL_ROWS - len(shown_overdue)],
        "overdue_count": len(overdue),
        "due_count": len(due),
        "audits_overdue": audits_overdue,
    }

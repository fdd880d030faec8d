"""Reminder source: policy reviews coming due and overdue (registered in ``apps.py``).

Every policy's version in force (its approved version) with a next review date
raises:

- a "due soon" reminder once the review date is ``due_soon_days()`` days away
  or nearer (due today included);
- an "overdue" reminder from the day after the review date.

They go to the policy's owner (the person, if one is named) and the owning
agency's leads. The key holds the review date, so a review moved to a new
date, or a new version approved, gives the new date its own reminders.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from safeboard.assurance.models import PolicyVersion
from safeboard.reminders.recipients import addresses, agency_lead_addresses
from safeboard.reminders.registry import DueItem, due_soon_days, long_date

SOURCE = "policy-reviews"
LABEL = "Policy reviews due"


def policy_reviews_due(today: date) -> Iterator[DueItem]:
    horizon = today + timedelta(days=due_soon_days())
    versions = (
        PolicyVersion.objects.filter(
            status=PolicyVersion.Status.APPROVED, next_review_on__lte=horizon
        )
        .select_related("policy", "policy__owner", "policy__owner_agency")
        .order_by("next_review_on", "policy__title")
    )
    leads: dict[int, tuple[str, ...]] = {}
    for version in versions:
        policy = version.policy
        if policy.owner_agency_id not in leads:
            leads[policy.owner_agency_id] = agency_lead_addresses(policy.owner_agency_id)
        owner = policy.owner.email if policy.owner_id else ""
        yield _item(version, today, addresses(owner, *leads[policy.owner_agency_id]))


def _item(version: PolicyVersion, today: date, recipients: tuple[str, ...]) -> DueItem:
    policy = version.policy
    review = version.next_review_on
    overdue = review < today
    stage = "overdue" if overdue else "due-soon"
    if overdue:
        subject = f"Review overdue: {policy.title}"
        first = (
            f"The review of {policy.title} (version {version.number}) was due by "
            f"{long_date(review)}."
        )
    else:
        subject = f"Review due by {long_date(review)}: {policy.title}"
        first = (
            f"The review of {policy.title} (version {version.number}) is due by "
            f"{long_date(review)}."
        )
    return DueItem(
        key=f"policy:{policy.pk}:{stage}:{review.isoformat()}",
        due_date=review,
        recipients=recipients,
        subject=subject,
        body_lines=(
            first,
            f"It is owned by {policy.owner_agency.name}.",
            (
                "Review it, then record the new version or the new review date in Safeboard, "
                "under Policies and procedures."
            ),
        ),
    )

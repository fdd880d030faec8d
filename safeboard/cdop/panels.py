"""The home page's panel for the panel's members and the business unit: what is overdue."""

from __future__ import annotations

from django.utils import timezone

from safeboard.cdop import selectors


def overdue_context(user) -> dict:
    """Overdue deadlines on the cases the user may see, and how many await review."""
    today = timezone.localdate()
    return {
        "overdue": [
            {
                "death": item.death,
                "label": item.deadline.label,
                "status": item.deadline.describe(today),
            }
            for item in selectors.overdue(user=user, today=today)
        ],
        "waiting": selectors.awaiting_review(user=user).count(),
    }

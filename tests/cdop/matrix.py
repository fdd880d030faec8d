"""URL matrix rows for child death reviews (tests/test_url_matrix.py), with the records
they need.

Case records: the panel's members and the business unit read them; only the
business unit adds or changes them. The front page and the suppressed figures
open for every signed-in user; the full figures only for those who read cases.
"""

from __future__ import annotations

from django.urls import reverse

from safeboard.access.roles import Role
from tests.cdop.helpers import (
    make_death,
    make_information,
    make_panel_meeting,
    make_review,
    make_review_meeting,
)
from tests.matrix_sets import BUSINESS_UNIT, SIGNED_IN

READS_CASES = frozenset({Role.BUSINESS_UNIT, Role.CDOP_MEMBER})
RECORDS = ("death", "information", "review-meeting", "panel-meeting", "review")

MATRIX = {
    "cdop:index": SIGNED_IN,
    "cdop:figures": SIGNED_IN,
    "cdop:year": READS_CASES,
    "cdop:action-raise": BUSINESS_UNIT,
    **{
        f"cdop:{slug}-{page}": READS_CASES
        for slug in RECORDS
        for page in ("list", "detail", "history")
    },
    **{f"cdop:{slug}-{page}": BUSINESS_UNIT for slug in RECORDS for page in ("create", "edit")},
}


def _records() -> dict:
    from safeboard.cdop.models import ChildDeath

    death = ChildDeath.objects.filter(case_reference="CDOP-M-001").first()
    if death is None:
        death = make_death("CDOP-M-001")
        make_information(death)
        make_review_meeting(death)
        make_review(death, make_panel_meeting())
    return {
        "death": death,
        "information": death.agency_information.get(),
        "review-meeting": death.review_meetings.get(),
        "panel-meeting": death.review.meeting,
        "review": death.review,
    }


def url(name: str) -> str:
    page = name.split(":", 1)[1]
    if page == "action-raise":
        return reverse(name, args=[_records()["review"].pk])
    for slug in RECORDS:
        for suffix in ("detail", "edit", "history"):
            if page == f"{slug}-{suffix}":
                return reverse(name, args=[_records()[slug].pk])
    return reverse(name)

"""URL matrix rows for serious incidents and practice reviews (tests/test_url_matrix.py).

Case records open to the business unit and the case review group only; only
the business unit adds or changes them; the front page and the aggregate
figures open to every signed-in user.
"""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.reviews.models import PracticeReview, RapidReview, ReviewRecommendation
from tests.matrix_sets import BUSINESS_UNIT, SIGNED_IN

CASE_REVIEW = frozenset({Role.BUSINESS_UNIT, Role.CASE_REVIEW_MEMBER})
RECORDS = ("notification", "rapid-review", "review", "finding", "recommendation")

MATRIX = {
    "reviews:index": SIGNED_IN,
    "reviews:figures": SIGNED_IN,
    "reviews:action-raise": BUSINESS_UNIT,
    **{
        f"reviews:{slug}-{page}": CASE_REVIEW
        for slug in RECORDS
        for page in ("list", "detail", "history")
    },
    **{f"reviews:{slug}-{page}": BUSINESS_UNIT for slug in RECORDS for page in ("create", "edit")},
}


def _records() -> dict:
    """One of each record, made once per test database."""
    from safeboard.reviews import services
    from tests.reviews.conftest import make_incident, make_rapid_review, make_review

    recommendation = ReviewRecommendation.objects.select_related("review").first()
    if recommendation is None:
        incident = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
        rapid = make_rapid_review(incident, date(2018, 7, 20), RapidReview.Decision.LOCAL_REVIEW)
        from safeboard.partnership.models import Person

        review = make_review(
            "LCSPR 2018-01",
            PracticeReview.Kind.LCSPR,
            date(2018, 8, 1),
            rapid_review=rapid,
            plan_owner=Person.objects.order_by("pk").first(),
        )
        services.finding_add(
            user=None, review=review, text="Written agreements do not keep a child safe."
        )
        recommendation = services.recommendation_add(
            user=None, review=review, text="Issue guidance."
        )
    review = recommendation.review
    return {
        "notification": review.rapid_review.incident,
        "rapid-review": review.rapid_review,
        "review": review,
        "finding": review.findings.get(),
        "recommendation": recommendation,
    }


def url(name: str) -> str:
    slug_page = name.split(":", 1)[1]
    if slug_page == "action-raise":
        return reverse(name, args=[_records()["recommendation"].pk])
    for slug in RECORDS:
        if slug_page.startswith(f"{slug}-"):
            page = slug_page[len(slug) + 1 :]
            if page in {"detail", "edit", "history"}:
                return reverse(name, args=[_records()[slug].pk])
    return reverse(name)

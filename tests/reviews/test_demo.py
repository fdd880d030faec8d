"""The demo's reviews reproduce the source report's section 6 and its review spending."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.actions.models import Action, ActionPlan
from safeboard.demo.build import demo_partnership
from safeboard.demo.reviews import demo_reviews
from safeboard.reviews import summaries
from safeboard.reviews.models import (
    Finding,
    PracticeReview,
    RapidReview,
    ReviewRecommendation,
    SeriousIncident,
)
from safeboard.reviews.selectors import open_deadlines
from tests.factories import make_user

TODAY = date(2024, 5, 1)


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_reviews(today=TODAY)


def test_two_serious_case_reviews_in_2017_18_at_the_reports_cost(demo):
    reviews = list(PracticeReview.objects.all())
    assert summaries.reviews_commissioned(reviews, 2018) == {"scr": 2, "lcspr": 0}
    # The source report: £42,580 on serious case reviews and 26.5 days in 2017/18.
    assert summaries.review_spending(reviews, 2018) == (Decimal("42580.00"), Decimal("26.5"))
    scrs = PracticeReview.objects.filter(kind="scr")
    # "Both reports are awaiting publication at the moment."
    assert set(scrs.values_list("status", flat=True)) == {"awaiting-publication"}
    assert all("business development manager" in r.lead_reviewers for r in scrs)
    assert Finding.objects.filter(review__in=scrs).count() == 4  # the report's four findings
    assert (
        "Written agreements" in Finding.objects.get(review__reference="SCR 2017-01", number=1).text
    )


def test_every_recommendation_raises_actions_into_its_reviews_plan(demo):
    for recommendation in ReviewRecommendation.objects.select_related("review__action_plan"):
        plan_recommendation = recommendation.plan_recommendation
        assert plan_recommendation.plan == recommendation.review.action_plan
        assert plan_recommendation.actions.exists()
    assert set(ActionPlan.objects.values_list("source_kind", flat=True)) == {"case-review"}
    # All the 2017/18 reviews' actions are done; the local review's one is open.
    assert Action.objects.filter(status="complete").count() == 7
    assert Action.objects.exclude(status="complete").count() == 1


def test_the_new_regime_from_2018_19_with_one_overdue(demo):
    assert SeriousIncident.objects.count() == 4
    assert all(i.aware_date >= date(2018, 6, 29) for i in SeriousIncident.objects.all())
    incidents = list(SeriousIncident.objects.all())
    # 2018/19: SIN 2018-01 (due 10 Sep, made 6 Sep) and SIN 2018-02 (due 31 Dec, made 2 Jan).
    assert len(summaries.notifications_made(incidents, 2019)) == 2
    assert summaries.notifications_on_time(incidents, 2019) == 1
    decisions = summaries.rapid_review_decisions(RapidReview.objects.all(), 2019)
    assert decisions == {"local-review": 1, "no-review": 1, "referred-nationally": 0}
    user = make_user(Role.BUSINESS_UNIT, agency_name="Warwickshire County Council")
    overdue = [row for row in open_deadlines(user=user, today=TODAY) if row.overdue]
    assert [(row.reference, row.deadline.label, row.deadline.due) for row in overdue] == [
        ("SIN 2019-02", "Rapid review", date(2019, 11, 25))
    ]


def test_running_it_again_adds_nothing(demo):
    counts = [m.objects.count() for m in (SeriousIncident, PracticeReview, Finding, Action)]
    demo_reviews(today=TODAY)
    assert [m.objects.count() for m in (SeriousIncident, PracticeReview, Finding, Action)] == counts

"""Writing case records: the checks, the regimes' dates, and raising recommendations
into the action plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.actions.models import Action, ActionPlan
from safeboard.reviews import services
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident
from tests.factories import agency
from tests.reviews.conftest import make_incident, make_rapid_review, make_review


def _errors(excinfo) -> dict:
    return excinfo.value.message_dict


@pytest.mark.parametrize(
    "reference", ["Baby Smith", "SIN 2018", "sin 2018-01", "SIN 2018-01 Jo", "Child A 2018-01"]
)
def test_a_reference_that_could_hold_a_name_is_refused(partnership, reference):
    with pytest.raises(ValidationError) as excinfo:
        make_incident(reference, date(2018, 7, 2))
    assert "reference" in _errors(excinfo)
    assert not SeriousIncident.objects.exists()


def test_only_the_business_unit_writes(partnership, users):
    for role in (Role.CASE_REVIEW_MEMBER, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.incident_create(user=users[role], reference="SIN 2018-01")
    incident = services.incident_create(
        user=users[Role.BUSINESS_UNIT],
        reference="SIN 2018-01",
        local_authority=partnership.local_authorities.get(),
        harm=SeriousIncident.Harm.DIED,
        aware_date=date(2018, 7, 2),
    )
    assert incident.history.count() == 1


def test_notification_and_aware_dates_are_checked(partnership):
    with pytest.raises(ValidationError) as excinfo:
        make_incident(
            "SIN 2018-01",
            date(2018, 7, 2),
            date(2018, 7, 1),
            incident_date=date(2018, 7, 3),
            children=5,
        )
    errors = _errors(excinfo)
    assert errors["notified_date"] == [
        "This cannot be before the local authority became aware of the incident (2 July 2018)."
    ]
    assert errors["aware_date"] == ["The local authority cannot become aware before the incident."]
    assert errors["children"] == ["One notification names up to 4 children."]


def test_a_rapid_review_needs_a_notification_first(partnership):
    incident = make_incident("SIN 2018-01", date(2018, 7, 2))
    with pytest.raises(ValidationError) as excinfo:
        make_rapid_review(incident)
    assert "a rapid review cannot start without a notification" in _errors(excinfo)["incident"][0]
    services.incident_update(user=None, incident=incident, notified_date=date(2018, 7, 6))
    incident.refresh_from_db()
    assert make_rapid_review(incident).pk


def test_a_completed_rapid_review_has_a_decision_and_one_per_incident(partnership):
    incident = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
    with pytest.raises(ValidationError) as excinfo:
        make_rapid_review(incident, completed=date(2018, 7, 20))
    assert "decision" in _errors(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        make_rapid_review(incident, decision=RapidReview.Decision.NO_REVIEW)
    assert "completed_date" in _errors(excinfo)
    make_rapid_review(incident, date(2018, 7, 20), RapidReview.Decision.NO_REVIEW)
    with pytest.raises(ValidationError) as excinfo:
        make_rapid_review(incident)
    assert "incident" in _errors(excinfo)


def test_the_regimes_dates_decide_the_kind_of_review(partnership):
    with pytest.raises(ValidationError) as excinfo:
        make_review("SCR 2019-01", PracticeReview.Kind.SCR, date(2019, 10, 1))
    assert "ended with the LSCBs on 29 September 2019" in _errors(excinfo)["kind"][0]
    with pytest.raises(ValidationError) as excinfo:
        make_review("LCSPR 2018-01", PracticeReview.Kind.LCSPR, date(2018, 6, 28))
    assert "began on 29 June 2018" in _errors(excinfo)["kind"][0]
    # Both on the last and first day of their regimes.
    make_review("SCR 2019-01", PracticeReview.Kind.SCR, date(2019, 9, 29))
    make_review("LCSPR 2018-01", PracticeReview.Kind.LCSPR, date(2018, 6, 29))


def test_publication_is_a_date_or_a_reason_never_both(partnership):
    with pytest.raises(ValidationError) as excinfo:
        make_review(
            "SCR 2017-01",
            PracticeReview.Kind.SCR,
            date(2017, 6, 12),
            status=PracticeReview.Status.PUBLISHED,
        )
    errors = _errors(excinfo)
    assert errors["published_date"] == ["Enter the date the review was published."]
    assert errors["final_report_date"] == ["Enter the date the final report was received."]
    with pytest.raises(ValidationError) as excinfo:
        make_review(
            "SCR 2017-01",
            PracticeReview.Kind.SCR,
            date(2017, 6, 12),
            status=PracticeReview.Status.NOT_PUBLISHED,
        )
    assert _errors(excinfo)["not_published_reason"] == [
        "Say why the review is not to be published."
    ]
    with pytest.raises(ValidationError) as excinfo:
        make_review(
            "SCR 2017-01",
            PracticeReview.Kind.SCR,
            date(2017, 6, 12),
            final_report_date=date(2017, 6, 1),
            published_date=date(2017, 5, 1),
            status=PracticeReview.Status.PUBLISHED,
            cost=Decimal("-1"),
        )
    errors = _errors(excinfo)
    assert errors["final_report_date"] == [
        "This cannot be before the review was commissioned (12 June 2017)."
    ]
    assert errors["cost"] == ["Enter a cost of £0 or more."]
    assert not PracticeReview.objects.exists()


def test_a_local_review_comes_only_from_a_rapid_review_that_decided_on_one(partnership):
    incident = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
    rapid = make_rapid_review(incident, date(2018, 7, 20), RapidReview.Decision.NO_REVIEW)
    with pytest.raises(ValidationError) as excinfo:
        make_review(
            "LCSPR 2018-01", PracticeReview.Kind.LCSPR, date(2018, 8, 1), rapid_review=rapid
        )
    assert _errors(excinfo)["rapid_review"] == [
        "The rapid review of SIN 2018-01 did not decide on a local review."
    ]


def test_recommendations_go_into_the_reviews_action_plan_with_their_actions(cases, users):
    bu = users[Role.BUSINESS_UNIT]
    review = cases.reviews["SCR 2017-01"]
    first = services.recommendation_add(user=bu, review=review, text="Share the current plan.")
    second = services.recommendation_add(user=bu, review=review, text="Guidance on agreements.")
    review.refresh_from_db()
    plan = review.action_plan
    assert plan.source_kind == ActionPlan.SourceKind.CASE_REVIEW
    assert plan.title == "SCR 2017-01: action plan"
    assert plan.source_reference == "SCR 2017-01"
    assert plan.source_date == date(2018, 3, 15)  # the final report
    assert plan.owner == cases.owner
    assert [(r.number, r.text) for r in plan.recommendations.all()] == [
        (1, "Share the current plan."),
        (2, "Guidance on agreements."),
    ]
    assert (first.number, second.number) == (1, 2)

    action = services.action_raise(
        user=bu,
        recommendation=second,
        text="Publish a one-minute guide on written agreements.",
        owner_agency=agency("Testshire County Council"),
        due_date=date(2018, 9, 30),
        agreed_on=date(2018, 4, 1),
    )
    assert action.recommendation == second.plan_recommendation
    assert action.reference == "2.1"
    assert action.recommendation.plan == plan

    services.recommendation_update(user=bu, recommendation=second, text="Guidance, revised.")
    second.plan_recommendation.refresh_from_db()
    assert second.plan_recommendation.text == "Guidance, revised."

    with pytest.raises(PermissionDenied):
        services.action_raise(
            user=users[Role.CASE_REVIEW_MEMBER],
            recommendation=second,
            text="x",
            owner_agency=agency("Testshire Police"),
            due_date=date(2018, 9, 30),
        )
    assert Action.objects.count() == 1


def test_a_recommendation_needs_the_plans_owner_and_stores_nothing_without(cases):
    review = cases.reviews["SCR 2017-02"]  # no plan owner
    with pytest.raises(ValidationError) as excinfo:
        services.recommendation_add(user=None, review=review, text="Raise awareness.")
    assert "Choose the action plan owner on SCR 2017-02 first" in excinfo.value.messages[0]
    assert not review.recommendations.exists()
    assert not ActionPlan.objects.exists()


def test_the_plan_follows_the_reviews_reference_and_owner(cases, users):
    bu = users[Role.BUSINESS_UNIT]
    review = cases.reviews["SCR 2017-01"]
    services.recommendation_add(user=bu, review=review, text="Share the current plan.")
    review.refresh_from_db()
    services.review_update(user=bu, review=review, reference="SCR 2017-03")
    review.action_plan.refresh_from_db()
    assert review.action_plan.title == "SCR 2017-03: action plan"
    assert review.action_plan.source_reference == "SCR 2017-03"

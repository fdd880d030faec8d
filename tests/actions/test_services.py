"""Writing action plans: who may, what is checked, what an update changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from safeboard.access.roles import Role
from safeboard.actions import services
from safeboard.actions.models import Action, ActionPlan, ActionUpdate
from safeboard.partnership.models import Person
from tests.factories import agency, make_user

S = Action.Status


def _plan_kwargs(owner):
    return {
        "title": "A plan",
        "source_kind": ActionPlan.SourceKind.CASE_REVIEW,
        "source_title": "Case review: Child A",
        "source_date": date(2018, 3, 1),
        "owner": owner,
    }


@pytest.mark.parametrize(
    "role",
    [
        Role.AGENCY_LEAD,
        Role.BOARD_MEMBER,
        Role.INDEPENDENT_CHAIR,
        Role.PERFORMANCE_ANALYST,
        Role.CDOP_MEMBER,
        None,
    ],
)
def test_only_the_business_unit_creates_and_edits(plans, users, role):
    user = users[role]
    owner = plans.a.owner
    with pytest.raises(PermissionDenied):
        services.plan_create(user=user, **_plan_kwargs(owner))
    with pytest.raises(PermissionDenied):
        services.plan_update(user=user, plan=plans.a, title="Changed")
    with pytest.raises(PermissionDenied):
        services.recommendation_add(user=user, plan=plans.a, text="More")
    recommendation = plans.actions["a1"].recommendation
    with pytest.raises(PermissionDenied):
        services.action_add(
            user=user,
            recommendation=recommendation,
            text="x",
            owner_agency=agency("Testshire Police"),
            due_date=date(2019, 1, 1),
        )
    with pytest.raises(PermissionDenied):
        services.action_update(user=user, action=plans.actions["a2"], due_date=date(2019, 1, 1))
    assert ActionPlan.objects.count() == 2
    assert ActionPlan.objects.get(pk=plans.a.pk).title == "Ofsted 2017 action plan"


def test_another_app_creates_a_plan_without_a_user(partnership):
    # issue 6's panels call the services after their own checks, with user=None
    owner = Person.objects.create(agency=agency("Testshire Health"), full_name="P Owner")
    plan = services.plan_create(user=None, **_plan_kwargs(owner))
    first = services.recommendation_add(user=None, plan=plan, text="First")
    second = services.recommendation_add(user=None, plan=plan, text="Second")
    assert (first.number, second.number) == (1, 2)
    action = services.action_add(
        user=None,
        recommendation=second,
        text="Do it",
        owner_agency=agency("Testshire Health"),
        due_date=date(2018, 9, 30),
    )
    assert (action.number, action.status, action.reference) == (1, S.NOT_STARTED, "2.1")
    assert action.agreed_on == timezone.localdate()


def test_services_are_keyword_only(partnership):
    with pytest.raises(TypeError):
        services.plan_create(None, "title")  # type: ignore[misc]


def test_bad_values_name_the_field(plans, users):
    bu = users[Role.BUSINESS_UNIT]
    with pytest.raises(ValidationError) as error:
        services.plan_create(user=bu, **{**_plan_kwargs(plans.a.owner), "source_kind": "rumour"})
    assert "source_kind" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.recommendation_add(user=bu, plan=plans.a, text="Dup", number=1)
    assert error.value.messages == ["Recommendation with this Plan and Number already exists."]
    with pytest.raises(ValidationError) as error:
        services.action_update(user=bu, action=plans.actions["a2"], status=S.COMPLETE)
    assert "'status' cannot be changed here." in error.value.messages


def test_the_lead_person_must_be_in_the_owner_agency(plans, users):
    council_person = Person.objects.create(
        agency=agency("Testshire County Council"), full_name="Cat Council"
    )
    with pytest.raises(ValidationError) as error:
        services.action_update(
            user=users[Role.BUSINESS_UNIT], action=plans.actions["a2"], lead_person=council_person
        )
    assert error.value.message_dict["lead_person"] == [
        "Cat Council is not in Testshire Police: choose a lead person from the owner agency."
    ]


def test_an_agency_lead_updates_only_their_own_agencys_actions(plans, users):
    lead = users[Role.AGENCY_LEAD]  # Testshire Police
    update = services.update_add(
        user=lead, action=plans.actions["a2"], text="Training booked.", status=S.AT_RISK
    )
    assert (update.status_from, update.status_to, update.written_by) == (
        S.ON_TRACK,
        S.AT_RISK,
        lead,
    )
    assert Action.objects.get(pk=plans.actions["a2"].pk).status == S.AT_RISK
    with pytest.raises(PermissionDenied, match="Testshire County Council"):
        services.update_add(user=lead, action=plans.actions["a3"], text="Not mine.")
    with pytest.raises(PermissionDenied):
        services.evidence_add(user=lead, action=plans.actions["b1"], text="Not mine.")
    assert not ActionUpdate.objects.filter(action=plans.actions["a3"], text="Not mine.").exists()


def test_a_board_member_in_the_agency_cannot_update(plans, users):
    # the same agency as the action, but not an agency lead
    for role in (Role.BOARD_MEMBER, Role.CDOP_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.update_add(user=users[role], action=plans.actions["a2"], text="Hello")


def test_a_second_agency_lead_works_on_their_own_agency(plans):
    council_lead = make_user(
        Role.AGENCY_LEAD, username="council-lead", agency_name="Testshire County Council"
    )
    services.update_add(
        user=council_lead, action=plans.actions["a3"], text="Back on track.", status=S.ON_TRACK
    )
    with pytest.raises(PermissionDenied):
        services.update_add(user=council_lead, action=plans.actions["a2"], text="Not mine.")


def test_completing_sets_and_reopening_clears_the_completed_date(plans, users):
    bu = users[Role.BUSINESS_UNIT]
    action = plans.actions["a2"]
    services.update_add(
        user=bu, action=action, text="Done.", update_date=date(2018, 6, 20), status=S.COMPLETE
    )
    action.refresh_from_db()
    assert (action.status, action.completed_date) == (S.COMPLETE, date(2018, 6, 20))
    services.update_add(user=bu, action=action, text="Reopened.", status=S.ON_TRACK)
    action.refresh_from_db()
    assert (action.status, action.completed_date) == (S.ON_TRACK, None)


def test_an_update_without_a_status_change_changes_no_status(plans, users):
    action = plans.actions["a3"]
    update = services.update_add(
        user=users[Role.BUSINESS_UNIT], action=action, text="Still at risk.", status=S.AT_RISK
    )
    assert (update.status_from, update.status_to, update.changed_status) == ("", "", False)


def test_bad_updates_are_refused_and_store_nothing(plans, users):
    bu = users[Role.BUSINESS_UNIT]
    action = plans.actions["a4"]
    tomorrow = timezone.localdate() + timedelta(days=1)
    cases = [
        ({"text": "  "}, "text", "Say what has happened since the last update."),
        ({"text": "x", "update_date": tomorrow}, "update_date", "cannot be in the future"),
        ({"text": "x", "status": "finished"}, "status", "'finished' is not a status"),
        (
            {"text": "x", "status": S.COMPLETE, "completed_date": date(2018, 1, 1)},
            "completed_date",
            "cannot be before the action was agreed (2 April 2018)",
        ),
    ]
    for kwargs, field, message in cases:
        with pytest.raises(ValidationError) as error:
            services.update_add(user=bu, action=action, **kwargs)
        assert message in " ".join(error.value.message_dict[field])
    assert not action.updates.exists()
    action.refresh_from_db()
    assert action.status == S.NOT_STARTED


def test_changes_are_kept_in_the_history(plans, users):
    action = plans.actions["a4"]
    services.action_update(
        user=users[Role.BUSINESS_UNIT], action=action, due_date=date(2019, 3, 31)
    )
    dates = [h.due_date for h in action.history.order_by("history_date")]
    assert dates == [date(2018, 12, 31), date(2019, 3, 31)]

"""Writing child death reviews: who may, and actions raised into the board's action plans."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.access.visibility import visible_to
from safeboard.actions.models import Action, ActionPlan, Recommendation
from safeboard.cdop import services
from safeboard.cdop.models import ChildDeath, RaisedAction
from safeboard.partnership.models import LocalAuthority
from tests.cdop.helpers import make_death, make_panel_meeting, make_review, panel
from tests.factories import agency

pytestmark = pytest.mark.django_db


def _death(reference="CDOP-17-050"):
    return ChildDeath(
        panel=panel(),
        case_reference=reference,
        local_authority=LocalAuthority.objects.get(name="Testshire"),
        date_of_death=date(2017, 5, 1),
        notified_on=date(2017, 5, 2),
        age_group=ChildDeath.AgeGroup.AGED_1_4,
        place_of_death=ChildDeath.Place.HOME,
        expectation=ChildDeath.Expectation.EXPECTED,
    )


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.BUSINESS_UNIT])
def test_only_the_business_unit_records_deaths(users, role):
    with pytest.raises(PermissionDenied):
        services.death_save(user=users[role], death=_death())
    assert not ChildDeath.objects.exists()


def test_the_business_unit_records_a_death(users):
    death = services.death_save(user=users[Role.BUSINESS_UNIT], death=_death())
    assert ChildDeath.objects.get() == death
    assert death.history.count() == 1  # the change history starts


@pytest.fixture
def review(partnership):
    return make_review(make_death("CDOP-17-060"), make_panel_meeting(date(2017, 11, 15)))


def _raise(user, review, **changes):
    values = {
        "learning": "Safer sleeping advice was not repeated after discharge.",
        "text": "Repeat the advice at the first health visit.",
        "owner_agency": agency("Testshire Health"),
        "due_date": date(2018, 2, 15),
        "plan_owner": user.person,
    }
    values.update(changes)
    return services.action_raise(user=user, review=review, **values)


def test_an_action_goes_into_the_panel_s_plan_for_the_year(users, review):
    first = _raise(users[Role.BUSINESS_UNIT], review)
    second = _raise(users[Role.BUSINESS_UNIT], review, text="Audit the advice in six months.")
    plan = ActionPlan.objects.get()
    assert plan.source_kind == ActionPlan.SourceKind.CDOP
    assert plan.source_reference == "CDOP 2017/18"
    assert plan.title == "Child death overview panel: actions 2017/18"
    # One plan for the year; a recommendation (the learning) over each action.
    assert [r.text for r in plan.recommendations.all()] == [
        "Safer sleeping advice was not repeated after discharge."
    ] * 2
    assert first.action.agreed_on == date(2017, 11, 15)  # agreed at the panel meeting
    assert second.action.text == "Audit the advice in six months."
    assert RaisedAction.objects.filter(review=review).count() == 2


def test_an_action_may_not_name_the_case(users, review):
    with pytest.raises(ValidationError) as refused:
        _raise(users[Role.BUSINESS_UNIT], review, text="Follow up case cdop-17-060 with the GP.")
    assert refused.value.message_dict["text"] == [services.CASE_NUMBER_IN_TEXT]
    assert not Action.objects.exists()
    assert not ActionPlan.objects.exists()


def test_an_action_needs_its_learning(users, review):
    with pytest.raises(ValidationError) as refused:
        _raise(users[Role.BUSINESS_UNIT], review, learning="  ")
    assert refused.value.message_dict["learning"] == ["Enter what the panel learned."]


def test_a_first_plan_needs_an_owner(users, review):
    with pytest.raises(ValidationError) as refused:
        _raise(users[Role.BUSINESS_UNIT], review, plan_owner=None)
    assert "no action plan for 2017/18" in refused.value.messages[0]
    assert not Recommendation.objects.exists()


def test_a_panel_member_may_not_raise_actions(users, review):
    with pytest.raises(PermissionDenied):
        _raise(users[Role.CDOP_MEMBER], review)


def test_the_action_plan_readers_never_see_which_case(users, review):
    raised = _raise(users[Role.BUSINESS_UNIT], review)
    lead = users[Role.AGENCY_LEAD]
    # The board member reads the plan and its action ...
    board = users[Role.BOARD_MEMBER]
    assert visible_to(board, Action).filter(pk=raised.action.pk).exists()
    # ... but not the link to the case, nor the case.
    for user in (board, lead):
        assert not visible_to(user, RaisedAction).exists()
        assert not visible_to(user, ChildDeath).exists()
    plan_text = " ".join(
        [
            *ActionPlan.objects.values_list("title", "source_title", "source_reference")[0],
            *Recommendation.objects.values_list("text", flat=True),
            *Action.objects.values_list("text", flat=True),
        ]
    )
    assert "CDOP-17-060" not in plan_text

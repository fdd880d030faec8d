"""Who reads which action plans: every read goes through ``visible_to``."""

from __future__ import annotations

import pytest

from safeboard.access.roles import Role
from safeboard.actions import selectors, services
from safeboard.actions.models import Action, ActionPlan

EVERYTHING = {
    Role.BUSINESS_UNIT,
    Role.PERFORMANCE_ANALYST,
    Role.BOARD_MEMBER,
    Role.INDEPENDENT_CHAIR,
}


@pytest.mark.parametrize("role", sorted(EVERYTHING))
def test_the_board_reads_every_plan_and_action(plans, users, role):
    user = users[role]
    assert list(selectors.plan_list(user=user)) == [plans.b, plans.a]  # newest first
    assert selectors.action_list(user=user).count() == 6
    assert selectors.recommendation_list(user=user).count() == 3


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.CDOP_MEMBER, Role.CASE_REVIEW_MEMBER])
def test_an_agency_user_reads_their_own_agencys_actions_and_the_plans_holding_them(
    plans, users, role
):
    user = users[role]  # Testshire Police: a1, a2 (plan A, recommendation 1) and b2 (plan B)
    assert list(selectors.plan_list(user=user)) == [plans.b, plans.a]  # listed once each
    a = plans.actions
    assert {x.pk for x in selectors.action_list(user=user)} == {a["a1"].pk, a["a2"].pk, a["b2"].pk}
    numbers = [(r.plan_id, r.number) for r in selectors.recommendation_list(user=user)]
    assert numbers == [(plans.a.pk, 1), (plans.b.pk, 1)]  # not A's recommendation 2
    with pytest.raises(Action.DoesNotExist):
        selectors.action_get(user=user, pk=a["a3"].pk)
    structure = selectors.plan_with_actions(user=user, plan=plans.a)
    assert [(r.number, [x.pk for x in acts]) for r, acts in structure] == [
        (1, [a["a1"].pk, a["a2"].pk])
    ]


def test_a_plan_with_none_of_the_agencys_actions_is_hidden(plans, users):
    lead = users[Role.AGENCY_LEAD]
    services.action_update(
        user=users[Role.BUSINESS_UNIT],
        action=plans.actions["b2"],
        owner_agency=plans.actions["b1"].owner_agency,
    )
    assert list(selectors.plan_list(user=lead)) == [plans.a]
    with pytest.raises(ActionPlan.DoesNotExist):
        selectors.plan_get(user=lead, pk=plans.b.pk)


def test_a_user_without_a_role_reads_nothing(plans, users):
    nobody = users[None]
    assert not selectors.plan_list(user=nobody).exists()
    assert not selectors.action_list(user=nobody).exists()
    assert not selectors.recommendation_list(user=nobody).exists()


def test_updates_and_evidence_follow_their_action(plans, users):
    a2, a3 = plans.actions["a2"], plans.actions["a3"]
    services.evidence_add(user=users[Role.BUSINESS_UNIT], action=a3, text="Council evidence.")
    lead = users[Role.AGENCY_LEAD]
    assert [u.text for u in selectors.update_list(user=lead, action=a2)] == [
        "Going well.",
        "Started.",
    ]
    assert not selectors.update_list(user=lead, action=a3).exists()
    assert not selectors.evidence_list(user=lead, action=a3).exists()
    board = users[Role.BOARD_MEMBER]
    assert [e.text for e in selectors.evidence_list(user=board, action=a3)] == ["Council evidence."]


def test_actions_carry_their_last_update(plans, users):
    got = {a.pk: a.last_update for a in selectors.action_list(user=users[Role.BOARD_MEMBER])}
    a = plans.actions
    assert got[a["a2"].pk].isoformat() == "2018-05-01"  # the later of its two updates
    assert got[a["a4"].pk] is None

"""An audit's actions go into its action plan, made through the actions app's services."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.actions.models import Action, ActionPlan, Recommendation
from safeboard.assurance import selectors, services
from safeboard.partnership.models import Person
from tests.assurance.conftest import COUNCIL, HEALTH
from tests.factories import agency


@pytest.fixture
def lead(partnership):
    return Person.objects.create(agency=agency(COUNCIL), full_name="Alex Auditor")


@pytest.fixture
def findings(case_audit, lead):
    case_audit.lead = lead
    case_audit.save()
    return [
        services.finding_add(
            audit=case_audit, title="Neglect toolkit not used", grade="inadequate"
        ),
        services.finding_add(audit=case_audit, title="Chronologies kept", grade="good"),
    ]


def test_the_first_action_makes_the_audits_plan(case_audit, findings, users, lead):
    business_unit = users[Role.BUSINESS_UNIT]
    first = services.audit_action_raise(
        user=business_unit,
        audit=case_audit,
        finding=findings[0],
        recommendation_text="Embed the neglect toolkit in every team.",
        text="Train all children's social care teams in the toolkit.",
        owner_agency=agency(COUNCIL),
        due_date=date(2018, 9, 30),
    )
    second = services.audit_action_raise(
        user=business_unit,
        audit=case_audit,
        finding=findings[0],
        text="Health visitors use the toolkit at every new birth visit.",
        owner_agency=agency(HEALTH),
        due_date=date(2018, 12, 31),
    )
    third = services.audit_action_raise(
        user=business_unit,
        audit=case_audit,
        recommendation_text="Re-audit neglect cases in a year.",
        text="Put a re-audit in the 2018/19 programme.",
        owner_agency=agency(COUNCIL),
        due_date=date(2019, 3, 31),
    )

    case_audit.refresh_from_db()
    plan = case_audit.action_plan
    assert ActionPlan.objects.count() == 1
    assert (plan.source_kind, plan.source_title, plan.owner) == (
        "audit",
        "Neglect: multi-agency case audit",
        lead,
    )
    assert plan.source_reference == "Multi-agency audit, 2017/18"
    assert plan.source_date == date(2018, 2, 28)  # not complete yet: its planned completion
    # Two actions under the finding's recommendation (made once), one under a new one.
    assert [(a.reference, a.owner_agency.name) for a in (first, second, third)] == [
        ("1.1", COUNCIL),
        ("1.2", HEALTH),
        ("2.1", COUNCIL),
    ]
    findings[0].refresh_from_db()
    assert findings[0].recommendation.text == "Embed the neglect toolkit in every team."
    assert Recommendation.objects.filter(plan=plan).count() == 2
    assert list(selectors.audit_actions(user=users[Role.BOARD_MEMBER], audit=case_audit)) == [
        first,
        second,
        third,
    ]


def test_a_finding_without_wording_becomes_its_title(case_audit, findings, users):
    services.audit_action_raise(
        user=users[Role.BUSINESS_UNIT],
        audit=case_audit,
        finding=findings[1],
        text="Share the chronology template.",
        owner_agency=agency(COUNCIL),
        due_date=date(2018, 6, 30),
    )
    findings[1].refresh_from_db()
    assert findings[1].recommendation.text == "Chronologies kept"


def test_only_the_business_unit_raises_actions(case_audit, findings, users):
    for role in (Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.audit_action_raise(
                user=users[role],
                audit=case_audit,
                finding=findings[0],
                text="x",
                owner_agency=agency(COUNCIL),
                due_date=date(2018, 9, 30),
            )
    assert not ActionPlan.objects.exists()


def test_nothing_is_stored_when_the_plan_has_no_owner(case_audit, users):
    with pytest.raises(ValidationError) as raised:
        services.audit_action_raise(
            user=users[Role.BUSINESS_UNIT],
            audit=case_audit,
            recommendation_text="Re-audit.",
            text="Plan it.",
            owner_agency=agency(COUNCIL),
            due_date=date(2018, 9, 30),
        )
    assert "say who owns the plan" in raised.value.message_dict["plan_owner"][0]
    assert not ActionPlan.objects.exists()


def test_a_refused_action_leaves_no_plan_behind(case_audit, findings, users, lead):
    # The due date is missing: the actions app refuses, and the whole raise is undone.
    with pytest.raises(ValidationError):
        services.audit_action_raise(
            user=users[Role.BUSINESS_UNIT],
            audit=case_audit,
            finding=findings[0],
            text="",
            owner_agency=agency(COUNCIL),
            due_date=date(2018, 9, 30),
        )
    assert not ActionPlan.objects.exists()
    assert not Recommendation.objects.exists()
    findings[0].refresh_from_db()
    assert findings[0].recommendation is None
    case_audit.refresh_from_db()
    assert case_audit.action_plan is None


def test_an_action_needs_a_recommendation(case_audit, findings, users):
    with pytest.raises(ValidationError) as raised:
        services.audit_action_raise(
            user=users[Role.BUSINESS_UNIT],
            audit=case_audit,
            text="Something",
            owner_agency=agency(COUNCIL),
            due_date=date(2018, 9, 30),
        )
    assert "Say what the audit recommends" in raised.value.message_dict["recommendation_text"][0]
    assert not Action.objects.exists()


def test_a_finding_of_another_audit_is_refused(case_audit, findings, section_11, users):
    other = services.finding_add(audit=section_11, title="Supervision")
    with pytest.raises(ValidationError):
        services.audit_action_raise(
            user=users[Role.BUSINESS_UNIT],
            audit=case_audit,
            finding=other,
            text="Something",
            owner_agency=agency(COUNCIL),
            due_date=date(2018, 9, 30),
        )


def test_an_agency_lead_sees_only_their_agencys_actions(case_audit, findings, users):
    # The agency lead is in the police, which owns none of the audit's actions.
    services.audit_action_raise(
        user=users[Role.BUSINESS_UNIT],
        audit=case_audit,
        finding=findings[0],
        text="Council action",
        owner_agency=agency(COUNCIL),
        due_date=date(2018, 9, 30),
    )
    assert selectors.audit_actions(user=users[Role.AGENCY_LEAD], audit=case_audit).count() == 0
    assert selectors.audit_actions(user=users[Role.BUSINESS_UNIT], audit=case_audit).count() == 1

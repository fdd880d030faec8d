"""Who reads which audits, grades, findings and policies."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.access.roles import Role
from safeboard.assurance import selectors, services
from safeboard.assurance.models import Audit, Policy
from tests.assurance.conftest import COUNCIL, HEALTH, POLICE
from tests.factories import agency

EVERY_AGENCY = [Role.BUSINESS_UNIT, Role.PERFORMANCE_ANALYST, Role.BOARD_MEMBER]
OWN_AGENCY = [Role.AGENCY_LEAD, Role.CDOP_MEMBER, Role.CASE_REVIEW_MEMBER]  # all in the police


@pytest.fixture
def audits(section_11, case_audit):
    services.finding_add(audit=case_audit, title="Chronologies", grade="good")
    return section_11, case_audit


@pytest.mark.parametrize("role", [*EVERY_AGENCY, Role.INDEPENDENT_CHAIR])
def test_roles_over_every_agency_see_every_audit(audits, users, role):
    titles = [a.title for a in selectors.audit_list(user=users[role], year=2018)]
    assert titles == ["Section 11 round 2017/18", "Neglect: multi-agency case audit"]
    assert selectors.grade_list(user=users[role], year=2018).count() == 8
    assert selectors.finding_list(user=users[role], year=2018).count() == 1


@pytest.mark.parametrize("role", OWN_AGENCY)
def test_own_agency_roles_see_the_audits_their_agency_takes_part_in(audits, users, role):
    section_11, case_audit = audits
    user = users[role]

    # The police takes part in the section 11 round only; listed once, not once per agency.
    assert list(selectors.audit_list(user=user)) == [section_11]
    with pytest.raises(Audit.DoesNotExist):
        selectors.audit_get(user=user, pk=case_audit.pk)
    # Only the police's own three self-grades, and no findings of the case audit.
    assert {g.agency.name for g in selectors.grade_list(user=user, audit=section_11)} == {POLICE}
    assert selectors.grade_list(user=user, audit=section_11).count() == 3
    assert selectors.finding_list(user=user).count() == 0
    assert selectors.standard_list(user=user, audit=section_11).count() == 3


def test_a_user_with_no_role_sees_no_audit_but_the_programme(audits, users):
    user = users[None]
    assert selectors.audit_list(user=user).count() == 0
    assert selectors.grade_list(user=user).count() == 0
    assert selectors.programme_for_year(user=user, year=2018) is not None


def test_the_agencies_of_an_audit_by_name(audits, users):
    audit = selectors.audit_get(user=users[Role.BOARD_MEMBER], pk=audits[0].pk)
    assert [a.name for a in selectors.audit_agencies(audit)] == [COUNCIL, HEALTH, POLICE]


def test_every_signed_in_user_reads_the_policies(partnership, users):
    policy = services.policy_create(
        partnership=partnership,
        title="Procedures manual",
        kind=Policy.Kind.PROCEDURES_MANUAL,
        owner_agency=agency(COUNCIL),
    )
    services.version_add(
        policy=policy,
        number="1.0",
        status="approved",
        approved_on=date(2017, 4, 1),
        approved_by="Board",
        next_review_on=date(2018, 4, 1),
    )
    for role in [*users]:
        assert [p.title for p in selectors.policy_list(user=users[role])] == ["Procedures manual"]
    # The police lead owns none of them; the council's would.
    assert selectors.policies_owned_by_agency(user=users[Role.AGENCY_LEAD]).count() == 0
    assert (
        selectors.policies_owned_by_agency(
            user=users[Role.AGENCY_LEAD], agency_id=agency(COUNCIL).pk
        ).count()
        == 1
    )

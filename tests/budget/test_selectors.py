"""Who reads which budget records, through ``visible_to``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.budget import policy, selectors
from tests.budget.helpers import POLICE, budget_2018

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_2018(bu):
    return budget_2018(bu)


@pytest.mark.parametrize(
    "role",
    [Role.BUSINESS_UNIT, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.PERFORMANCE_ANALYST],
)
def test_roles_that_see_every_agency_see_every_contribution(year_2018, users, role):
    assert selectors.contribution_list(user=users[role], year=2018).count() == 3
    assert policy.can_read_summary(users[role])


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.CDOP_MEMBER, Role.CASE_REVIEW_MEMBER])
def test_own_agency_roles_see_their_own_contribution_only(year_2018, users, role):
    # The test users belong to the police.
    (contribution,) = selectors.contribution_list(user=users[role], year=2018)
    assert contribution.agency.name == POLICE
    assert not policy.can_read_summary(users[role])


def test_a_user_without_a_role_sees_no_contribution(year_2018, users):
    assert not selectors.contribution_list(user=users[None]).exists()
    assert not policy.can_read_summary(users[None])


def test_the_published_parts_are_open_to_every_signed_in_user(year_2018, users):
    user = users[Role.AGENCY_LEAD]
    assert selectors.year_get(user=user, year=2018).balance_brought_forward == Decimal("10000")
    assert selectors.other_income_list(user=user, year=2018).count() == 3
    assert selectors.review_spending_list(user=user, year=2018).count() == 3


def test_line_totals(year_2018, bu):
    totals = {t.line.description: t for t in selectors.line_totals(user=bu, year=2018)}
    # Staffing 12 x 8,000 against 96,000: no variance; chair 12,500 against 12,000: 500 over.
    assert (totals["Business unit"].actual, totals["Business unit"].variance) == (
        Decimal("96000"),
        0,
    )
    assert totals["Independent chair"].variance == Decimal("-500")
    assert totals["Independent chair"].months == 4
    assert totals["Printing"].variance is None  # no budget
    assert totals["Printing"].actual == Decimal("1200")


def test_contribution_shares_for_other_areas(year_2018):
    from tests.factories import agency

    # Police: 30,000 of 100,000 agreed.
    assert selectors.contribution_shares(2018)[agency(POLICE).pk] == Decimal("0.3")

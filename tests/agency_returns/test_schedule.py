"""Due and overdue, with the dates stated by hand."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.access.roles import Role
from safeboard.agency_returns import schedule
from safeboard.agency_returns.models import AgencyReturn
from safeboard.agency_returns.panels import due_context
from safeboard.agency_returns.selectors import return_slots, returns_outstanding
from tests.agency_returns.helpers import COUNCIL, POLICE, lead, make_return


@pytest.mark.parametrize(
    ("quarter", "due"),
    [
        (1, date(2017, 7, 31)),  # Q1 ends 30 June 2017
        (2, date(2017, 10, 31)),  # Q2 ends 30 September
        (3, date(2018, 1, 31)),  # Q3 ends 31 December, due in the next calendar year
        (4, date(2018, 4, 30)),  # Q4 ends 31 March 2018
    ],
)
def test_a_return_is_due_by_the_end_of_the_month_after_the_quarter(quarter, due):
    assert schedule.return_due_date(collection_year=2018, quarter=quarter) == due


def test_the_due_period_is_a_setting(settings):
    settings.SAFEBOARD_AGENCY_RETURN_DUE_MONTHS = 2
    assert schedule.return_due_date(collection_year=2018, quarter=3) == date(2018, 2, 28)
    assert schedule.return_due_date(collection_year=2020, quarter=3) == date(2020, 2, 29)
    settings.SAFEBOARD_AGENCY_RETURN_DUE_MONTHS = -1
    with pytest.raises(ValueError, match="SAFEBOARD_AGENCY_RETURN_DUE_MONTHS"):
        schedule.return_due_date(collection_year=2018, quarter=1)


def test_overdue_from_the_day_after_the_due_date_while_not_submitted():
    kwargs = {"collection_year": 2018, "quarter": 1}
    assert not schedule.is_overdue(**kwargs, outstanding=True, today=date(2017, 7, 31))
    assert schedule.is_overdue(**kwargs, outstanding=True, today=date(2017, 8, 1))
    assert not schedule.is_overdue(**kwargs, outstanding=False, today=date(2017, 8, 1))


def test_quarters_and_years():
    assert schedule.quarter_start(2018, 3) == date(2017, 10, 1)
    assert schedule.quarter_start(2018, 4) == date(2018, 1, 1)
    assert schedule.ended_quarters(collection_year=2018, today=date(2017, 6, 30)) == []
    assert schedule.ended_quarters(collection_year=2018, today=date(2017, 7, 1)) == [1]
    assert schedule.ended_quarters(collection_year=2018, today=date(2018, 4, 1)) == [1, 2, 3, 4]
    assert schedule.collection_year_of(date(2018, 3, 31)) == 2018
    assert schedule.collection_year_of(date(2018, 4, 1)) == 2019
    # In May 2018 no quarter of 2018-19 has ended: the latest year with one is 2017-18.
    assert schedule.latest_collection_year(date(2018, 5, 10)) == 2018
    assert schedule.latest_collection_year(date(2018, 7, 1)) == 2019


def _states(slots):
    return {(s.template.id, s.agency.name, s.quarter): (s.status, s.due, s.overdue) for s in slots}


def test_slots_for_the_business_unit_cover_every_agency_and_ended_quarter(users):
    make_return("police_cse", POLICE, quarter=1, status=AgencyReturn.Status.SUBMITTED)
    make_return("private_fostering", COUNCIL, quarter=1, status=AgencyReturn.Status.RETURNED)
    # 15 October 2017: Q1 (due 31 July) is past due, Q2 (due 31 October) is due.
    slots = return_slots(
        user=users[Role.BUSINESS_UNIT], collection_year=2018, today=date(2017, 10, 15)
    )
    assert _states(slots) == {
        ("private_fostering", COUNCIL, 1): ("returned", False, True),
        ("cse_team", COUNCIL, 1): (None, False, True),
        ("police_cse", POLICE, 1): ("submitted", False, False),
        ("private_fostering", COUNCIL, 2): (None, True, False),
        ("cse_team", COUNCIL, 2): (None, True, False),
        ("police_cse", POLICE, 2): (None, True, False),
    }  # no health provider in the test partnership: no CAMHS returns owed


def test_an_agency_lead_sees_only_their_own_agencys_slots(users, partnership):
    make_return("private_fostering", COUNCIL, quarter=1)
    slots = return_slots(
        user=users[Role.AGENCY_LEAD], collection_year=2018, today=date(2017, 10, 15)
    )
    assert _states(slots) == {
        ("police_cse", POLICE, 1): (None, False, True),
        ("police_cse", POLICE, 2): (None, True, False),
    }


def test_readers_see_accepted_returns_only(users):
    make_return("police_cse", POLICE, quarter=1, status=AgencyReturn.Status.ACCEPTED)
    make_return("police_cse", POLICE, quarter=2, status=AgencyReturn.Status.SUBMITTED)
    for role in (Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.PERFORMANCE_ANALYST):
        slots = return_slots(user=users[role], collection_year=2018, today=date(2018, 1, 2))
        assert _states(slots) == {("police_cse", POLICE, 1): ("accepted", False, False)}


def test_the_home_panel_lists_what_is_owed(users):
    council_lead = lead(COUNCIL)
    make_return("private_fostering", COUNCIL, quarter=4, year=2018)
    today = date(2018, 5, 10)  # 2017-18 Q4 due 30 April: overdue; nothing of 2018-19 yet
    owed = returns_outstanding(user=council_lead, today=today)
    # Every quarter of 2016-17 and 2017-18, for both council templates: all overdue.
    assert len(owed) == 2 * 8
    assert all(slot.overdue and slot.agency.name == COUNCIL for slot in owed)
    assert owed[0].due_date == date(2016, 7, 31)  # the longest overdue first

    business_unit_owed = returns_outstanding(user=users[Role.BUSINESS_UNIT], today=today)
    assert len(business_unit_owed) == 3 * 8  # the police's return too
    assert returns_outstanding(user=users[Role.BOARD_MEMBER], today=today) == []

    context = due_context(council_lead)
    assert context["scope"] == "your agency"
    assert len(context["outstanding"]) <= 5
    assert due_context(users[Role.BUSINESS_UNIT])["scope"] == "any agency"
    assert due_context(users[Role.BOARD_MEMBER]) == {"scope": None}

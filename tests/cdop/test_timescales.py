"""The panel's timescales across bank holidays (Easter, Christmas) and weekends.

Bank holidays used below (England and Wales): Good Friday 19 April and Easter
Monday 22 April 2019; 25 and 26 December 2018; 25 December 2020 (a Friday)
and 28 December 2020, the substitute for Boxing Day on a Saturday.
"""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.cdop import timescales
from safeboard.cdop.models import ReviewMeeting
from tests.cdop.helpers import make_death, make_information

pytestmark = pytest.mark.django_db


def test_no_national_notification_deadline_before_the_database_went_live(partnership):
    death = make_death("CDOP-19-000", died=date(2019, 3, 30), notified=date(2019, 3, 31))
    assert timescales.national_notification(death) is None


def test_national_notification_is_48_hours_of_clock_time_over_easter(partnership):
    # Learned of on Thursday 18 April 2019: 48 hours later is Saturday 20 April,
    # Good Friday and the weekend included (it is clock time, not working days).
    death = make_death("CDOP-19-001", died=date(2019, 4, 17), notified=date(2019, 4, 18))
    deadline = timescales.national_notification(death)
    assert deadline.due == date(2019, 4, 20)
    assert deadline.describe(date(2019, 4, 18)) == "Due in 2 days"
    assert deadline.describe(date(2019, 4, 20)) == "Due today"
    # Easter Monday 22 April: two days after the due date.
    assert deadline.describe(date(2019, 4, 22)) == "2 days overdue"
    assert deadline.overdue(date(2019, 4, 21))


def test_national_notification_met_and_late(partnership):
    on_time = make_death(
        "CDOP-19-002",
        died=date(2019, 4, 17),
        notified=date(2019, 4, 18),
        national_notified_on=date(2019, 4, 20),
    )
    assert timescales.national_notification(on_time).describe(date(2019, 5, 1)) == "Met"
    late = make_death(
        "CDOP-19-003",
        died=date(2019, 4, 17),
        notified=date(2019, 4, 18),
        national_notified_on=date(2019, 4, 23),
    )
    deadline = timescales.national_notification(late)
    assert deadline.met() is False
    assert deadline.describe(date(2019, 5, 1)) == "Met 3 days late"


def test_agency_information_across_easter(partnership):
    death = make_death("CDOP-19-004", died=date(2019, 4, 15), notified=date(2019, 4, 16))
    # Requested Thursday 18 April 2019, 5 working days: 19 (Good Friday), 20-21
    # (weekend) and 22 (Easter Monday) do not count: 23, 24, 25, 26, 29 April.
    information = make_information(death, requested=date(2019, 4, 18), days=5)
    assert information.due_on == date(2019, 4, 29)
    deadline = timescales.agency_information(information)
    # On Thursday 18 April: 23, 24, 25, 26, 29 April are still to come.
    assert deadline.describe(date(2019, 4, 18)) == "Due in 5 working days"
    # On Tuesday 30 April: one working day late.
    assert deadline.describe(date(2019, 4, 30)) == "1 working day overdue"


def test_agency_information_across_christmas(partnership):
    death = make_death("CDOP-18-005", died=date(2018, 12, 19), notified=date(2018, 12, 20))
    # Requested Friday 21 December 2018, 3 working days: 24 December (1),
    # 25 and 26 bank holidays, 27 (2), 28 (3).
    information = make_information(death, requested=date(2018, 12, 21), days=3)
    assert information.due_on == date(2018, 12, 28)
    deadline = timescales.agency_information(information)
    # From Monday 24 December: 27 and 28 December are left (25 and 26 are holidays).
    assert deadline.describe(date(2018, 12, 24)) == "Due in 2 working days"
    # From the due date to Wednesday 2 January 2019: 31 December and 2 January
    # (1 January is a bank holiday).
    assert deadline.describe(date(2019, 1, 2)) == "2 working days overdue"


def test_agency_information_across_a_substitute_boxing_day(partnership):
    death = make_death("CDOP-20-006", died=date(2020, 12, 22), notified=date(2020, 12, 23))
    # Requested Thursday 24 December 2020, 2 working days: 25 (Christmas Day),
    # 26-27 (weekend), 28 (Boxing Day's substitute) do not count: 29, 30.
    information = make_information(death, requested=date(2020, 12, 24), days=2)
    assert information.due_on == date(2020, 12, 30)


def test_received_information_says_whether_it_was_on_time(partnership):
    death = make_death("CDOP-18-007", died=date(2018, 12, 19), notified=date(2018, 12, 20))
    early = make_information(
        death, requested=date(2018, 12, 21), days=3, received=date(2018, 12, 28)
    )
    assert timescales.agency_information(early).describe(date(2019, 2, 1)) == "Met"
    late = make_information(death, requested=date(2018, 12, 21), days=3, received=date(2019, 1, 2))
    # 31 December and 2 January are the working days after the 28th.
    assert (
        timescales.agency_information(late).describe(date(2019, 2, 1)) == "Met 2 working days late"
    )


@pytest.mark.parametrize(
    ("notice", "held", "short"),
    [
        (date(2019, 7, 1), date(2019, 8, 1), False),  # exactly a month
        (date(2019, 7, 1), date(2019, 7, 31), True),
        (date(2019, 1, 31), date(2019, 2, 28), False),  # 31 January + 1 month = 28 February
        (date(2019, 1, 31), date(2019, 2, 27), True),
        (None, date(2019, 2, 27), False),
    ],
)
def test_a_month_s_notice_of_a_review_meeting(notice, held, short):
    assert timescales.short_notice(ReviewMeeting(held_on=held, notice_given_on=notice)) is short


def test_open_deadlines_soonest_first_and_only_unmet(partnership):
    first = make_death("CDOP-19-010", died=date(2019, 5, 1), notified=date(2019, 5, 2))
    second = make_death(
        "CDOP-19-011",
        died=date(2019, 5, 1),
        notified=date(2019, 5, 1),
        national_notified_on=date(2019, 5, 2),
    )
    asked = make_information(second, requested=date(2019, 5, 2), days=1)
    make_information(second, requested=date(2019, 5, 2), days=1, received=date(2019, 5, 3))
    items = timescales.open_deadlines([first, second], [asked])
    # first's 48 hours end 4 May; the request is due the next working day, 3 May.
    assert [(i.death.case_reference, i.deadline.due) for i in items] == [
        ("CDOP-19-011", date(2019, 5, 3)),
        ("CDOP-19-010", date(2019, 5, 4)),
    ]

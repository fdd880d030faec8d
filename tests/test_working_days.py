"""Statutory deadlines in working days, across Easter, Christmas and a moved bank holiday.

Each expected date is counted by hand on the calendar in the comment beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.common.working_days import (
    Deadline,
    add_months,
    add_working_days,
    is_working_day,
    working_days_between,
)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        # Wed 28 Mar 2018: Thu 29 (1); Good Friday 30, weekend, Easter Monday 2 Apr closed;
        # Tue 3 (2), Wed 4 (3), Thu 5 (4), Fri 6 (5).
        (date(2018, 3, 28), 5, date(2018, 4, 6)),
        # Fri 22 Dec 2017: Christmas Mon 25 and Boxing Day Tue 26 closed; Wed 27 (1), Thu 28 (2),
        # Fri 29 (3); New Year's Day Mon 1 Jan closed; Tue 2 (4), Wed 3 (5).
        (date(2017, 12, 22), 5, date(2018, 1, 3)),
        # ...then Thu 4 (6), Fri 5 (7), Mon 8 to Fri 12 (8-12), Mon 15 (13), Tue 16 (14), Wed 17 (15).
        (date(2017, 12, 22), 15, date(2018, 1, 17)),
        # 2020's early May bank holiday moved to Friday 8 May (VE Day): Thu 7 + 1 = Mon 11.
        (date(2020, 5, 7), 1, date(2020, 5, 11)),
        # A Saturday start: the first working day after it is Monday.
        (date(2018, 6, 30), 1, date(2018, 7, 2)),
        (date(2018, 6, 30), 0, date(2018, 6, 30)),
    ],
)
def test_add_working_days(start, days, due):
    assert add_working_days(start, days) == due


def test_counting_back_is_refused():
    with pytest.raises(ValueError, match="forwards"):
        add_working_days(date(2018, 1, 1), -1)


def test_working_days_between_counts_after_the_start_up_to_the_end():
    assert working_days_between(date(2017, 12, 22), date(2018, 1, 3)) == 5
    assert working_days_between(date(2018, 1, 3), date(2017, 12, 22)) == -5
    assert working_days_between(date(2018, 3, 29), date(2018, 4, 2)) == 0  # Easter, all closed
    assert working_days_between(date(2018, 3, 29), date(2018, 3, 29)) == 0


def test_bank_holidays_and_weekends_are_closed():
    assert not is_working_day(date(2018, 3, 30))  # Good Friday
    assert not is_working_day(date(2018, 12, 25))
    assert not is_working_day(date(2018, 12, 29))  # Saturday
    assert is_working_day(date(2018, 12, 27))


def test_six_calendar_months_end_at_the_month_end_when_the_day_is_missing():
    assert add_months(date(2017, 8, 31), 6) == date(2018, 2, 28)
    assert add_months(date(2019, 8, 31), 6) == date(2020, 2, 29)
    assert add_months(date(2017, 10, 2), 6) == date(2018, 4, 2)


class TestDeadline:
    due = date(2018, 4, 6)  # a Friday

    def test_open_and_ahead(self):
        deadline = Deadline("Notify the national panel", self.due)
        # Wed 28 Mar: Thu 29, Tue 3, Wed 4, Thu 5, Fri 6 are left (Easter closed).
        assert deadline.working_days_left(date(2018, 3, 28)) == 5
        assert deadline.describe(date(2018, 3, 28)) == "Due in 5 working days"
        assert deadline.describe(date(2018, 4, 5)) == "Due in 1 working day"
        assert deadline.describe(self.due) == "Due today"
        assert not deadline.overdue(self.due)

    def test_open_and_overdue(self):
        deadline = Deadline("Rapid review", self.due)
        assert deadline.overdue(date(2018, 4, 9))
        assert deadline.describe(date(2018, 4, 9)) == "1 working day overdue"  # Mon 9
        assert deadline.describe(date(2018, 4, 11)) == "3 working days overdue"  # Mon-Wed
        assert deadline.describe(date(2018, 4, 7)) == "1 working day overdue"  # the Saturday

    def test_done(self):
        assert Deadline("x", self.due, done=date(2018, 4, 6)).describe(date(2019, 1, 1)) == "Met"
        late = Deadline("x", self.due, done=date(2018, 4, 10))
        assert late.met() is False
        assert late.describe(date(2019, 1, 1)) == "Met 2 working days late"
        assert Deadline("x", self.due).met() is None

"""The timescales across bank holidays, each counted out by hand.

England and Wales bank holidays used: Christmas 2017 (Mon 25, Tue 26 Dec),
New Year 2018 (Mon 1 Jan), Easter 2018 (Good Friday 30 Mar, Easter Monday
2 Apr), Christmas 2018 (Tue 25, Wed 26 Dec), New Year 2019 (Tue 1 Jan),
Easter 2019 (Good Friday 19 Apr, Easter Monday 22 Apr), Early May 2019 (Mon 6 May).
"""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.common.working_days import Deadline
from safeboard.reviews import timescales
from safeboard.reviews.models import SeriousIncident


@pytest.mark.parametrize(
    ("aware", "due"),
    [
        # Christmas 2018: Fri 21 (1), Mon 24 (2), [25, 26], Thu 27 (3), Fri 28 (4), Mon 31 (5).
        (date(2018, 12, 20), date(2018, 12, 31)),
        # Christmas 2017: [Mon 25, Tue 26], Wed 27 (1), Thu 28 (2), Fri 29 (3), [Mon 1 Jan],
        # Tue 2 (4), Wed 3 (5).
        (date(2017, 12, 22), date(2018, 1, 3)),
        # Easter 2019: Tue 16 (1), Wed 17 (2), Thu 18 (3), [Good Friday 19 .. Easter Monday 22],
        # Tue 23 (4), Wed 24 (5).
        (date(2019, 4, 15), date(2019, 4, 24)),
        # Easter 2018: [Good Friday 30 Mar, Easter Monday 2 Apr], Tue 3 (1) .. Mon 9 (5).
        (date(2018, 3, 29), date(2018, 4, 9)),
        # An ordinary week: Tue 3 (1) .. Mon 9 (5).
        (date(2018, 7, 2), date(2018, 7, 9)),
    ],
)
def test_notification_is_due_5_working_days_after_becoming_aware(aware, due):
    assert timescales.notification_due(aware) == due


@pytest.mark.parametrize(
    ("aware", "due"),
    [
        # Christmas 2018: the 5 days to Mon 31 Dec above, [Tue 1 Jan], Wed 2 (6), Thu 3 (7),
        # Fri 4 (8), Mon 7 (9) .. Fri 11 (13), Mon 14 (14), Tue 15 (15).
        (date(2018, 12, 20), date(2019, 1, 15)),
        # Easter and Early May 2019: to Wed 24 Apr (5), Thu 25 (6), Fri 26 (7), Mon 29 (8),
        # Tue 30 (9), Wed 1 May (10), Thu 2 (11), Fri 3 (12), [Mon 6 May], Tue 7 (13),
        # Wed 8 (14), Thu 9 (15).
        (date(2019, 4, 15), date(2019, 5, 9)),
        # Christmas 2017: to Wed 3 Jan (5), Thu 4 (6) .. Wed 17 Jan (15).
        (date(2017, 12, 22), date(2018, 1, 17)),
    ],
)
def test_rapid_review_is_due_15_working_days_after_becoming_aware(aware, due):
    assert timescales.rapid_review_due(aware) == due


def test_a_late_notification_does_not_move_the_rapid_review_deadline():
    """DOMAIN.md 3.3 counts from becoming aware, not from the notification (issue 6's wording).

    Aware Thu 20 Dec 2018, notified Wed 2 Jan 2019 (a working day late). From the
    notification the 15 days would end Wed 23 Jan (Thu 3 .. Fri 18 is 12, Mon 21 .. Wed 23
    is 15); from becoming aware they end Tue 15 Jan.
    """
    incident = SeriousIncident(
        reference="SIN 2018-02", aware_date=date(2018, 12, 20), notified_date=date(2019, 1, 2)
    )
    assert timescales.rapid_review_deadline(incident).due == date(2019, 1, 15)
    assert timescales.notification_deadline(incident).describe(date(2019, 3, 1)) == (
        "Met 1 working day late"
    )


@pytest.mark.parametrize(
    ("commissioned", "due"),
    [
        (date(2017, 6, 12), date(2017, 12, 12)),
        (date(2018, 8, 31), date(2019, 2, 28)),  # the end of February
        (date(2019, 8, 31), date(2020, 2, 29)),  # a leap year
    ],
)
def test_final_report_is_due_6_calendar_months_after_commissioning(commissioned, due):
    assert timescales.final_report_due(commissioned) == due


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        # Due Mon 31 Dec 2018. From Fri 21 Dec: Mon 24, Thu 27, Fri 28, Mon 31 = 4 left.
        (date(2018, 12, 21), "Due in 4 working days"),
        # Christmas Day: Thu 27, Fri 28, Mon 31 = 3 left.
        (date(2018, 12, 25), "Due in 3 working days"),
        (date(2018, 12, 31), "Due today"),
        # New Year's Day is no working day: Tue 1 Jan is after the due day but none has passed.
        (date(2019, 1, 1), "1 working day overdue"),
        # Wed 2 Jan: one working day (Wed 2) after the due day.
        (date(2019, 1, 2), "1 working day overdue"),
        # Mon 7 Jan: Wed 2, Thu 3, Fri 4, Mon 7 = 4 after.
        (date(2019, 1, 7), "4 working days overdue"),
    ],
)
def test_days_remaining_or_overdue_across_christmas(today, shown):
    deadline = timescales.notification_deadline(
        SeriousIncident(reference="SIN 2018-02", aware_date=date(2018, 12, 20))
    )
    assert deadline.describe(today) == shown
    assert deadline.overdue(today) is (today > date(2018, 12, 31))


def test_days_remaining_across_easter():
    # Rapid review due Thu 9 May 2019. From Thu 18 Apr: Tue 23, Wed 24, Thu 25, Fri 26,
    # Mon 29, Tue 30, Wed 1, Thu 2, Fri 3, Tue 7, Wed 8, Thu 9 = 12 left.
    deadline = Deadline("Rapid review", timescales.rapid_review_due(date(2019, 4, 15)))
    assert deadline.describe(date(2019, 4, 18)) == "Due in 12 working days"
    # Over the Easter weekend nothing is used up: still 12 on Easter Monday.
    assert deadline.describe(date(2019, 4, 22)) == "Due in 12 working days"
    assert deadline.describe(date(2019, 5, 6)) == "Due in 3 working days"  # a bank holiday

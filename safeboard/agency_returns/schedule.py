"""When a quarter's return is due, and when it is overdue.

A return for quarter Q can be opened once Q has ended. It is due on the last
day of the month ``SAFEBOARD_AGENCY_RETURN_DUE_MONTHS`` months after the
quarter ends (a Django setting, default 1: Q1 ending 30 June is due on 31
July; Q4 ending 31 March on 30 April). It is overdue from the day after, for
as long as it is not submitted or accepted: a return the business unit sends
back after its due date is overdue again until it is resubmitted.
"""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings

from safeboard.dataset.periods import collection_year_of, quarter_end

DUE_MONTHS_SETTING = "SAFEBOARD_AGENCY_RETURN_DUE_MONTHS"
DEFAULT_DUE_MONTHS = 1
QUARTERS = (1, 2, 3, 4)


def due_months() -> int:
    months = getattr(settings, DUE_MONTHS_SETTING, DEFAULT_DUE_MONTHS)
    if not isinstance(months, int) or months < 0:
        raise ValueError(f"{DUE_MONTHS_SETTING} must be a whole number of months, 0 or more.")
    return months


def quarter_start(collection_year: int, quarter: int) -> date:
    end = quarter_end(collection_year, quarter)
    return date(end.year, end.month - 2, 1)


def return_due_date(*, collection_year: int, quarter: int) -> date:
    """The last day of the month ``due_months()`` after the quarter's last month."""
    end = quarter_end(collection_year, quarter)
    months = end.year * 12 + (end.month - 1) + due_months()
    year, month = divmod(months, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def quarter_has_ended(*, collection_year: int, quarter: int, today: date) -> bool:
    return today > quarter_end(collection_year, quarter)


def ended_quarters(*, collection_year: int, today: date) -> list[int]:
    return [
        q
        for q in QUARTERS
        if quarter_has_ended(collection_year=collection_year, quarter=q, today=today)
    ]


def latest_collection_year(today: date) -> int:
    """The collection year of the most recent quarter that has ended."""
    year = collection_year_of(today)
    return year if ended_quarters(collection_year=year, today=today) else year - 1


def is_overdue(*, collection_year: int, quarter: int, outstanding: bool, today: date) -> bool:
    return outstanding and today > return_due_date(collection_year=collection_year, quarter=quarter)

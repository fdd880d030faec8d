"""Statutory deadlines in working days, and how far each one is from today.

A working day is a weekday that is not an England and Wales bank holiday
(the maintained ``holidays`` package, through ``dataset.calendar``). "Within
5 working days of D" means by the 5th working day after D: D itself does
not count, whatever day it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from safeboard.dataset.calendar import bank_holidays


@cache
def _closed(year: int) -> frozenset[date]:
    return frozenset(d for d in bank_holidays(year, year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _closed(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
    if days < 0:
        raise ValueError("Count working days forwards only.")
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days d with start < d <= end; negative when end is before start."""
    if end < start:
        return -working_days_between(end, start)
    return sum(
        1
        for offset in range(1, (end - start).days + 1)
        if is_working_day(start + timedelta(offset))
    )


def add_months(start: date, months: int) -> date:
    """Calendar months on (31 August + 6 months = 28 or 29 February)."""
    return start + relativedelta(months=months)


@dataclass(frozen=True)
class Deadline:
    """A due date, whether and when it was met, and where it stands today."""

    label: str
    due: date
    done: date | None = None

    def met(self) -> bool | None:
        """True if done by the due date, False if done late, None while open."""
        return None if self.done is None else self.done <= self.due

    def overdue(self, today: date) -> bool:
        return self.done is None and today > self.due

    def working_days_left(self, today: date) -> int:
        """Working days from today to the due date; negative once overdue."""
        return working_days_between(today, self.due)

    def describe(self, today: date) -> str:
        """'Due in 3 working days', 'Due today', '2 working days overdue', 'Met'..."""
        if self.done is not None:
            late = working_days_between(self.due, self.done)
            return "Met" if late <= 0 else f"Met {late} working day{'s' * (late != 1)} late"
        left = self.working_days_left(today)
        if today == self.due:
            return "Due today"
        if left > 0:
            return f"Due in {left} working day{'s' * (left != 1)}"
        if today < self.due:  # only weekend or holiday days between now and then
            return "Due on the next working day"
        overdue = -left if left < 0 else 1
        return f"{overdue} working day{'s' * (overdue != 1)} overdue"

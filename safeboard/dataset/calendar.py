"""Working days: weekdays that are not England and Wales bank holidays.

Bank holidays come from the maintained ``holidays`` package, not a list kept
here. The calendar table numbers every working day, so the number of working
days d with A < d <= B is ``wd(B) - wd(A)`` (INDICATORS.md, Periods).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pyarrow as pa

FIRST_YEAR = 2005
LAST_YEAR = 2040


def bank_holidays(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> set[date]:
    # subdiv ENG: England's bank holidays, which Wales shares.
    return set(
        holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    )


def calendar_table(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> pa.Table:
    """One row per day: the date and how many working days there are up to and including it."""
    closed = bank_holidays(first_year, last_year)
    days, counts = [], []
    count = 0
    day = date(first_year, 1, 1)
    end = date(last_year, 12, 31)
    while day <= end:
        if day.weekday() < 5 and day not in closed:
            count += 1
        days.append(day)
        counts.append(count)
        day += timedelta(days=1)
    return pa.table({"day": pa.array(days, pa.date32()), "wd": pa.array(counts, pa.int32())})

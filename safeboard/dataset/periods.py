"""Periods of a collection year: cumulative from 1 April, snapshots at quarter ends.

Collection year Y (the year it ends, 2018 for 2017/18) runs from 1 April Y-1
to 31 March Y. Quarter N of it ends on 30 June, 30 September, 31 December
or 31 March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


def collection_year_of(day: date) -> int:
    """The collection year a day falls in, as the year it ends (2018 for 2017/18)."""
    return day.year + (1 if day.month > 3 else 0)


class PeriodKind(StrEnum):
    CUMULATIVE = "cumulative"
    SNAPSHOT = "snapshot"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: date
    end: date
    label: str

    @property
    def collection_year(self) -> int:
        return collection_year_of(self.end)


def year_label(collection_year: int) -> str:
    return f"{collection_year - 1}/{collection_year % 100:02d}"


def quarter_end(collection_year: int, quarter: int) -> date:
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"A quarter is 1, 2, 3 or 4, not {quarter}.")
    return {
        1: date(collection_year - 1, 6, 30),
        2: date(collection_year - 1, 9, 30),
        3: date(collection_year - 1, 12, 31),
        4: date(collection_year, 3, 31),
    }[quarter]


def period_for(kind: PeriodKind, collection_year: int, quarter: int = 4) -> Period:
    end = quarter_end(collection_year, quarter)
    label = (
        f"Q{quarter} {year_label(collection_year)}" if quarter != 4 else year_label(collection_year)
    )
    if kind is PeriodKind.SNAPSHOT:
        return Period(kind, end, end, label)
    return Period(kind, date(collection_year - 1, 4, 1), end, label)


def dataset_periods(kind: PeriodKind, collection_year: int, *, history_years: int = 4):
    """The four quarters of the year, then the previous years whole (oldest first)."""
    history = [period_for(kind, collection_year - n) for n in range(history_years, 0, -1)]
    quarters = [period_for(kind, collection_year, q) for q in (1, 2, 3, 4)]
    return history + quarters

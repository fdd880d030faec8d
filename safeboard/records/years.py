"""The board's year: 1 April to 31 March, named by the year it ends (2018 = 2017/18).

The same year as the statutory returns' collection year, so the budget,
training and the dataset line up in the annual report.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from safeboard.dataset.periods import collection_year_of, year_label

__all__ = ["year_of", "year_label", "year_bounds", "current_year", "year_from_request"]

year_of = collection_year_of
EARLIEST = 2000


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last day of the year: (1 April year-1, 31 March year)."""
    return date(year - 1, 4, 1), date(year, 3, 31)


def current_year(today: date | None = None) -> int:
    return year_of(today or timezone.localdate())


def year_from_request(request, default: int | None = None) -> int:
    """``?year=2018`` if it is a sensible year, else the default (this year)."""
    fallback = default if default is not None else current_year()
    raw = request.GET.get("year", "")
    if raw.isdigit() and EARLIEST <= int(raw) <= current_year() + 5:
        return int(raw)
    return fallback

"""The dates a report is "as at", so a build never depends on the day it runs."""

from __future__ import annotations

from datetime import date


def year_end(year: int) -> date:
    """31 March of the report's year: overdue, stalled and vacant are judged then."""
    return date(year, 3, 31)

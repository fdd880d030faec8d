"""What the DfE CIN rules 8600 and above share: the census period, working days, code lists.

The census year runs from 1 April to the ReferenceDate, 31 March of the
collection year (2018 = 1 April 2017 to 31 March 2018). Every value here
becomes a SQL literal worked out once per run, never per row.
"""

from __future__ import annotations

from datetime import date, timedelta

from safeboard.common.working_days import is_working_day
from safeboard.returns.codelists import cin as cin_codelists


def census_start(year: int) -> date:
    return date(year - 1, 4, 1)


def census_end(year: int) -> date:
    """The ReferenceDate: 31 March of the collection year."""
    return date(year, 3, 31)


def sql_date(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


def working_days_before(day: date, count: int) -> date:
    """The ``count``-th working day before ``day`` (``day`` itself never counts).

    "The ReferenceDate minus 45 working days" in DfE's rules: weekends and
    England's bank holidays are skipped.
    """
    counted = 0
    while counted < count:
        day -= timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def sql_codes(codelist: str, year: int | None) -> str:
    """The codes of a CIN code list valid in the year, as a SQL list: ('RC1', 'RC2')."""
    codes = sorted(cin_codelists.codes(codelist, year))
    return "(" + ", ".join("'" + code.replace("'", "''") + "'" for code in codes) + ")"

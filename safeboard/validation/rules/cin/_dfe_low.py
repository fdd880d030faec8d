"""What the DfE CIN rules below 8600 share: the census period and SQL literals.

The census year runs from 1 April to the ReferenceDate, 31 March of the
collection year (2018 = 1 April 2017 to 31 March 2018). Every value here
becomes a SQL literal worked out once per run, never per row.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.codelists import cin as cin_codelists


def census_start(year: int) -> date:
    return date(year - 1, 4, 1)


def census_end(year: int) -> date:
    """The ReferenceDate: 31 March of the collection year."""
    return date(year, 3, 31)


def sql_date(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


def sql_list(values) -> str:
    """('A', 'B'): text values as a SQL list (never empty: ('') matches nothing real)."""
    quoted = ["'" + str(v).replace("'", "''") + "'" for v in sorted(values)]
    return "(" + (", ".join(quoted) or "''") + ")"


def sql_codes(codelist: str, year: int | None) -> str:
    """The codes of a CIN code list valid in the year, as a SQL list: ('RC1', 'RC2')."""
    return sql_list(cin_codelists.codes(codelist, year))


def gender_column(year: int) -> str:
    """The child's sex or gender element in the year: GenderCurrent to 2023-24, Sex after."""
    return "Sex" if year >= cin_codelists.SEX_FROM else "GenderCurrent"


# CIN plan dates (CINPlanDates) are collected from the 2021-22 census (FORMATS.md):
# the CIN plan rules 4000 to 4017 start then.
CIN_PLANS_FROM = 2022

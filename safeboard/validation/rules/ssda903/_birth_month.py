"""Ages from birth dates kept only to their month: one set of SQL helpers for every SSDA903 rule.

The import keeps a birth date (DOB, MC_DOB) only to its month
(safeboard.returns.pseudonymise stores the 1st): the true birthday is some
day of that month. A rule about an age therefore reports a child only when
the fault holds whatever the day of birth:

* a rule that flags a child aged N or over compares with the LATEST day the
  N-th birthday can fall on (``latest_birthday``; ``surely_aged``);
* a rule that flags a child under N compares with the EARLIEST day
  (``earliest_birthday``; ``surely_under``).

On the last day of a month every child born in that month N years before is
certainly N, and on the day before the month began certainly not: at 31
March (the collection year's end) the answer is exact. In the month of the
birthday itself neither ``surely_aged`` nor ``surely_under`` holds, where the
D2I validator, reading the full date, would decide either way.

Each helper takes the SQL of a date column (``"DOB"``, ``"h.DOB"``) and
returns SQL; the month is taken from the stored value whatever its day, so a
stored date that is not the 1st still means "some day of this month". A 29
February birthday falls on 28 February in other years (DuckDB's year
interval does so).
"""

from __future__ import annotations


def earliest_birthday(dob: str, years: int) -> str:
    """SQL: the earliest day the ``years``-th birthday can fall on (born on the month's 1st)."""
    return f"CAST(date_trunc('month', {dob}) + INTERVAL {years} YEAR AS DATE)"


def latest_birthday(dob: str, years: int) -> str:
    """SQL: the latest day the ``years``-th birthday can fall on (born on the month's last day)."""
    return f"CAST(last_day({dob}) + INTERVAL {years} YEAR AS DATE)"


def surely_aged(dob: str, years: int, at: str) -> str:
    """SQL: the child had certainly reached ``years`` on ``at``, born any day of DOB's month."""
    return f"{at} >= {latest_birthday(dob, years)}"


def surely_under(dob: str, years: int, at: str) -> str:
    """SQL: the child was certainly under ``years`` on ``at``, born any day of DOB's month."""
    return f"{at} < {earliest_birthday(dob, years)}"

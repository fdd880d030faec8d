"""Ages from birth dates kept to the month (safeboard.validation.rules.ssda903._birth_month).

Each case is worked out by hand: a child whose birth date is stored as the
1st of a month was born on some day of that month, so the N-th birthday
falls between the month's 1st and its last day N years on.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from safeboard.validation.rules.ssda903 import _birth_month, _dfe_high, _dfe_low, _dfe_mid


def sql(expression: str, dob: date, at: date | None = None):
    """The value of a helper's SQL for one stored birth date (and day of the event)."""
    query = f"SELECT {expression} FROM (SELECT ?::DATE AS DOB, ?::DATE AS event_day)"  # noqa: S608 (our own SQL)
    return duckdb.connect().execute(query, [dob, at]).fetchone()[0]


def test_birthdays_span_the_birth_month():
    # Born some day of March 2008: the 18th birthday is from 1 to 31 March 2026.
    assert sql(_birth_month.earliest_birthday("DOB", 18), date(2008, 3, 1)) == date(2026, 3, 1)
    assert sql(_birth_month.latest_birthday("DOB", 18), date(2008, 3, 1)) == date(2026, 3, 31)


def test_a_stored_day_other_than_the_first_still_means_the_month():
    # 15 March 2008 stored: still "some day of March 2008", so the same span as above.
    assert sql(_birth_month.earliest_birthday("DOB", 18), date(2008, 3, 15)) == date(2026, 3, 1)
    assert sql(_birth_month.latest_birthday("DOB", 18), date(2008, 3, 15)) == date(2026, 3, 31)


def test_a_february_birth_month_in_a_leap_year():
    # Born some day of February 2008 (29 days): the latest 18th birthday is 29 February
    # 2008 + 18 years, which is 28 February 2026 (2026 has no 29 February).
    assert sql(_birth_month.latest_birthday("DOB", 18), date(2008, 2, 1)) == date(2026, 2, 28)
    # Born some day of February 2004, 4th birthday: at the latest 29 February 2008.
    assert sql(_birth_month.latest_birthday("DOB", 4), date(2004, 2, 1)) == date(2008, 2, 29)


@pytest.mark.parametrize(
    ("at", "aged", "under"),
    [
        # Born some day of March 2008, asked about 18:
        (date(2026, 2, 28), False, True),  # before the month began: certainly still 17
        (date(2026, 3, 1), False, False),  # the month of the birthday: could be either
        (date(2026, 3, 15), False, False),  # born in the month of the event: undecided
        (date(2026, 3, 30), False, False),  # born on the 31st? not yet 18
        (date(2026, 3, 31), True, False),  # 31 March (the year's end): certainly 18, exact
        (date(2026, 4, 1), True, False),
    ],
)
def test_surely_aged_and_surely_under_at_the_birthday_month(at, aged, under):
    dob = date(2008, 3, 1)
    assert sql(_birth_month.surely_aged("DOB", 18, "event_day"), dob, at) is aged
    assert sql(_birth_month.surely_under("DOB", 18, "event_day"), dob, at) is under


def test_every_family_uses_the_one_module():
    # The rule families keep their own names, but each is the shared helper itself.
    assert _dfe_low.birthday is _birth_month.earliest_birthday
    assert _dfe_low.latest_birthday is _birth_month.latest_birthday
    assert _dfe_high.birthday_earliest is _birth_month.earliest_birthday
    assert _dfe_high.birthday_latest is _birth_month.latest_birthday
    assert _dfe_mid.surely_aged is _birth_month.surely_aged
    assert _dfe_mid.surely_under is _birth_month.surely_under

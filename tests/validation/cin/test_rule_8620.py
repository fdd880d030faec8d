"""8620: CIN closure date outside the census year."""

from safeboard.validation.rules.cin.rule_8620 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_closures_outside_the_year_fail():
    rows = [
        episode("a", CINclosureDate=D(2020, 4, 1)),  # row 1 PASS: first day of 2020-21
        episode("b", CINclosureDate=D(2021, 3, 31)),  # row 2 PASS: the ReferenceDate
        episode("c", CINclosureDate=D(2020, 3, 31)),  # row 3 FAIL: the day before the year
        episode("d", CINclosureDate=D(2021, 4, 1)),  # row 4 FAIL: the day after it
        episode("e"),  # row 5 PASS: still open
    ]
    assert failing(RULE, 2021, cin_episode=rows) == [("row 3", "c"), ("row 4", "d")]

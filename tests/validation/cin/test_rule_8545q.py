"""8545Q: a date of death within the census year."""

from safeboard.validation.rules.cin.rule_8545q import logic
from tests.validation.cin.dfe_low_rows import D, child, failing

RULE = logic.rule


def test_deaths_outside_the_year_are_queried():
    rows = [
        child("a", PersonDeathDate=D(2019, 4, 1)),  # row 1 PASS: first day of 2019-20
        child("b", PersonDeathDate=D(2020, 3, 31)),  # row 2 PASS: its last
        child("c", PersonDeathDate=D(2019, 3, 31)),  # row 3 QUERY: the year before
        child("d", PersonDeathDate=D(2020, 4, 1)),  # row 4 QUERY: after
        child("e"),  # row 5 PASS: alive
    ]
    assert failing(RULE, 2020, child=rows) == [("child", "row 3", "c"), ("child", "row 4", "d")]

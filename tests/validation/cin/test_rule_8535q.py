"""8535Q: a date of death on or after the date of birth, which must be there."""

from safeboard.validation.rules.cin.rule_8535q import logic
from tests.validation.cin.dfe_low_rows import D, child, failing

RULE = logic.rule


def test_death_before_birth_or_without_a_birth_date_is_queried():
    rows = [
        child("a", PersonBirthDate=D(2017, 5, 1), PersonDeathDate=D(2017, 6, 3)),  # row 1 PASS
        child("b", PersonBirthDate=D(2017, 5, 1), PersonDeathDate=D(2017, 4, 30)),  # row 2 QUERY: the month before
        child("c", PersonDeathDate=D(2017, 6, 3)),  # row 3 QUERY: no date of birth
        child("d", PersonBirthDate=D(2017, 5, 1)),  # row 4 PASS: alive
        # A birth kept to its month: 1 May may be any day of May, so a death in May cannot
        # be said to come before it.
        child("e", PersonBirthDate=D(2017, 5, 1), PersonDeathDate=D(2017, 5, 1)),  # row 5 PASS
    ]  # fmt: skip
    assert failing(RULE, 2018, child=rows) == [("child", "row 2", "b"), ("child", "row 3", "c")]

"""8640: reason for closure not a code of the year's list."""

from safeboard.validation.rules.cin.rule_8640 import logic
from tests.validation.cin.dfe_high_rows import episode, failing

RULE = logic.rule

ROWS = [
    episode("a", ReasonForClosure="RC1"),  # row 1 PASS every year
    episode("b", ReasonForClosure="RC9"),  # row 2 PASS from 2022-23, FAIL before
    episode("c", ReasonForClosure="RC10"),  # row 3 FAIL: no such code
    episode("d", ReasonForClosure="rc1"),  # row 4 FAIL: codes are upper case
    episode("e"),  # row 5 PASS: not closed
]


def test_rc9_is_valid_from_2022_23():
    assert failing(RULE, 2023, cin_episode=ROWS) == [("row 3", "c"), ("row 4", "d")]


def test_rc9_is_invalid_before_2022_23():
    assert failing(RULE, 2022, cin_episode=ROWS) == [("row 2", "b"), ("row 3", "c"), ("row 4", "d")]

"""8810: reason for closure without closure date."""

from safeboard.validation.rules.cin.rule_8810 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_reason_without_closure_fails():
    rows = [
        episode("a", CINclosureDate=D(2022, 9, 1), ReasonForClosure="RC7"),  # row 1 PASS
        episode("b", CINclosureDate=D(2022, 9, 1)),  # row 2 PASS here: that is 8805
        episode("c"),  # row 3 PASS: open
        episode("d", ReasonForClosure="RC7"),  # row 4 FAIL: a reason, but not closed
    ]
    assert failing(RULE, 2023, cin_episode=rows) == [("row 4", "d")]

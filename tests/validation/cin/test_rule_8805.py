"""8805: closure date without reason for closure."""

from safeboard.validation.rules.cin.rule_8805 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_closure_without_reason_fails():
    rows = [
        episode("a", CINclosureDate=D(2022, 9, 1), ReasonForClosure="RC7"),  # row 1 PASS
        episode("b", CINclosureDate=D(2022, 9, 1)),  # row 2 FAIL: no reason
        episode("c"),  # row 3 PASS: open
        episode("d", ReasonForClosure="RC7"),  # row 4 PASS here: that is 8810
    ]
    assert failing(RULE, 2023, cin_episode=rows) == [("row 2", "b")]

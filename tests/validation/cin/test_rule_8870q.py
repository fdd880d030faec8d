"""8870Q: the target date of the initial conference on a weekend."""

from safeboard.validation.rules.cin.rule_8870q import logic
from tests.validation.cin.dfe_high_rows import D, failing, findings, section47

RULE = logic.rule


def test_weekend_targets_are_queried():
    rows = [
        section47("a", InitialCPCtarget=D(2022, 5, 20)),  # row 1 PASS: a Friday
        section47("b", InitialCPCtarget=D(2022, 5, 21)),  # row 2 QUERY: a Saturday
        section47("c", InitialCPCtarget=D(2022, 5, 22)),  # row 3 QUERY: a Sunday
        section47("d", InitialCPCtarget=D(2022, 5, 23)),  # row 4 PASS: a Monday
        section47("e"),  # row 5 PASS: no target
    ]
    assert failing(RULE, 2023, section47=rows) == [("row 2", "b"), ("row 3", "c")]
    assert findings(RULE, 2023, section47=rows)[0].value == "2022-05-21 (Saturday)"

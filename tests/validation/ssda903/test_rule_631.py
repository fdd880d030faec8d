"""631: previous permanence option not a valid code."""

from safeboard.validation.rules.ssda903.rule_631 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_previous_permanence_is_a_dfe_code():
    findings = run(
        logic,
        2023,
        PrevPerm=[
            {"child": "a", "PREV_PERM": "P4"},  # row 1 PASS
            {"child": "b", "PREV_PERM": "Z1"},  # row 2 PASS
            {"child": "c", "PREV_PERM": "P5"},  # row 3 FAIL: no such code
            {"child": "d", "PREV_PERM": None},  # row 4 PASS: blank (630's concern)
            {"child": "e", "PREV_PERM": "p1"},  # row 5 FAIL: codes are upper case
        ],
    )
    assert rows(findings) == [3, 5]

"""INT36: a child with more than one row in UASC."""

from safeboard.validation.rules.ssda903.rule_int36 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_one_row_per_child():
    findings = run(
        logic,
        2023,
        UASC=[
            {"child": "a"},  # row 1 PASS: once
            {"child": "b"},  # row 2 FAIL: b twice...
            {"child": "c"},  # row 3 PASS
            {"child": "b"},  # row 4 FAIL: ...both rows reported
        ],
    )
    assert rows(findings) == [2, 4]

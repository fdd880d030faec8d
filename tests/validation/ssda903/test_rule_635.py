"""635: a date and local authority of a previous order with the code Z1."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_635 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_z1_has_no_order_details():
    findings = run(
        logic,
        2023,
        PrevPerm=[
            {"child": "a", "PREV_PERM": "Z1"},  # row 1 PASS
            {"child": "b", "PREV_PERM": "Z1", "LA_PERM": "937"},  # row 2 FAIL
            {"child": "c", "PREV_PERM": "Z1", "DATE_PERM": date(2019, 1, 1)},  # row 3 FAIL
            {
                "child": "d",
                "PREV_PERM": "P1",
                "LA_PERM": "937",
                "DATE_PERM": date(2019, 1, 1),
            },  # row 4 PASS
            {"child": "e", "LA_PERM": "937"},  # row 5 PASS here: blank code is 630's concern
        ],
    )
    assert rows(findings) == [2, 3]

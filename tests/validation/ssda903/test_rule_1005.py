"""1005: end of a missing episode not a valid date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1005 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_the_end_when_given_is_a_date():
    findings = run(
        logic,
        2023,
        Missing=[
            {
                "child": "a",
                "MIS_START": date(2022, 6, 1),
                "MIS_END": date(2022, 6, 2),
            },  # row 1 PASS
            {
                "child": "b",
                "MIS_START": date(2022, 6, 1),
                "MIS_END": None,
            },  # row 2 PASS: not back yet
            {
                "child": "c",
                "MIS_START": date(2022, 6, 1),
                "MIS_END": None,
            },  # row 3 FAIL: not a date
        ],
        unparsed=[
            {
                "table": "Missing",
                "field": "MIS_END",
                "position": "row 3",
                "child": "c",
                "value": "2022-06-02x",
            },
            {
                "table": "Missing",
                "field": "MIS_START",
                "position": "row 2",
                "child": "b",
                "value": "x",
            },  # 1004's
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].value == "2022-06-02x"

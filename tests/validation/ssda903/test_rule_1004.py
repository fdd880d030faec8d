"""1004: start of a missing episode not a valid date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1004 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_the_start_is_a_date():
    findings = run(
        logic,
        2023,
        Missing=[
            {"child": "a", "MISSING": "M", "MIS_START": date(2022, 6, 1)},  # row 1 PASS
            {"child": "b", "MISSING": "M", "MIS_START": None},  # row 2 FAIL: blank
            {"child": "c", "MISSING": "A", "MIS_START": None},  # row 3 FAIL: not a date when read
        ],
        unparsed=[
            {
                "table": "Missing",
                "field": "MIS_START",
                "position": "row 3",
                "child": "c",
                "value": "31/06/2022",
            }
        ],
    )
    assert rows(findings) == [2, 3]
    assert [f.value for f in findings] == ["", "31/06/2022"]

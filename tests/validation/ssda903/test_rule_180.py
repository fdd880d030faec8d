"""180: SDQ score outside 0-40."""

from safeboard.validation.rules.ssda903.rule_180 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_score_range():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "SDQ_SCORE": 0},  # row 1 PASS: the lowest
            {"child": "b", "SDQ_SCORE": 40},  # row 2 PASS: the highest
            {"child": "c", "SDQ_SCORE": 41},  # row 3 FAIL
            {"child": "d", "SDQ_SCORE": -1},  # row 4 FAIL
            {"child": "e", "SDQ_SCORE": None},  # row 5 PASS: blank
        ],
    )
    assert rows(findings) == [3, 4]


def test_a_score_that_is_not_a_whole_number_fails():
    findings = run(
        logic,
        2023,
        OC2=[{"child": "a", "SDQ_SCORE": None}],
        unparsed=[
            {
                "table": "OC2",
                "field": "SDQ_SCORE",
                "position": "line 2",
                "child": "a",
                "value": "12.5",
            }
        ],
    )
    assert [(f.position, f.value) for f in findings] == [("line 2", "12.5")]

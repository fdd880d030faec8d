"""198: a reason for no SDQ score for a child outside the 12-month cohort."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_198 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_reasons_only_for_the_cohort():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2020, 1, 1)), episode("b", date(2022, 9, 1))],
        OC2=[
            {"child": "a", "SDQ_REASON": "SDQ2"},  # row 1 PASS: in the cohort
            {"child": "b", "SDQ_REASON": "SDQ2"},  # row 2 FAIL: came into care in the year
            {"child": "b", "SDQ_REASON": None},  # row 3 PASS: no reason
        ],
    )
    assert rows(findings) == [2]

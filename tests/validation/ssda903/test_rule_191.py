"""191: the 12-month cohort's teeth, health assessment and misuse items."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_191 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

DONE = {"TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def test_cohort_items_and_missing_oc2_rows():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1)),  # row 1: a, in the cohort, complete
            episode("b", date(2020, 1, 1)),  # row 2: b, in the cohort, a blank item
            episode("c", date(2020, 1, 1), date(2021, 5, 1), rec="X1"),  # row 3: c's first...
            episode("c", date(2021, 5, 1), rne="P"),  # row 4: ...c has no OC2 row
            episode("d", date(2022, 9, 1)),  # row 5: d, not in the cohort, no OC2 row
        ],
        OC2=[
            {"child": "a", **DONE},  # row 1 PASS
            {"child": "b", **DONE, "HEALTH_ASSESSMENT": None},  # row 2 FAIL
        ],
    )
    assert rows(findings, "OC2") == [2]
    assert rows(findings, "Episodes") == [3]  # c's first episode: c is missing from OC2

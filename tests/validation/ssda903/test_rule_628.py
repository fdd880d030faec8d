"""628: motherhood details for a care leaver not looked after in the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_628 import logic
from tests.validation.ssda903._dfe_high import episode, header, oc3, rows, run


def test_a_care_leaver_only_has_no_mother_item():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", MOTHER="0"),  # row 1 FAIL: care leaver only, mother item given
            header("b"),  # row 2 PASS: care leaver, blank
            header("c", MOTHER="1", MC_DOB=date(2022, 1, 1)),  # row 3 PASS: looked after this year
            header("d", MOTHER="0"),  # row 4 PASS: OC3 row with nothing in it
        ],
        Episodes=[episode("c", date(2021, 1, 1))],
        OC3=[oc3("a"), oc3("b"), oc3("c"), oc3("d", in_touch=None, activ=None, accom=None)],
    )
    assert rows(findings) == [1]

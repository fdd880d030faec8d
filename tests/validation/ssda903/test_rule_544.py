"""544: conviction information needs the four health items."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_544 import logic
from tests.validation.ssda903._dfe_mid import oc2, rows, run

HEALTH = {
    "IMMUNISATIONS": "1",
    "TEETH_CHECK": "1",
    "HEALTH_ASSESSMENT": "0",
    "SUBSTANCE_MISUSE": "0",
}
DOB = date(2010, 1, 1)


def test_the_health_items_must_be_complete():
    findings = run(
        logic,
        2023,
        OC2=[
            oc2("a", DOB, CONVICTED="1", **HEALTH),  # row 1 PASS
            oc2("b", DOB, CONVICTED="1", **{**HEALTH, "TEETH_CHECK": None}),  # row 2 FAIL
            oc2(
                "c", DOB, CONVICTED="0", **{**HEALTH, "SUBSTANCE_MISUSE": None}
            ),  # row 3 FAIL: 0 is completed too
            oc2("d", DOB, **{**HEALTH, "IMMUNISATIONS": None}),  # row 4 PASS: no conviction item
        ],
    )
    assert rows(findings) == [2, 3]

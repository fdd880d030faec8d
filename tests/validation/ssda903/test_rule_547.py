"""547: health promotion information needs the four other health items."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_547 import logic
from tests.validation.ssda903._dfe_mid import oc2, rows, run

HEALTH = {
    "IMMUNISATIONS": "1",
    "TEETH_CHECK": "1",
    "HEALTH_ASSESSMENT": "1",
    "SUBSTANCE_MISUSE": "0",
}
DOB = date(2019, 1, 1)


def test_the_health_items_must_be_complete():
    findings = run(
        logic,
        2023,
        OC2=[
            oc2("a", DOB, HEALTH_CHECK="1", **HEALTH),  # row 1 PASS
            oc2("b", DOB, HEALTH_CHECK="1", **{**HEALTH, "HEALTH_ASSESSMENT": None}),  # row 2 FAIL
            oc2("c", DOB, HEALTH_CHECK="0", **{**HEALTH, "IMMUNISATIONS": None}),  # row 3 FAIL
            oc2("d", DOB, **{**HEALTH, "TEETH_CHECK": None}),  # row 4 PASS: no health check item
        ],
    )
    assert rows(findings) == [2, 3]

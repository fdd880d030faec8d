"""546: no health promotion information for a child of 5 or over."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_546 import logic
from tests.validation.ssda903._dfe_mid import episode, oc2, rows, run


def test_the_item_is_only_for_under_5s():
    findings = run(
        logic,
        2023,
        Episodes=[episode(child, date(2019, 1, 1)) for child in "abc"],
        OC2=[
            oc2("a", date(2018, 3, 1), HEALTH_CHECK="1"),  # row 1 FAIL: 5 on 31 March
            oc2("b", date(2018, 4, 1), HEALTH_CHECK="0"),  # row 2 PASS: 4 on 31 March
            oc2("c", date(2012, 1, 1)),  # row 3 PASS: left blank
            oc2("z", date(2012, 1, 1), HEALTH_CHECK="1"),  # row 4 PASS: no episodes, not the cohort
        ],
    )
    assert rows(findings) == [1]

"""545: health promotion information for an under-5 looked after for 12 months."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_545 import logic
from tests.validation.ssda903._dfe_mid import episode, oc2, rows, run


def test_a_continuously_looked_after_under_5_needs_the_item():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1)),
            episode("b", date(2020, 1, 1)),
            episode("c", date(2019, 1, 1)),
            episode("d", date(2022, 5, 1)),  # started after 1 April
        ],
        OC2=[
            oc2("a", date(2018, 4, 1)),  # row 1 FAIL: 4 on 31 March, blank
            oc2("b", date(2018, 4, 1), HEALTH_CHECK="1"),  # row 2 PASS: completed
            oc2("c", date(2018, 3, 1)),  # row 3 PASS: 5 on 31 March
            oc2("d", date(2020, 1, 1)),  # row 4 PASS: not 12 months
        ],
    )
    assert rows(findings) == [1]

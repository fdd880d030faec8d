"""542: no conviction information for a child under 10 at 31 March."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_542 import logic
from tests.validation.ssda903._dfe_mid import oc2, rows, run


def test_conviction_items_for_under_10s_are_reported():
    # 31 March 2023: a child born in March 2013 is 10, one born in April 2013 is 9.
    findings = run(
        logic,
        2023,
        OC2=[
            oc2("a", date(2013, 4, 1), CONVICTED="0"),  # row 1 FAIL: 9 on 31 March
            oc2("b", date(2013, 3, 1), CONVICTED="1"),  # row 2 PASS: 10 on 31 March at the latest
            oc2("c", date(2015, 1, 1)),  # row 3 PASS: under 10, left blank
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "0"

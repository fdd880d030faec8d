"""543: conviction information for a child of 10 or over looked after for 12 months."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_543 import logic
from tests.validation.ssda903._dfe_mid import episode, oc2, rows, run

IN_CARE = date(2020, 1, 1)


def test_a_continuously_looked_after_10_year_old_needs_the_item():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", IN_CARE),  # a: in care all year
            episode("b", IN_CARE),
            episode("c", IN_CARE),
            episode("d", date(2022, 6, 1)),  # d: started in June, not 12 months
            episode("e", IN_CARE, date(2022, 10, 1), rec="E4A"),  # e: left in October
        ],
        OC2=[
            oc2("a", date(2013, 3, 1)),  # row 1 FAIL: 10 on 31 March, blank
            oc2("b", date(2013, 3, 1), CONVICTED="0"),  # row 2 PASS: completed
            oc2("c", date(2013, 4, 1)),  # row 3 PASS: 9 on 31 March
            oc2("d", date(2010, 1, 1)),  # row 4 PASS: not looked after for 12 months
            oc2("e", date(2010, 1, 1)),  # row 5 PASS: left care
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].table == "OC2"


def test_a_short_break_episode_breaks_continuity():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", IN_CARE, date(2022, 5, 1), rec="X1"),
            episode("a", date(2022, 5, 1), rne="L", ls="V3"),  # a short-break status in the year
        ],
        OC2=[oc2("a", date(2010, 1, 1))],  # row 1 PASS: not continuously looked after
    )
    assert findings == []

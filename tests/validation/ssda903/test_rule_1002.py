"""1002: care leaver information for a young person with no episodes of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1002 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_a_care_leaver_has_episodes_this_year_or_last():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2022, 1, 1), date(2022, 6, 1), rec="E4A")],
        prev_Episodes=[episode("b", date(2021, 1, 1), date(2021, 6, 1), rec="E4A")],
        OC3=[
            oc3("a"),  # row 1 PASS: this year
            oc3("b"),  # row 2 PASS: last year
            oc3("c"),  # row 3 FAIL: neither
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].severity.value == "warning"


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[], OC3=[oc3("c")]) == []

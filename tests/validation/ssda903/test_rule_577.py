"""577: no open missing period once the child has left care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_577 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run


def test_an_open_missing_period_outside_current_care_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1)),  # a: in care
            episode("b", date(2022, 4, 1), date(2022, 9, 1), rec="E8"),  # b: left care
            episode("c", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # c: left, then...
            episode("c", date(2022, 10, 1)),  # ...came back on 1 October
        ],
        Missing=[
            missing("a", date(2022, 6, 1)),  # row 1 PASS: still in care
            missing("b", date(2022, 6, 1)),  # row 2 FAIL: b left care on 1 September
            missing("b", date(2022, 6, 1), date(2022, 9, 1)),  # row 3 PASS: closed
            missing("c", date(2022, 5, 1)),  # row 4 FAIL: from the first period, which ended
            missing("c", date(2022, 11, 1)),  # row 5 PASS: in the current period
            missing("z", date(2022, 6, 1)),  # row 6 PASS: no episodes (rule 581's concern)
        ],
    )
    assert rows(findings) == [2, 4]

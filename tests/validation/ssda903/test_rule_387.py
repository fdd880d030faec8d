"""387: independent living under 14."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_387 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_independent_living_from_14():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2008, 6, 1))],  # 14 in June 2022
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 5, 31), rec="E5"),  # row 1 FAIL: 13
            episode("a", date(2021, 1, 1), date(2022, 6, 1), rec="E6"),  # row 2 PASS
            episode("a", date(2021, 1, 1), date(2022, 5, 1), rec="E4A"),  # row 3 PASS
        ],
    )
    assert rows(findings) == [1]

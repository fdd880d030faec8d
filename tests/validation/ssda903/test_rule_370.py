"""370: independent living (P2) under 15, or 16 in 2023-24; retired after 2023-24."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_370 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_age_15_to_2022_23():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2007, 6, 1))],  # 15 in June 2022
        Episodes=[
            episode("a", date(2022, 5, 31), place="P2"),  # row 1 FAIL: 14
            episode("a", date(2022, 6, 1), place="P2"),  # row 2 PASS: 15 at the earliest
            episode("a", date(2022, 5, 1), place="U4"),  # row 3 PASS: not P2
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].message.endswith("at least 15.")


def test_age_16_in_2023_24_then_retired():
    eps = [episode("a", date(2023, 5, 31), place="P2")]  # row 1 FAIL: 15, a day before 16
    findings = run(logic, 2024, Header=[header("a", dob=date(2007, 6, 1))], Episodes=eps)
    assert rows(findings) == [1]
    assert findings[0].message.endswith("at least 16.")
    assert logic.rule.last_year == 2024

"""358: remanded, detained or sentenced under 10."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_358 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_youth_justice_from_10():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2012, 6, 1))],  # 10 in June 2022, from 1 June at the earliest
        Episodes=[
            episode("a", date(2022, 6, 1), ls="J1"),  # row 1 FAIL: DfE needs more than 10 years
            episode("a", date(2022, 6, 2), ls="J2"),  # row 2 PASS
            episode("a", date(2022, 5, 1), ls="C2"),  # row 3 PASS: another status
            episode("a", date(2022, 1, 1), ls="J3"),  # row 4 FAIL: aged 9
        ],
    )
    assert rows(findings) == [1, 4]

"""389: adult social care under 16."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_389 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_adult_social_care_from_16():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2006, 6, 1))],  # 16 in June 2022
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 5, 31), rec="E7"),  # row 1 FAIL: 15
            episode("a", date(2021, 1, 1), date(2022, 6, 1), rec="E7"),  # row 2 PASS
            episode("a", date(2021, 1, 1), rec=None),  # row 3 PASS: not ended
        ],
    )
    assert rows(findings) == [1]

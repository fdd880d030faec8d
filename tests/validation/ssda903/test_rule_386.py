"""386: adopted at 18 or over."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_386 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_adoption_before_18():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2004, 6, 1))],  # 18 in June 2022, by 30 June at the latest
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 6, 30), place="A4", rec="E11"),  # row 1 FAIL
            episode("a", date(2021, 1, 1), date(2022, 6, 29), place="A4", rec="E12"),  # row 2 PASS
            episode("a", date(2021, 1, 1), date(2022, 7, 1), rec="E4A"),  # row 3 PASS: not adopted
        ],
    )
    assert rows(findings) == [1]

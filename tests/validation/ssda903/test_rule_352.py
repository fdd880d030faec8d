"""352: started to be looked after at 18 or over."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_352 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_started_at_18():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2004, 5, 1))],  # 18 in May 2022, by 31 May at the latest
        Episodes=[
            episode("a", date(2022, 5, 31)),  # row 1 FAIL: 18 by then whatever the day
            episode("a", date(2022, 5, 30)),  # row 2 PASS: may be a day short of 18
            episode("a", date(2022, 7, 1), rne="P"),  # row 3 PASS: not a start of care
        ],
    )
    assert rows(findings) == [1]

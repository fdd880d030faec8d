"""359: looked after at 31 March after 18, other than V2 in K2."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_359 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_over_18_only_under_section_20_5():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2004, 1, 1)),  # 18 in January 2023
            header("b", dob=date(2005, 3, 1)),  # 18 in March 2023, by 31 March at the latest
            header("c", dob=date(2005, 4, 1)),  # 18 in April 2023
        ],
        Episodes=[
            episode("a", date(2021, 1, 1), ls="C2", place="U4"),  # row 1 FAIL
            episode("a", date(2021, 1, 1), ls="V2", place="K2"),  # row 2 PASS: s20(5) in a home
            episode("a", date(2021, 1, 1), date(2023, 1, 1), rec="E17"),  # row 3 PASS: ended
            episode("b", date(2021, 1, 1), ls="C2"),  # row 4 PASS: may turn 18 on 31 March
            episode("c", date(2021, 1, 1), ls="C2"),  # row 5 PASS: 17
        ],
    )
    assert rows(findings) == [1]

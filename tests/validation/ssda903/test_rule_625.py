"""625: the first child born after the year's end or after the mother left care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_625 import logic
from tests.validation.ssda903._dfe_high import episode, header, rows, run


def test_the_first_child_is_born_by_the_year_end_and_while_in_care():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", MC_DOB=date(2022, 6, 1)),  # row 1 PASS: born while in care
            header("b", MC_DOB=date(2023, 4, 1)),  # row 2 FAIL: after 31 March 2023
            header("c", MC_DOB=date(2022, 9, 1)),  # row 3 FAIL: after her care ended in August
            header(
                "d", MC_DOB=date(2022, 8, 1)
            ),  # row 4 PASS: the month care ended (benefit of doubt)
            header("e", MC_DOB=date(2022, 12, 1)),  # row 5 PASS: a later episode is open
            header("f"),  # row 6 PASS: no first child
            header("g", MC_DOB=date(2022, 12, 1)),  # row 7 PASS: no episodes (other rules)
        ],
        Episodes=[
            episode("a", date(2020, 1, 1)),
            episode("b", date(2020, 1, 1)),
            episode("c", date(2020, 1, 1), date(2022, 8, 20), rec="E4A"),
            episode("d", date(2020, 1, 1), date(2022, 8, 20), rec="E4A"),
            episode("e", date(2020, 1, 1), date(2022, 8, 20), rec="X1"),
            episode("e", date(2022, 8, 20), rne="P"),
        ],
    )
    assert rows(findings) == [2, 3]

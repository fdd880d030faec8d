"""558: an adopted child's latest decision to place for adoption has not ceased."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_558 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run

START, END = date(2022, 5, 1), date(2022, 12, 1)
CEASED = date(2022, 3, 1)


def test_the_latest_decision_of_an_adopted_child_is_not_ceased():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, END, place="A4", rec="E11"),  # row 1 PASS: latest decision open
            episode("b", START, END, place="A4", rec="E12"),  # row 2 FAIL: both decisions ceased
            episode("c", START, END, place="A4", rec="E11"),  # row 3 PASS: one ceased decision
            episode("d", START, END, place="A4", rec="E4A"),  # row 4 PASS: not adopted
        ],
        PlacedAdoption=[
            placed("a", date(2021, 1, 1), CEASED, "RD1"),
            placed("a", date(2021, 2, 1), CEASED, "RD1"),
            placed("a", date(2022, 4, 1)),  # a's latest: open
            placed("b", date(2021, 1, 1), CEASED, "RD1"),
            placed("b", date(2022, 4, 1), date(2022, 11, 1), "RD2"),  # b's latest: ceased
            placed("c", date(2022, 4, 1), date(2022, 11, 1), "RD2"),  # only one ceased
            placed("d", date(2021, 1, 1), CEASED, "RD1"),
            placed("d", date(2022, 4, 1), date(2022, 11, 1), "RD2"),
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "E12"

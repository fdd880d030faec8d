"""334: decision to place for adoption before the latest period of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_334 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_decision_after_the_latest_start():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2019, 1, 1), date(2020, 1, 1), rec="E4A"),  # a's first period
            episode("a", date(2022, 5, 1)),  # row 2: a's latest period of care starts 1 May 2022
            episode("b", date(2021, 1, 1)),  # row 3: b in care since 2021
        ],
        AD1=[
            {"child": "a", "DATE_INT": date(2022, 4, 30)},  # row 1 FAIL: before the latest start
            {"child": "b", "DATE_INT": date(2021, 1, 1)},  # row 2 PASS: the same day
        ],
    )
    assert rows(findings, "AD1") == [1]
    assert rows(findings, "Episodes") == [2]

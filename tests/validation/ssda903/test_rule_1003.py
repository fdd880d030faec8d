"""1003: placed for adoption before starting to be looked after."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1003 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_the_adoption_decision_follows_the_start_of_care():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 1, 1)),
            episode("b", date(2021, 1, 1)),
            episode("c", date(2019, 1, 1), date(2020, 1, 1), rec="E4A"),  # c's first period...
            episode("c", date(2021, 1, 1)),  # ...and a second
            episode("d", date(2021, 1, 1), rne="P"),  # d: no episode starting care
        ],
        PlacedAdoption=[
            {"child": "a", "DATE_PLACED": date(2021, 1, 1)},  # row 1 PASS: the same day
            {"child": "b", "DATE_PLACED": date(2020, 12, 31)},  # row 2 FAIL: the day before
            {"child": "c", "DATE_PLACED": date(2020, 6, 1)},  # row 3 PASS: after the first start
            {"child": "d", "DATE_PLACED": date(2020, 6, 1)},  # row 4 PASS: nothing to compare
        ],
    )
    assert rows(findings) == [2]

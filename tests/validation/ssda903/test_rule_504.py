"""504: the category of need stays the one given at the start of the period of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_504 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_each_episode_keeps_the_category_of_the_periods_start():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 5, 1), rec="X1", cin="N1"),  # row 1 PASS
            episode(
                "a", date(2022, 5, 1), date(2022, 6, 1), rne="P", rec="X1", cin="N2"
            ),  # row 2 FAIL
            episode("a", date(2022, 6, 1), rne="P", cin="N2"),  # row 3 FAIL: still not N1
            episode("b", date(2022, 4, 1), date(2022, 5, 1), rec="E4A", cin="N1"),  # row 4 PASS
            episode("b", date(2022, 7, 1), cin="N3"),  # row 5 PASS: a new period of care
            episode("c", date(2022, 4, 1), date(2022, 5, 1), rec="X1", cin="N4"),  # row 6 PASS
            episode("c", date(2022, 5, 3), rne="S", cin="N5"),  # row 7 PASS: a gap, a new period
            episode("d", date(2022, 4, 1), date(2022, 5, 1), rec="X1", cin="N4"),  # row 8 PASS
            episode("d", date(2022, 5, 1), rne="L", cin=None),  # row 9 FAIL: blank is a change
        ],
    )
    assert rows(findings) == [2, 3, 9]

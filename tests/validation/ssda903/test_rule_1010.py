"""1010: care leaver data, no episodes this year, but open at last year's end."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1010 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_an_episode_open_last_year_carries_on():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2021, 1, 1), date(2022, 6, 1), rec="E4A")],
        prev_Episodes=[
            episode("a", date(2021, 1, 1)),  # a: open, carried on this year
            episode("b", date(2021, 1, 1)),  # b: open, no episodes this year
            episode("c", date(2020, 1, 1)),  # c: an open episode, then...
            episode(
                "c", date(2021, 1, 1), date(2021, 9, 1), rne="P", rec="E4A"
            ),  # ...the latest ended
            episode("d", date(2021, 1, 1), date(2021, 6, 1), rec="E4A"),  # d: ended last year
        ],
        OC3=[
            oc3("a"),  # row 1 PASS: has episodes this year
            oc3("b"),  # row 2 FAIL
            oc3("c"),  # row 3 PASS: latest episode last year ended
            oc3("d"),  # row 4 PASS: ended
            oc3("e"),  # row 5 PASS: not in last year's return
        ],
    )
    assert rows(findings) == [2]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[], OC3=[oc3("b")]) == []

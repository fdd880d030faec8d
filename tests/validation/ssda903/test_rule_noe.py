"""NoE: an episode from before this year, but the child is not in last year's return."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_noe import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_care_from_before_this_year_is_in_last_years_return():
    # Collection year 2023 starts on 1 April 2022.
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 6, 1)),  # row 1 PASS: in last year's return
            episode("b", date(2022, 3, 31)),  # row 2 FAIL: started last year, not in it
            episode("c", date(2022, 4, 1)),  # row 3 PASS: started this year
            episode("b", date(2022, 5, 1), rne="P"),  # row 4 PASS: this year's episode
        ],
        prev_Episodes=[episode("a", date(2021, 6, 1))],
    )
    assert rows(findings) == [2]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[episode("b", date(2022, 3, 31))]) == []

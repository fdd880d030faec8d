"""199: an episode after the child was adopted from care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_199 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_episodes_after_an_adoption_fail():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 9, 1), rec="E11"),  # row 1 PASS: adopted
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="E12"),  # row 2 PASS: adopted...
            episode("b", date(2022, 10, 1)),  # row 3 FAIL: ...then back in care
            episode("c", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 4 PASS
            episode("c", date(2022, 6, 1), date(2022, 9, 1), rne="P", rec="E11"),  # row 5 PASS
            episode("d", date(2022, 4, 1), date(2022, 5, 1), rec="E11"),  # row 6 PASS: first...
            episode("d", date(2022, 6, 1), date(2022, 7, 1), rec="E12"),  # row 7 FAIL: ...second
        ],
    )
    assert rows(findings) == [3, 7]


def test_last_years_adoption_counts_when_it_was_imported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 8, 1)),  # row 1 FAIL: adopted last year
            episode("b", date(2022, 8, 1)),  # row 2 PASS: b left last year otherwise
        ],
        prev_Episodes=[
            episode("a", date(2021, 4, 1), date(2021, 9, 1), rec="E11"),
            episode("b", date(2021, 4, 1), date(2021, 9, 1), rec="E4A"),
        ],
    )
    assert rows(findings) == [1]
    assert {f.table for f in findings} == {"Episodes"}

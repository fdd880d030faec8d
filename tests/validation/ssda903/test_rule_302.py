"""302: first episode before birth."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_302 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_first_episode_against_the_birth_month():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2022, 6, 1)), header("b", dob=date(2022, 6, 1))],
        Episodes=[
            episode("a", date(2022, 5, 20), date(2022, 7, 1), rec="X1"),  # row 1 FAIL: May
            episode("a", date(2022, 7, 1), rne="P"),  # row 2 PASS: not the first
            episode("b", date(2022, 6, 1)),  # row 3 PASS: in the birth month
        ],
    )
    assert rows(findings) == [1]

"""388: X1 and the episode that follows."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_388 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

D1, D2, D3 = date(2022, 4, 1), date(2022, 6, 1), date(2022, 6, 5)


def test_x1_means_a_new_episode_the_same_day():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", D1, D2, rec="X1"),  # row 1 PASS: next starts the same day
            episode("a", D2, rne="P"),  # row 2 PASS: open
            episode("b", D1, D2, rec="X1"),  # row 3 FAIL: next starts later
            episode("b", D3),  # row 4 PASS
            episode("c", D1, D2, rec="E4A"),  # row 5 FAIL: left care, yet back the same day
            episode("c", D2, rne="P"),  # row 6 PASS
            episode("d", D1, D2, rec="X1"),  # row 7 FAIL: the last, so no new episode
            episode("e", D1, D2, rec="E4A"),  # row 8 PASS: left care
            episode("e", D3),  # row 9 PASS: back in care later
        ],
    )
    assert rows(findings) == [3, 5, 7]

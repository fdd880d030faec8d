"""149: REC is not a valid code of the year (special guardianship codes changed in 2020-21)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_149 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

EPISODES = [
    episode("a", date(2019, 5, 1), date(2019, 6, 1), rec="E4A"),  # row 1 PASS in every year
    episode("b", date(2019, 5, 1), date(2019, 6, 1), rec="E43"),  # row 2 PASS to 2019-20 only
    episode("c", date(2019, 5, 1), date(2019, 6, 1), rec="E45"),  # row 3 PASS from 2020-21 only
    episode("d", date(2019, 5, 1)),  # row 4 PASS: open, no reason
    episode("e", date(2019, 5, 1), date(2019, 6, 1), rec="E99"),  # row 5 FAIL: never a code
]


def test_special_guardianship_codes_by_year():
    assert rows(run(logic, 2020, Episodes=EPISODES)) == [3, 5]
    assert rows(run(logic, 2021, Episodes=EPISODES)) == [2, 5]

"""222: URN for a placement type not registered with Ofsted."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_222 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

EPISODES = [
    episode("a", date(2022, 5, 1), place="P1", URN="SC1"),  # row 1 FAIL in every year
    episode("b", date(2022, 5, 1), place="P1", URN="XXXXXXX"),  # row 2 PASS: the stand-in
    episode("c", date(2022, 5, 1), place="K2", URN="SC1"),  # row 3 PASS: registered
    episode("d", date(2022, 5, 1), place="H5", URN="SC1"),  # row 4 FAIL to 2022-23 only
    episode("e", date(2022, 5, 1), place="Z1", URN="SC1"),  # row 5 FAIL to 2024-25
    episode("f", date(2022, 5, 1), place="Z11", URN="SC1"),  # row 6 FAIL from 2025-26
]


def test_unregistered_placement_types_by_year():
    assert rows(run(logic, 2023, Episodes=EPISODES)) == [1, 4, 5]
    assert rows(run(logic, 2024, Episodes=EPISODES)) == [1, 5]
    assert rows(run(logic, 2026, Episodes=EPISODES)) == [1, 6]

"""146: PLACE is not a valid code of the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_146 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

EPISODES = [
    episode("a", date(2024, 5, 1), place="U1"),  # row 1 PASS in every year
    episode("b", date(2024, 5, 1), place="H5"),  # row 2 PASS to 2024-25, FAIL in 2025-26
    episode("c", date(2024, 5, 1), place="K3"),  # row 3 FAIL to 2023-24, PASS from 2024-25
    episode("d", date(2024, 5, 1), place="Z9"),  # row 4 FAIL: never a code
]


def test_placement_codes_change_in_2024_25_and_2025_26():
    assert rows(run(logic, 2024, Episodes=EPISODES)) == [3, 4]
    assert rows(run(logic, 2025, Episodes=EPISODES)) == [4]  # K3 beside H5: the change-over
    assert rows(run(logic, 2026, Episodes=EPISODES)) == [2, 4]
    assert rows(run(logic, 2018, Episodes=EPISODES)) == [3, 4]

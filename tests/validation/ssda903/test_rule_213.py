"""213: a provider for a temporary placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_213 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

EPISODES = [
    episode("a", date(2022, 5, 1), place="T2", PLACE_PROVIDER="PR1"),  # row 1 FAIL in all years
    episode("b", date(2022, 5, 1), place="T2", PLACE_PROVIDER=None),  # row 2 PASS
    episode("c", date(2022, 5, 1), place="U1", PLACE_PROVIDER="PR1"),  # row 3 PASS
    episode("d", date(2022, 5, 1), place="Z12", PLACE_PROVIDER="PR1"),  # row 4 FAIL from 2025-26
]


def test_temporary_placements_have_no_provider():
    assert rows(run(logic, 2023, Episodes=EPISODES)) == [1]
    assert rows(run(logic, 2026, Episodes=EPISODES)) == [1, 4]

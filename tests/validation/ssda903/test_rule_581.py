"""581: a missing period cannot start before the child was looked after."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_581 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run


def test_a_start_before_the_first_episode_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2022, 6, 1)), episode("b", date(2022, 6, 1))],
        Missing=[
            missing("a", date(2022, 5, 31), date(2022, 6, 2)),  # row 1 FAIL: the day before
            missing("b", date(2022, 6, 1)),  # row 2 PASS: the day care started
            missing("z", date(2022, 5, 1)),  # row 3 PASS: z has no episodes
        ],
    )
    assert rows(findings) == [1]

"""SW08STG2: a new social worker episode started while the previous is open."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw08stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_only_the_latest_episode_is_open():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 5, 1), date(2023, 8, 1)),  # row 1 PASS: ended
            sw("a", date(2023, 8, 1)),  # row 2 PASS: the latest, open
            sw("b", date(2023, 5, 1)),  # row 3 FAIL: open, a later one exists
            sw("b", date(2023, 8, 1)),  # row 4 PASS: the latest
            sw("c", date(2023, 5, 1)),  # row 5 FAIL: same start, earlier in the file
            sw("c", date(2023, 5, 1)),  # row 6 PASS: the latest by file order
        ],
    )
    assert rows(findings) == [3, 5]

"""SW13STG1: the reason for the change of social worker not valid or not entered."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw13stg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def _episodes():
    return [
        sw("a", date(2023, 6, 1), reason="LEFTRL"),  # row 1 PASS
        sw("b", date(2023, 6, 1), reason="LEFT"),  # row 2 FAIL: no such reason
        sw("c", date(2023, 6, 1), reason=None),  # row 3 FAIL: blank, from April 2023
        sw("d", date(2023, 3, 31), reason=None),  # row 4: blank, before April 2023
    ]


def test_the_reason_is_a_dfe_reason():
    assert rows(run(logic, 2024, SWEpisodes=_episodes())) == [2, 3, 4]
    # From 2024-25 an episode from before April 2023 may have none.
    assert rows(run(logic, 2025, SWEpisodes=_episodes())) == [2, 3]

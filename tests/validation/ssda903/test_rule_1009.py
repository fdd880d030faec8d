"""1009: reason for placement change not a valid code."""

from safeboard.validation.rules.ssda903.rule_1009 import logic
from tests.validation.ssda903._dfe_high import rows, run


def _episodes():
    return [
        {"child": "a", "REASON_PLACE_CHANGE": "CARPL"},  # row 1 PASS
        {"child": "b", "REASON_PLACE_CHANGE": "CUSTOD"},  # row 2: a code from 2020-21
        {"child": "c", "REASON_PLACE_CHANGE": "MOVED"},  # row 3 FAIL: no such code
        {"child": "d", "REASON_PLACE_CHANGE": None},  # row 4 PASS: blank
    ]


def test_the_reason_is_a_code_of_the_year():
    assert rows(run(logic, 2023, Episodes=_episodes())) == [3]
    assert rows(run(logic, 2020, Episodes=_episodes())) == [2, 3]  # no CUSTOD before 2020-21

"""226: reason for placement change around a temporary placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_226 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

d1, d2, d3 = date(2022, 4, 1), date(2022, 6, 1), date(2022, 6, 20)
EPISODES = [
    episode("a", d1, d2, rec="X1"),  # a: no reason before the temporary placement
    episode("a", d2, d3, rne="P", place="T1", rec="X1"),  # row 2 PASS
    episode("b", d1, d2, rec="X1", REASON_PLACE_CHANGE="CARPL"),  # b: a reason before it
    episode("b", d2, d3, rne="P", place="T1", rec="X1"),  # row 4 FAIL: the previous has one
    episode("c", d1, d2, place="T2", rec="X1", REASON_PLACE_CHANGE="CHILD"),  # row 5 FAIL: own
]


def test_temporary_placements_carry_no_reason():
    findings = run(logic, 2023, Episodes=EPISODES)
    assert rows(findings) == [4, 5]
    assert findings[0].message == "Reason for placement change is not required."


def test_2025_26_wording():
    findings = run(logic, 2026, Episodes=EPISODES)
    assert rows(findings) == [4, 5]
    assert findings[0].message.endswith("for temporary placements.")

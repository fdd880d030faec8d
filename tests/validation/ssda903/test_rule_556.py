"""556: the decision to place for adoption is on or before the freeing order (D1)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_556 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run


def test_a_decision_after_the_freeing_order_is_reported():
    findings = run(
        logic,
        2019,
        Episodes=[
            episode("a", date(2005, 6, 1), ls="D1"),  # row 1 PASS
            episode("b", date(2005, 6, 1), ls="D1"),  # row 2 FAIL
            episode("c", date(2005, 6, 1), ls="C2"),  # row 3 PASS: no freeing order
        ],
        PlacedAdoption=[
            placed("a", date(2005, 6, 1)),  # the same day
            placed("b", date(2005, 6, 2)),  # the day after
            placed("c", date(2005, 7, 1)),
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].table == "Episodes"


def test_retired_from_2024_25():
    assert logic.rule in rules_for("ssda903", 2024)
    assert logic.rule not in rules_for("ssda903", 2025)

"""451: still freed for adoption (an open D1 episode); retired after 2023-24."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_451 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_an_open_freeing_order_is_reported():
    findings = run(
        logic,
        2019,
        Episodes=[
            episode("a", date(2005, 6, 1), ls="D1"),  # row 1 FAIL: no end, no reason
            episode("b", date(2005, 6, 1), date(2018, 6, 1), ls="D1", rec="E11"),  # row 2 PASS
            episode("c", date(2005, 6, 1), ls="D1", rec="E11"),  # row 3 PASS: a reason is given
            episode("d", date(2018, 6, 1), ls="E1"),  # row 4 PASS: a placement order
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "D1"


def test_retired_from_2024_25():
    assert logic.rule in rules_for("ssda903", 2024)
    assert logic.rule not in rules_for("ssda903", 2025)

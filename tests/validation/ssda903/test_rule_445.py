"""445: D1 (freeing order) on an episode starting after December 2005; retired after 2023-24."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_445 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_d1_after_december_2005_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2005, 12, 31), ls="D1"),  # row 1 PASS: the last day of 2005
            episode("b", date(2006, 1, 1), ls="D1"),  # row 2 FAIL
            episode("c", date(2022, 6, 1), ls="E1"),  # row 3 PASS: a placement order
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "2006-01-01"


def test_retired_from_2024_25():
    assert logic.rule in rules_for("ssda903", 2024)
    assert logic.rule not in rules_for("ssda903", 2025)
    assert logic.rule in rules_for("ssda903", 2018)

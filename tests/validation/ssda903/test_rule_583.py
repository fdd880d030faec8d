"""583: earlier decisions to place for adoption need the date they ceased (from 2022-23)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_583 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run


def test_every_decision_but_the_latest_has_ceased():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2021, 1, 1), date(2021, 6, 1), "RD1"),  # row 1 PASS: ceased
            placed("a", date(2022, 5, 1)),  # row 2 PASS: the latest may stand
            placed("b", date(2022, 5, 1)),  # row 3 PASS: the latest
            placed("b", date(2021, 1, 1)),  # row 4 FAIL: earlier, never revoked
            placed("c", date(2022, 5, 1)),  # row 5 PASS: only one decision
        ],
    )
    assert rows(findings) == [4]
    assert findings[0].severity.value == "warning"


def test_added_in_2022_23():
    assert logic.rule not in rules_for("ssda903", 2022)
    assert logic.rule in rules_for("ssda903", 2026)

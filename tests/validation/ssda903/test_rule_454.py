"""454: a placement over 350 miles from home (from 2025-26)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_454 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2025, 6, 1)


def _at(child, miles):
    return episode(child, START, PL_LA="E10000031", PL_DISTANCE=miles)


def test_a_distance_over_350_miles_is_reported_unless_999_9():
    findings = run(
        logic,
        2026,
        Episodes=[
            _at("a", 350.0),  # row 1 PASS: not over 350
            _at("b", 350.1),  # row 2 FAIL: over 350
            _at("c", 999.9),  # row 3 PASS: DfE's value for a distance not worked out
            _at("d", 999.0),  # row 4 FAIL: over 350
            _at("e", 12.0),  # row 5 PASS
            episode("f", START),  # row 6 PASS: no distance
        ],
    )
    assert rows(findings) == [2, 4]
    assert sorted(f.value for f in findings) == ["350.1", "999.0"]


def test_from_2025_26_only():
    assert logic.rule not in rules_for("ssda903", 2025)
    assert logic.rule in rules_for("ssda903", 2026)
    assert logic.rule in rules_for("ssda903", 2027)

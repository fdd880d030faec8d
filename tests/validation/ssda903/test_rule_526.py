"""526: every placement but temporary and "other" ones has a provider."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_526 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_a_missing_provider_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, place="U4", provider="PR1"),  # row 1 PASS
            episode("b", START, place="U4", provider=None),  # row 2 FAIL
            episode("c", START, place="T4", provider=None),  # row 3 PASS: temporary
            episode("d", START, place="Z1", provider=None),  # row 4 PASS: other
            episode("e", START, place=None, provider=None),  # row 5 FAIL: no placement either
        ],
    )
    assert rows(findings) == [2, 5]


def test_from_2025_26_other_is_z11_to_z14():
    tables = {
        "Episodes": [
            episode("a", START, place="Z12", provider=None),  # row 1
            episode("b", START, place="Z1", provider=None),  # row 2
        ]
    }
    assert rows(run(logic, 2026, **tables)) == [2]  # Z1 is no longer exempt (nor a code)
    assert rows(run(logic, 2025, **tables)) == [1]  # Z12 is not yet a code

"""178: placement provider invalid, or given where the placement has none."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_178 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def ep(child, place, provider):
    return episode(child, date(2022, 5, 1), place=place, PLACE_PROVIDER=provider)


def test_provider_codes_and_placements_without_one():
    findings = run(
        logic,
        2023,
        Episodes=[
            ep("a", "U4", "PR1"),  # row 1 PASS
            ep("b", "U4", "PR9"),  # row 2 FAIL: no such code
            ep("c", "T1", "PR1"),  # row 3 FAIL: temporary placements have no provider
            ep("d", "T1", None),  # row 4 PASS
            ep("e", "Z1", "PR4"),  # row 5 FAIL: 'other' placements have no provider
            ep("f", "U4", None),  # row 6 PASS: blank is another rule's business
        ],
    )
    assert rows(findings) == [2, 3, 5]


def test_2025_26_placements_without_a_provider():
    findings = run(
        logic,
        2026,
        Episodes=[
            ep("a", "Z11", "PR1"),  # row 1 FAIL: the new 'other' codes have no provider
            ep("b", "T4", "PR1"),  # row 2 PASS: T4 is not among DfE's 2025-26 list
        ],
    )
    assert rows(findings) == [1]

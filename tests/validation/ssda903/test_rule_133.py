"""133: ACCOM is not one of DfE's codes or is blank."""

from safeboard.validation.rules.ssda903.rule_133 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_accommodation_codes():
    findings = run(
        logic,
        2022,
        OC3=[
            {"child": "a", "ACCOM": "B1"},  # row 1 PASS: with parents, suitable
            {"child": "b", "ACCOM": "S2"},  # row 2 PASS: no fixed abode, not suitable
            {"child": "c", "ACCOM": "S1"},  # row 3 FAIL: no fixed abode is never suitable
            {"child": "d", "ACCOM": "X1"},  # row 4 FAIL: custody is never suitable
            {"child": "e", "ACCOM": "0"},  # row 5 PASS: not in touch
            {"child": "f", "ACCOM": None},  # row 6 FAIL: blank
            {"child": "g", "ACCOM": "A1"},  # row 7 FAIL: no such letter
        ],
    )
    assert rows(findings) == [3, 4, 6, 7]

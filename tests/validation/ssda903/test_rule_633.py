"""633: local authority of the previous permanence option not valid."""

from safeboard.validation.rules.ssda903.rule_633 import LA_CODES, logic
from tests.validation.ssda903._dfe_high import rows, run


def test_the_local_authority_is_a_dfe_code_or_outside_england():
    findings = run(
        logic,
        2023,
        PrevPerm=[
            {"child": "a", "LA_PERM": "937"},  # row 1 PASS: Warwickshire
            {"child": "b", "LA_PERM": "SCO"},  # row 2 PASS: Scotland
            {"child": "c", "LA_PERM": "999"},  # row 3 PASS: not known
            {"child": "d", "LA_PERM": "123"},  # row 4 FAIL: no such authority
            {"child": "e", "LA_PERM": "E10000031"},  # row 5 FAIL: an ONS code, not DfE's
            {"child": "f", "LA_PERM": None},  # row 6 PASS: blank
        ],
    )
    assert rows(findings) == [4, 5]
    assert len(LA_CODES) == 153 + 4  # DfE's 152 authorities and 999, and four outside England

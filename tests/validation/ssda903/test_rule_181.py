"""181: OC2 items other than 0 or 1."""

from safeboard.validation.rules.ssda903.rule_181 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_each_item_is_0_or_1():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "CONVICTED": "0", "HEALTH_CHECK": "1"},  # row 1 PASS
            {"child": "b", "TEETH_CHECK": "2"},  # row 2 FAIL: TEETH_CHECK
            {"child": "c", "CONVICTED": "Y", "INTERVENTION_OFFERED": "9"},  # row 3 FAIL twice
            {"child": "d"},  # row 4 PASS: all blank
        ],
    )
    assert rows(findings) == [2, 3, 3]
    assert sorted(f.field for f in findings) == ["CONVICTED", "INTERVENTION_OFFERED", "TEETH_CHECK"]

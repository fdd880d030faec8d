"""132: ACTIV is not a valid code of the year or is blank."""

from safeboard.validation.rules.ssda903.rule_132 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc3(child, activ):
    return {"child": child, "IN_TOUCH": "YES", "ACTIV": activ, "ACCOM": "B1"}


def test_f3_is_valid_to_2022_23_and_f4_from_2022_23():
    old = [oc3("a", "F3"), oc3("b", "F4"), oc3("c", None), oc3("d", "0")]
    # 2022: row 1 PASS (F3 a code), row 2 FAIL (F4 not yet), row 3 FAIL (blank), row 4 PASS
    assert rows(run(logic, 2022, OC3=old)) == [2, 3]
    # 2023, the year of change: rows 1 and 2 PASS (either code), row 3 FAIL, row 4 PASS
    assert rows(run(logic, 2023, OC3=old)) == [3]
    # 2024: row 1 FAIL (F3 replaced), row 2 PASS, row 3 FAIL, row 4 PASS
    assert rows(run(logic, 2024, OC3=old)) == [1, 3]

"""151: the adoption items all or none."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_151 import logic
from tests.validation.ssda903._dfe_low import rows, run

FULL = {
    "DATE_INT": date(2022, 5, 1),
    "DATE_MATCH": date(2022, 8, 1),
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF",
    "LS_ADOPTR": "L11",
}


def test_all_or_none():
    findings = run(
        logic,
        2023,
        AD1=[
            {"child": "a", **FULL},  # row 1 PASS: all
            {"child": "b"},  # row 2 PASS: none
            {"child": "c", **FULL, "LS_ADOPTR": None},  # row 3 FAIL: one missing
            {"child": "d", "NB_ADOPTR": "1"},  # row 4 FAIL: one given
        ],
    )
    assert rows(findings) == [3, 4]

"""518: L4 (same-sex unmarried couple) is MM or FF."""

from safeboard.validation.rules.ssda903.rule_518 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_l4_same_sex_unmarried_couple_is_mm_or_ff():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L4", SEX_ADOPTR="FF"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L4", SEX_ADOPTR="MF"),  # row 2 FAIL: different sexes
            adopted("c", LS_ADOPTR="L4"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L4", SEX_ADOPTR="MM"),  # row 4 PASS
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

"""524: L12 (same-sex married couple) is MM or FF."""

from safeboard.validation.rules.ssda903.rule_524 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_l12_same_sex_married_couple_is_mm_or_ff():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L12", SEX_ADOPTR="MM"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L12", SEX_ADOPTR="MF"),  # row 2 FAIL: different sexes
            adopted("c", LS_ADOPTR="L12"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L11", SEX_ADOPTR="MF"),  # row 4 PASS: L11
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

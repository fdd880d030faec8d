"""520: L11 (different-sex married couple) is MF."""

from safeboard.validation.rules.ssda903.rule_520 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_l11_different_sex_married_couple_is_mf():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L11", SEX_ADOPTR="MF"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L11", SEX_ADOPTR="FF"),  # row 2 FAIL: same sex
            adopted("c", LS_ADOPTR="L11"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L12", SEX_ADOPTR="FF"),  # row 4 PASS: L12
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

"""517: L3 (different-sex unmarried couple) is MF."""

from safeboard.validation.rules.ssda903.rule_517 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_l3_different_sex_unmarried_couple_is_mf():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L3", SEX_ADOPTR="MF"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L3", SEX_ADOPTR="MM"),  # row 2 FAIL: same sex
            adopted("c", LS_ADOPTR="L3"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L4", SEX_ADOPTR="MM"),  # row 4 PASS: L4
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

"""514: a single adopter's sex code is M1 or F1."""

from safeboard.validation.rules.ssda903.rule_514 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_a_single_adopters_sex_code_is_m1_or_f1():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L0", SEX_ADOPTR="M1"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L0", SEX_ADOPTR="FF"),  # row 2 FAIL: a couple
            adopted("c", LS_ADOPTR="L0"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L11", SEX_ADOPTR="MF"),  # row 4 PASS: not single
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

"""519: L2 (civil partnership) is a couple."""

from safeboard.validation.rules.ssda903.rule_519 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_l2_civil_partnership_is_a_couple():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", LS_ADOPTR="L2", SEX_ADOPTR="MF"),  # row 1 PASS
            adopted("b", LS_ADOPTR="L2", SEX_ADOPTR="F1"),  # row 2 FAIL: one adopter
            adopted("c", LS_ADOPTR="L2"),  # row 3 FAIL: blank
            adopted("d", LS_ADOPTR="L0", SEX_ADOPTR="F1"),  # row 4 PASS: single
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

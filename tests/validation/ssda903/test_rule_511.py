"""511: two adopters need a couple's sex code."""

from safeboard.validation.rules.ssda903.rule_511 import logic
from tests.validation.ssda903._dfe_mid import adopted, rows, run


def test_two_adopters_need_a_couples_sex_code():
    findings = run(
        logic,
        2023,
        AD1=[
            adopted("a", NB_ADOPTR="2", SEX_ADOPTR="MF"),  # row 1 PASS: a couple
            adopted("b", NB_ADOPTR="2", SEX_ADOPTR="M1"),  # row 2 FAIL: one man
            adopted("c", NB_ADOPTR="2", SEX_ADOPTR="F1"),  # row 3 FAIL: one woman
            adopted("d", NB_ADOPTR="1", SEX_ADOPTR="F1"),  # row 4 PASS: one adopter
            adopted("e", NB_ADOPTR="2"),  # row 5 PASS: blank is another rule's
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"AD1"}

"""103: the ethnicity code is not valid or missing."""

from safeboard.validation.rules.ssda903.rule_103 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_ethnicity_must_be_a_dfe_code():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", ETHNIC="WBRI"),  # row 1 PASS
            header("b", ETHNIC="NOBT"),  # row 2 PASS: not yet obtained is a code
            header("c", ETHNIC="W1"),  # row 3 FAIL: a local code
            header("d", ETHNIC=None),  # row 4 FAIL: not entered
            header("e", ETHNIC="wbri"),  # row 5 FAIL: codes are upper case
        ],
    )
    assert rows(findings) == [3, 4, 5]

"""204: ethnicity differs from last year's return."""

from safeboard.validation.rules.ssda903.rule_204 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_ethnicity_compared_with_last_year():
    findings = run(
        logic,
        2020,
        Header=[
            header("a", ETHNIC="WBRI"),  # row 1 PASS
            header("b", ETHNIC="MWBC"),  # row 2 FAIL: was WBRI
            header("c", ETHNIC="NOBT"),  # row 3 PASS: new this year
        ],
        prev_Header=[header("a", ETHNIC="wbri"), header("b", ETHNIC="WBRI")],  # case is ignored
    )
    assert rows(findings) == [2]

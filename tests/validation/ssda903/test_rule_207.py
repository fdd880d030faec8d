"""207: a mother last year, not this year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_207 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_once_a_mother():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", sex="2", MOTHER="1"),  # row 1 PASS: still 1
            header("b", sex="2", MOTHER="0"),  # row 2 FAIL: was 1
            header("c", sex="2", MOTHER=None),  # row 3 PASS: no episodes this year
            header("d", sex="2", MOTHER="1"),  # row 4 PASS: was 0, now 1
        ],
        Episodes=[episode(c, date(2022, 5, 1)) for c in "abd"],
        prev_Header=[
            header("a", sex="2", MOTHER="1"),
            header("b", sex="2", MOTHER="1"),
            header("c", sex="2", MOTHER="1"),
            header("d", sex="2", MOTHER="0"),
        ],
    )
    assert rows(findings) == [2]

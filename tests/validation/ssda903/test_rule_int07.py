"""INT07: a child in PrevPerm with no Header row."""

from safeboard.validation.rules.ssda903.rule_int07 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_every_child_in_prevperm_has_a_header_row():
    findings = run(
        logic,
        2023,
        Header=[header("a"), header("b")],
        PrevPerm=[
            {"child": "a"},  # row 1 PASS: in the Header
            {"child": "z"},  # row 2 FAIL: not in the Header
            {"child": "b"},  # row 3 PASS
            {"child": "z"},  # row 4 FAIL: each of z's rows
        ],
    )
    assert rows(findings) == [2, 4]
    assert {f.table for f in findings} == {"PrevPerm"}

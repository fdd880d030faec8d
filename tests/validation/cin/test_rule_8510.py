"""8510: no two children with the same LAchildID."""

from safeboard.validation.rules.cin.rule_8510 import logic
from tests.validation.cin.dfe_low_rows import child, failing

RULE = logic.rule


def test_every_record_of_a_repeated_id_fails():
    rows = [
        child("a"),  # row 1 FAIL: with row 3
        child("b"),  # row 2 PASS
        child("a"),  # row 3 FAIL: with row 1
        child(None),  # row 4 PASS here: no id (8500)...
        child(None),  # row 5 PASS here: ...twice is not one id twice
    ]
    assert failing(RULE, 2021, child=rows) == [("child", "row 1", "a"), ("child", "row 3", "a")]

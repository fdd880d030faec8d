"""8500: every child has an LAchildID (so a pseudonym)."""

from safeboard.validation.rules.cin.rule_8500 import logic
from tests.validation.cin.dfe_low_rows import child, failing

RULE = logic.rule


def test_a_child_without_an_id_fails():
    rows = [child("a"), child(None), child("b")]  # row 2 FAIL: no id, so no pseudonym
    assert failing(RULE, 2022, child=rows) == [("child", "row 2", "")]

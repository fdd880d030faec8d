"""2888Q: at least one child with more than one disability."""

from safeboard.validation.rules.cin.rule_2888q import logic
from tests.validation.cin.dfe_low_rows import disability, findings

RULE = logic.rule


def test_one_code_per_child_is_queried():
    rows = [disability("a", "MOB"), disability("b", "AUT"), disability("c", "NONE")]
    [found] = findings(RULE, 2022, disability=rows)
    assert found.value == "2 children with one disability each"


def test_one_child_with_two_codes_passes():
    rows = [disability("a", "MOB"), disability("a", "LD"), disability("b", "AUT")]
    assert findings(RULE, 2022, disability=rows) == []


def test_the_same_code_twice_is_still_one_disability():
    rows = [disability("a", "MOB"), disability("a", "MOB")]  # a duplicate, not two
    assert len(findings(RULE, 2022, disability=rows)) == 1


def test_no_disabled_child_is_not_this_rules_concern():
    assert findings(RULE, 2022, disability=[disability("a", "NONE")]) == []

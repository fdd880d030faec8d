"""2887Q: more than 7 different disability codes used in the return."""

from safeboard.validation.rules.cin.rule_2887q import logic
from tests.validation.cin.dfe_low_rows import disability, findings

RULE = logic.rule

EIGHT = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"]


def test_eight_codes_pass_seven_fail():
    rows = [disability(f"c{n}", code) for n, code in enumerate(EIGHT)]
    assert findings(RULE, 2020, disability=rows) == []
    # Seven codes, however many children and however many NONE.
    rows = [disability(f"c{n}", code) for n, code in enumerate(EIGHT[:7] * 3)]
    rows += [disability(f"n{n}", "NONE") for n in range(20)]
    [found] = findings(RULE, 2020, disability=rows)
    assert (found.value, found.position, found.severity.value) == ("7 codes used", "", "warning")


def test_a_return_with_no_disability_is_queried():
    rows = [disability("a", "NONE")]
    assert [f.value for f in findings(RULE, 2024, disability=rows)] == ["0 codes used"]

"""8520: no date of birth after 31 March of the collection year."""

from safeboard.validation.rules.cin.rule_8520 import logic
from tests.validation.cin.dfe_low_rows import D, child, failing, findings

RULE = logic.rule


def test_births_after_the_reference_date_fail():
    # Birth dates are stored as the first of their month.
    rows = [
        child("a", PersonBirthDate=D(2018, 3, 1)),  # row 1 PASS: born in March 2018
        child("b", PersonBirthDate=D(2018, 4, 1)),  # row 2 FAIL: born in April 2018
        child("c"),  # row 3 PASS: no date of birth (unborn)
    ]
    assert failing(RULE, 2018, child=rows) == [("child", "row 2", "b")]
    assert [f.value for f in findings(RULE, 2018, child=rows)] == ["2018-04"]
    assert failing(RULE, 2019, child=rows) == []  # 2018-19 ends on 31 March 2019

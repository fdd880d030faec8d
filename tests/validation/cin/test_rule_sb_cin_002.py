"""SB-CIN-002: neither a birth date nor an expected birth date."""

from datetime import date

from safeboard.validation.rules.cin.rule_sb_cin_002 import logic
from tests.validation.harness import run_rule

RULE = logic.rule


def child(pseudonym, born=None, expected=None):
    return {"child": pseudonym, "PersonBirthDate": born, "ExpectedPersonBirthDate": expected}


def test_a_child_with_neither_date_is_reported():
    findings = run_rule(
        RULE,
        kind="cin",
        year=2018,
        tables={
            "child": [
                child("a", born=date(2010, 5, 1)),  # row 1 PASS: born
                child("b", expected=date(2018, 6, 1)),  # row 2 PASS: unborn, expected date
                child("c", born=date(2018, 1, 1), expected=date(2018, 1, 1)),  # row 3 PASS: both
                child("d"),  # row 4 FAIL: neither
            ]
        },
    )
    assert [(f.rule, f.position, f.child, f.field) for f in findings] == [
        ("SB-CIN-002", "row 4", "d", "PersonBirthDate,ExpectedPersonBirthDate")
    ]
    assert findings[0].guidance.startswith("Record the date of birth")

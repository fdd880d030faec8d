"""333: decision to place for adoption missing or after the match."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_333 import logic
from tests.validation.ssda903._dfe_low import rows, run


def ad1(child, decided, matched):
    return {"child": child, "DATE_INT": decided, "DATE_MATCH": matched}


def test_decision_then_match():
    findings = run(
        logic,
        2023,
        AD1=[
            ad1("a", date(2022, 5, 1), date(2022, 5, 1)),  # row 1 PASS: the same day
            ad1("b", date(2022, 6, 1), date(2022, 5, 1)),  # row 2 FAIL: decided after the match
            ad1("c", None, date(2022, 5, 1)),  # row 3 FAIL: match without a decision
            ad1("d", date(2022, 6, 1), None),  # row 4 PASS: no match yet
        ],
    )
    assert rows(findings) == [2, 3]

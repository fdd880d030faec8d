"""706: last year's open DoLO not carried into this year's return (from 2027-28)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_706 import logic
from tests.validation.ssda903._dfe_high import rows, run

START = date(2026, 9, 1)


def test_an_open_order_of_last_year_must_start_this_year_on_the_same_day():
    findings = run(
        logic,
        2028,
        prev_DoLo=[
            {"child": "a", "DOLO_START": START, "DOLO_END": None},  # row 1 PASS: carried over
            {"child": "b", "DOLO_START": START, "DOLO_END": None},  # row 2 FAIL: a new start
            {"child": "c", "DOLO_START": START, "DOLO_END": None},  # row 3 FAIL: not there
            {"child": "d", "DOLO_START": START, "DOLO_END": date(2027, 1, 5)},  # row 4 PASS
        ],
        DoLo=[
            {"child": "a", "DOLO_START": START, "DOLO_END": date(2027, 8, 1)},
            {"child": "b", "DOLO_START": date(2026, 9, 2), "DOLO_END": None},
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"prev_DoLo"}


def test_from_2027_28_when_there_is_a_last_year_to_compare():
    assert logic.rule not in rules_for("ssda903", 2027)
    assert logic.rule in rules_for("ssda903", 2028)

"""630: started to be looked after in the year without previous permanence details."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_630 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_a_child_starting_care_needs_previous_permanence():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1)),  # row 1 PASS: Z1
            episode("b", date(2022, 6, 1)),  # row 2 PASS: P1 with LA and date
            episode("c", date(2022, 6, 1)),  # row 3 FAIL: P2 without its date
            episode("d", date(2022, 6, 1)),  # row 4 FAIL: no PrevPerm row
            episode("e", date(2022, 6, 1)),  # row 5 FAIL: PREV_PERM blank
            episode("f", date(2022, 3, 31)),  # row 6 PASS: started last year
            episode("g", date(2022, 6, 1), rne="P"),  # row 7 PASS: a change of placement
        ],
        PrevPerm=[
            {"child": "a", "PREV_PERM": "Z1"},
            {"child": "b", "PREV_PERM": "P1", "LA_PERM": "937", "DATE_PERM": date(2019, 1, 1)},
            {"child": "c", "PREV_PERM": "P2", "LA_PERM": "937"},
            {"child": "e", "LA_PERM": "937", "DATE_PERM": date(2019, 1, 1)},
        ],
    )
    assert rows(findings) == [3, 4, 5]
    assert {f.table for f in findings} == {"Episodes"}

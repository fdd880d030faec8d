"""634: previous permanence details for a child not looked after since 1 April 2016."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_634 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_previous_permanence_is_for_care_from_april_2016():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2016, 4, 1)),  # a: latest episode on 1 April 2016
            episode("b", date(2016, 3, 31)),  # b: only before
            episode("c", date(2015, 1, 1)),  # c: an early episode...
            episode("c", date(2019, 1, 1), rne="P"),  # ...and a later one
            episode("d", date(2015, 1, 1)),
        ],
        PrevPerm=[
            {"child": "a", "PREV_PERM": "Z1"},  # row 1 PASS
            {"child": "b", "PREV_PERM": "Z1"},  # row 2 FAIL: care from 31 March 2016
            {"child": "c", "LA_PERM": "937"},  # row 3 PASS: latest episode from 2019
            {"child": "d"},  # row 4 PASS: nothing given
            {"child": "e", "PREV_PERM": "P1"},  # row 5 PASS: no episodes (1012's concern)
        ],
    )
    assert rows(findings) == [2]

"""632: date of the previous permanence order not valid, or not before care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_632 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_the_previous_order_is_dated_before_care_began():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 6, 1)),
            episode("b", date(2022, 6, 1)),
            episode("c", date(2020, 6, 1)),  # c's first episode...
            episode("c", date(2022, 6, 1), rne="P"),  # ...and a later one
            episode("d", date(2022, 6, 1)),
        ],
        PrevPerm=[
            {"child": "a", "PREV_PERM": "P1", "DATE_PERM": date(2022, 5, 31)},  # row 1 PASS
            {
                "child": "b",
                "PREV_PERM": "P1",
                "DATE_PERM": date(2022, 6, 1),
            },  # row 2 FAIL: same day
            {
                "child": "c",
                "PREV_PERM": "P1",
                "DATE_PERM": date(2021, 1, 1),
            },  # row 3 FAIL: after the first episode
            {
                "child": "d",
                "PREV_PERM": "P1",
                "DATE_PERM": None,
            },  # row 4 FAIL: not a date when read
            {
                "child": "z",
                "PREV_PERM": "P1",
                "DATE_PERM": date(2030, 1, 1),
            },  # row 5 PASS: no episodes (1012's)
        ],
        unparsed=[
            {
                "table": "PrevPerm",
                "field": "DATE_PERM",
                "position": "row 4",
                "child": "d",
                "value": "ZZ/05/2015",
            },
            {
                "table": "Episodes",
                "field": "DEC",
                "position": "row 5",
                "child": "d",
                "value": "x",
            },  # another field
        ],
    )
    assert rows(findings) == [2, 3, 4]
    assert [f.value for f in findings if f.position == "row 4"] == ["ZZ/05/2015"]

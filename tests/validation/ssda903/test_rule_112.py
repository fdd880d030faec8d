"""112: AD1 DATE_INT is not a valid date."""

from safeboard.validation.rules.ssda903.rule_112 import logic
from tests.validation.ssda903._dfe_low import run


def test_values_that_did_not_parse_as_dates_fail():
    findings = run(
        logic,
        2023,
        AD1=[{"child": "a"}],
        unparsed=[
            # FAIL: DATE_INT as written did not parse
            {
                "table": "AD1",
                "field": "DATE_INT",
                "position": "line 2",
                "child": "a",
                "value": "31/02/2023",
            },
            # PASS: another field of the table
            {"table": "AD1", "field": "CHILD_X", "position": "line 3", "child": "b", "value": "x"},
            # PASS: the same field name in another table is another rule's business
            {
                "table": "Episodes",
                "field": "DATE_INT",
                "position": "line 4",
                "child": "c",
                "value": "x",
            },
        ],
    )
    assert [(f.table, f.position, f.child, f.value) for f in findings] == [
        ("AD1", "line 2", "a", "31/02/2023")
    ]


def test_nothing_unparsed_nothing_fails():
    assert run(logic, 2023, AD1=[{"child": "a"}]) == []

"""141: Episodes DECOM is not a valid date."""

from safeboard.validation.rules.ssda903.rule_141 import logic
from tests.validation.ssda903._dfe_low import run


def test_values_that_did_not_parse_as_dates_fail():
    findings = run(
        logic,
        2023,
        Episodes=[{"child": "a"}],
        unparsed=[
            # FAIL: DECOM as written did not parse
            {
                "table": "Episodes",
                "field": "DECOM",
                "position": "line 2",
                "child": "a",
                "value": "31/02/2023",
            },
            # PASS: another field of the table
            {
                "table": "Episodes",
                "field": "CHILD_X",
                "position": "line 3",
                "child": "b",
                "value": "x",
            },
            # PASS: the same field name in another table is another rule's business
            {"table": "Header", "field": "DECOM", "position": "line 4", "child": "c", "value": "x"},
        ],
    )
    assert [(f.table, f.position, f.child, f.value) for f in findings] == [
        ("Episodes", "line 2", "a", "31/02/2023")
    ]


def test_nothing_unparsed_nothing_fails():
    assert run(logic, 2023, Episodes=[{"child": "a"}]) == []

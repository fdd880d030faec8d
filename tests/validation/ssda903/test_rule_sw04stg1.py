"""SW04STG1: the start of a social worker episode is not a valid date."""

from safeboard.validation.rules.ssda903.rule_sw04stg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_the_start_is_a_date():
    findings = run(
        logic,
        2024,
        SWEpisodes=[sw("a", None), sw("b", None)],  # row 1 FAIL: not a date; row 2 PASS: blank
        unparsed=[
            {
                "table": "SWEpisodes",
                "field": "SW_DECOM",
                "position": "row 1",
                "child": "a",
                "value": "1/6/23",
            }
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "1/6/23"

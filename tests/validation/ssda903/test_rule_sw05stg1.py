"""SW05STG1: the end of a social worker episode is not a valid date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw05stg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_the_end_when_given_is_a_date():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 6, 1), None),  # row 1 FAIL: not a date when read
            sw("b", date(2023, 6, 1), None),  # row 2 PASS: still open
            sw("c", None),  # row 3 PASS here: its start is the bad one (SW04STG1)
        ],
        unparsed=[
            {
                "table": "SWEpisodes",
                "field": "SW_DEC",
                "position": "row 1",
                "child": "a",
                "value": "32/01/2024",
            },
            {
                "table": "SWEpisodes",
                "field": "SW_DECOM",
                "position": "row 3",
                "child": "c",
                "value": "x",
            },
        ],
    )
    assert rows(findings) == [1]

"""SW01STG1: looked after on 31 March without social worker episode information."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw01stg1 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run, sw


def test_a_child_in_care_at_31_march_has_social_worker_information():
    findings = run(
        logic,
        2024,
        Episodes=[
            episode("a", date(2023, 1, 1)),  # row 1 PASS: one complete episode
            episode("b", date(2023, 1, 1)),  # row 2 PASS: items spread over two episodes
            episode("c", date(2023, 1, 1)),  # row 3 FAIL: no reason anywhere
            episode("d", date(2023, 1, 1)),  # row 4 FAIL: no social worker episode
            episode("e", date(2023, 1, 1), date(2023, 6, 1), rec="E4A"),  # row 5 PASS: left care
            episode("f", date(2023, 1, 1), ls="V3"),  # row 6 PASS: short breaks
        ],
        SWEpisodes=[
            sw("a", date(2023, 1, 1)),
            sw("b", date(2023, 1, 1), date(2023, 5, 1), reason=None),
            sw("b", None, sw_id=None, reason="MANAGE"),
            sw("c", date(2023, 1, 1), reason=None),
        ],
    )
    assert rows(findings) == [3, 4]
    assert {f.table for f in findings} == {"Episodes"}


def test_only_in_2023_24():
    assert (logic.rule.first_year, logic.rule.last_year) == (2024, 2024)

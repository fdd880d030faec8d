"""SW12STG2: an episode starting or ending care with no social worker episode for it."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw12stg2 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run, sw


def test_care_starting_and_ending_has_a_social_worker():
    findings = run(
        logic,
        2024,
        Episodes=[
            episode("a", date(2023, 6, 1)),  # row 1 PASS: worker from the start
            episode("b", date(2023, 6, 1)),  # row 2 FAIL: worker only from before care
            episode("c", date(2020, 1, 1), date(2023, 9, 1), rne="P", rec="E4A"),  # row 3 PASS
            episode("d", date(2020, 1, 1), date(2023, 9, 1), rne="P", rec="E4A"),  # row 4 FAIL
            episode("e", date(2020, 1, 1), rne="P"),  # row 5 PASS: neither starts nor ends care
            episode("f", date(2023, 6, 1), ls="V3"),  # row 6 PASS: short breaks
        ],
        SWEpisodes=[
            sw("a", date(2023, 6, 1)),
            sw("b", date(2023, 5, 1)),
            sw("c", date(2023, 9, 1)),  # on the day care ended
            sw("d", date(2023, 9, 2)),  # only after care ended
        ],
    )
    assert rows(findings) == [2, 4]


def test_from_2024_25_only_recent_episodes():
    findings = run(
        logic,
        2025,
        Episodes=[
            episode("a", date(2020, 1, 1), date(2023, 3, 31), rec="E4A"),  # row 1 PASS: too old
            episode("b", date(2020, 1, 1), date(2023, 4, 1), rec="E4A"),  # row 2 FAIL: in range
        ],
        SWEpisodes=[],
    )
    assert rows(findings) == [2]

"""431: RNE S although the previous episode ran to this one's start."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_431 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_a_new_start_must_follow_a_gap():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # row 1 PASS: first
            episode("a", date(2022, 6, 1), rne="S"),  # row 2 FAIL: previous ended the same day
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # row 3 PASS
            episode("b", date(2022, 6, 2), rne="S"),  # row 4 PASS: the day after
            episode("c", date(2022, 4, 1), date(2022, 7, 1), rec="E4A"),  # row 5 PASS
            episode("c", date(2022, 6, 1), rne="S"),  # row 6 FAIL: previous ended later still
            episode("d", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 7 PASS
            episode("d", date(2022, 6, 1), rne="P"),  # row 8 PASS: a change, not a start
            episode("e", date(2022, 4, 1)),  # row 9 PASS: open (rule 501's concern)
            episode("e", date(2022, 6, 1), rne="S"),  # row 10 PASS here
        ],
    )
    assert rows(findings) == [2, 6]
    assert findings[0].value == "2022-06-01"


def test_episodes_are_ordered_by_start_not_by_file():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 6, 1), rne="S"),  # row 1 FAIL: row 2 comes first by date
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # row 2 PASS
        ],
    )
    assert rows(findings) == [1]

"""426: V3 and V4 short breaks for one child in one year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_426 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_every_short_break_episode_of_a_child_with_both_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 5, 3), ls="V3", rec="E4A"),  # row 1 FAIL
            episode("a", date(2022, 6, 1), ls="V4"),  # row 2 FAIL: a has V3 and V4
            episode("a", date(2021, 6, 1), date(2022, 4, 1), ls="C2", rec="E4A"),  # row 3 PASS: C2
            episode("b", date(2022, 5, 1), date(2022, 5, 3), ls="V3", rec="E4A"),  # row 4 PASS
            episode("b", date(2022, 6, 1), date(2022, 6, 3), ls="V3", rec="E4A"),  # row 5 PASS
            episode("c", date(2022, 6, 1), ls="V4"),  # row 6 PASS: V4 only
        ],
    )
    assert rows(findings) == [1, 2]
    assert {f.child for f in findings} == {"a"}

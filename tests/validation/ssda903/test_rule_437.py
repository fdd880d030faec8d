"""437: no episodes after a death (E2) or an age assessment of 18 or over (E15)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_437 import logic
from tests.validation.ssda903._dfe_mid import episode, ordered, rows, run


def test_a_death_or_age_assessment_must_end_the_childs_episodes():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="E2"),  # row 1 FAIL: row 2 later
            episode("a", date(2022, 7, 1)),  # row 2 PASS itself
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="E15"),  # row 3 PASS: the last
            episode("c", date(2022, 7, 1)),  # row 4 PASS
            episode("c", date(2022, 4, 1), date(2022, 6, 1), rec="E15"),  # row 5 FAIL: row 4 later
            episode("d", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # row 6 PASS: went home
            episode("d", date(2022, 7, 1)),  # row 7 PASS
        ],
    )
    assert rows(findings) == [1, 5]
    assert [f.value for f in ordered(findings)] == ["E2", "E15"]

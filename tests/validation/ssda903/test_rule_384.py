"""384: a short break in long-term fostering."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_384 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_short_breaks_not_long_term_fostering():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", place="U1"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), ls="V4", place="U4"),  # row 2 FAIL
            episode("c", date(2022, 5, 1), ls="V3", place="U6"),  # row 3 PASS
            episode("d", date(2022, 5, 1), ls="C2", place="U1"),  # row 4 PASS
        ],
    )
    assert rows(findings) == [1, 2]

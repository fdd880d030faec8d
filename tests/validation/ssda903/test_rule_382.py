"""382: a short break in a temporary placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_382 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_short_breaks_are_not_temporary():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", place="T0"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), ls="V4", place="U4"),  # row 2 PASS
            episode("c", date(2022, 5, 1), ls="C2", place="T0"),  # row 3 PASS
        ],
    )
    assert rows(findings) == [1]

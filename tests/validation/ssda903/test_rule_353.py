"""353: an episode before 14 October 1991."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_353 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_children_act_start():
    findings = run(
        logic,
        2018,
        Episodes=[
            episode("a", date(1991, 10, 14)),  # row 1 PASS: the day it came into force
            episode("b", date(1991, 10, 13)),  # row 2 FAIL
        ],
    )
    assert rows(findings) == [2]

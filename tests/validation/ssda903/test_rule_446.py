"""446: E1 (placement order) on an episode starting before December 2005."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_446 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_e1_before_december_2005_is_reported():
    findings = run(
        logic,
        2018,
        Episodes=[
            episode("a", date(2005, 11, 30), ls="E1"),  # row 1 FAIL: the day before December
            episode("b", date(2005, 12, 1), ls="E1"),  # row 2 PASS: December 2005
            episode("c", date(2005, 11, 30), ls="D1"),  # row 3 PASS: a freeing order
        ],
    )
    assert rows(findings) == [1]

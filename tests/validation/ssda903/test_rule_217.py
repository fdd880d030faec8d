"""217: A3/A5 placements start with RNE S, T or U."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_217 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_placed_with_current_foster_carers():
    findings = run(
        logic,
        2018,
        Episodes=[
            episode("a", date(2017, 5, 1), place="A3", rne="U"),  # row 1 PASS
            episode("b", date(2017, 5, 1), place="A5", rne="P"),  # row 2 FAIL: new carers?
            episode("c", date(2015, 3, 31), place="A3", rne="P"),  # row 3 PASS: before April 2015
            episode("d", date(2015, 4, 1), place="A5", rne="L"),  # row 4 FAIL: from 1 April 2015
            episode("e", date(2017, 5, 1), place="A4", rne="P"),  # row 5 PASS: other carers
        ],
    )
    assert rows(findings) == [2, 4]

"""607: a girl ceased to be looked after without the mother item."""

from datetime import date

import pytest

from safeboard.validation.rules.ssda903.rule_607 import logic
from tests.validation.ssda903._dfe_high import episode, header, rows, run


@pytest.mark.parametrize(
    ("year", "girl", "boy"), [(2019, "2", "1"), (2024, "2", "1"), (2025, "F", "M")]
)
def test_a_girl_leaving_care_needs_the_mother_item(year, girl, boy):
    start = date(year - 1, 4, 1)
    findings = run(
        logic,
        year,
        Header=[
            header("a", sex=girl, MOTHER="0"),  # row 1 PASS: mother item given
            header("b", sex=girl),  # row 2 FAIL: left care this year, no mother item
            header("c", sex=boy),  # row 3 PASS: a boy
            header("d", sex=girl),  # row 4 PASS: her episode ended with X1 (carries on)
            header("e", sex=girl),  # row 5 PASS: left care before this year
            header("f", sex=girl),  # row 6 PASS: a short break
            header("g", sex=girl),  # row 7 PASS: still looked after
        ],
        Episodes=[
            episode("a", date(2015, 1, 1), start, rec="E4A"),
            episode("b", date(2015, 1, 1), start, rec="E4A"),  # on the year's first day
            episode("c", date(2015, 1, 1), start, rec="E4A"),
            episode("d", date(2015, 1, 1), start, rec="X1"),
            episode("e", date(2015, 1, 1), date(year - 1, 3, 31), rec="E4A"),
            episode("f", date(2015, 1, 1), start, rec="E4A", ls="V3"),
            episode("g", date(2015, 1, 1)),
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].table == "Header"

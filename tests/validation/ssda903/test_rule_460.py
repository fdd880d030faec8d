"""460: E17 (staying put at 18 or over) for a child under 18."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_460 import logic
from tests.validation.ssda903._dfe_mid import episode, header, rows, run


def test_staying_put_before_the_18th_birthday_is_reported():
    # Every child born in June 2004 (stored as 1 June): certainly 18 only by 30 June 2022.
    findings = run(
        logic,
        2023,
        Header=[header(child, dob=date(2004, 6, 1)) for child in "abcd"],
        Episodes=[
            episode("a", date(2020, 1, 1), date(2022, 5, 31), rec="E17"),  # row 1 FAIL: under 18
            episode("b", date(2020, 1, 1), date(2022, 6, 1), rec="E17"),  # row 2 PASS: maybe 18
            episode("c", date(2020, 1, 1), date(2022, 9, 1), rec="E17"),  # row 3 PASS: 18
            episode("d", date(2020, 1, 1), date(2022, 5, 31), rec="E4A"),  # row 4 PASS: not E17
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "2022-05-31"
    assert findings[0].table == "Episodes"

"""210: UN4 for a child looked after more than a week at 31 March."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_210 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_un4_only_for_the_last_weeks_arrivals():
    findings = run(
        logic,
        2023,
        Header=[header(c, UPN_UNKNOWN="UN4") for c in "abcd"] + [header("e", UPN_UNKNOWN="UN1")],
        Episodes=[
            episode("a", date(2023, 3, 23)),  # a FAIL: in care since 23 March
            episode("b", date(2023, 3, 24)),  # b PASS: came into care a week before 31 March
            episode("c", date(2022, 5, 1), date(2022, 9, 1), rec="E4A"),  # c PASS: left care
            episode("d", date(2021, 5, 1), date(2023, 3, 25), rec="E4A"),  # d: left, and...
            episode("d", date(2023, 3, 26)),  # ...d PASS: back in care on 26 March
            episode("e", date(2020, 1, 1)),  # e PASS: another code
        ],
    )
    assert rows(findings, "Header") == [1]

"""331: matched with adopters after the adoptive placement began."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_331 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_match_before_the_placement():
    findings = run(
        logic,
        2023,
        AD1=[
            {"child": "a", "DATE_MATCH": date(2022, 5, 1)},  # row 1 PASS: matched first
            {"child": "b", "DATE_MATCH": date(2022, 7, 1)},  # row 2 FAIL: matched after
        ],
        Episodes=[
            episode("a", date(2022, 5, 1), date(2023, 1, 1), place="A4", rec="E11"),  # row 1 PASS
            episode("b", date(2022, 6, 1), date(2023, 1, 1), place="A4", rec="E12"),  # row 2 FAIL
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 3 PASS: not adoption
        ],
    )
    assert rows(findings, "AD1") == [2]
    assert rows(findings, "Episodes") == [2]

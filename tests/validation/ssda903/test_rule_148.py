"""148: DEC and REC both or neither."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_148 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_end_date_and_reason_go_together():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 6, 1), rec="E4A"),  # row 1 PASS: both
            episode("b", date(2022, 5, 1)),  # row 2 PASS: neither (open)
            episode("c", date(2022, 5, 1), date(2022, 6, 1)),  # row 3 FAIL: date, no reason
            episode("d", date(2022, 5, 1), rec="E2"),  # row 4 FAIL: reason, no date
        ],
    )
    assert rows(findings) == [3, 4]

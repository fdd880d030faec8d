"""217t: P2 after 28 October 2023 (2023-24 only)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_217t import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_p2_ends_by_28_october_2023():
    findings = run(
        logic,
        2024,
        Episodes=[
            episode("a", date(2023, 5, 1), date(2023, 10, 28), place="P2", rec="X1"),  # row 1 PASS
            episode("b", date(2023, 5, 1), date(2023, 10, 29), place="P2", rec="X1"),  # row 2 FAIL
            episode("c", date(2023, 5, 1), place="P2"),  # row 3 FAIL: still open
            episode("d", date(2023, 5, 1), place="H5"),  # row 4 PASS
        ],
    )
    assert rows(findings) == [2, 3]
    assert logic.rule.first_year == logic.rule.last_year == 2024

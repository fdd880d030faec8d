"""563: a ceased decision needs the decision's own date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_563 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run


def test_a_ceased_decision_without_its_date_is_reported():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2022, 5, 1), date(2022, 8, 1), "RD1"),  # row 1 PASS
            placed("b", None, date(2022, 8, 1), "RD1"),  # row 2 FAIL
            placed("c", None, None, "RD1"),  # row 3 PASS: not both ceased items (another rule's)
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "RD1"

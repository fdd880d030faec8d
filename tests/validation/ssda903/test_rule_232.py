"""232: sex reported as unknown (a query, from 2024-25)."""

from safeboard.validation.rules.ssda903.rule_232 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_unknown_sex_is_queried():
    findings = run(logic, 2025, Header=[header("a", sex="U"), header("b", sex="F")])  # FAIL, PASS
    assert rows(findings) == [1]
    assert findings[0].severity.value == "warning"

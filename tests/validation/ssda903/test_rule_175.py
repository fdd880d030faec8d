"""175: NB_ADOPTR is not a valid code."""

from safeboard.validation.rules.ssda903.rule_175 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_nb_adoptr_codes():
    findings = run(
        logic,
        2023,
        AD1=[
            {"child": "c1", "NB_ADOPTR": "1"},  # row 1 PASS
            {"child": "c2", "NB_ADOPTR": "2"},  # row 2 PASS
            {"child": "c3", "NB_ADOPTR": "3"},  # row 3 FAIL
            {"child": "c4", "NB_ADOPTR": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "NB_ADOPTR"

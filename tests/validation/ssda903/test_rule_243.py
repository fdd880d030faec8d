"""243: URN for a placement outside England (from 2025-26)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_243 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_ofsted_registers_english_providers():
    findings = run(
        logic,
        2026,
        Episodes=[
            episode("a", date(2025, 5, 1), place="K2", URN="SC1", PL_POST="G12"),  # row 1 FAIL
            episode("b", date(2025, 5, 1), place="K2", URN="SC1", PL_POST="BT1"),  # row 2 FAIL
            episode("c", date(2025, 5, 1), place="K2", URN="SC1", PL_POST="GL1"),  # row 3 PASS
            episode("d", date(2025, 5, 1), place="K2", URN=None, PL_POST="SA1"),  # row 4 PASS
            episode("e", date(2025, 5, 1), place="K2", URN="SC1", PL_POST=None),  # row 5 PASS
        ],
    )
    assert rows(findings) == [1, 2]

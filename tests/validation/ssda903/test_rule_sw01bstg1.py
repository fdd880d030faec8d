"""SW01bSTG1: an episode from April 2023 without identifier, start or reason."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw01bstg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_identifier_start_and_reason_from_april_2023():
    findings = run(
        logic,
        2025,
        SWEpisodes=[
            sw("a", date(2023, 4, 1)),  # row 1 PASS: complete
            sw("b", date(2023, 4, 1), reason=None),  # row 2 FAIL: no reason
            sw("c", date(2024, 1, 1), sw_id=None),  # row 3 FAIL: no identifier
            sw("d", date(2023, 3, 31), reason=None),  # row 4 PASS: before April 2023
            sw("e", None),  # row 5 FAIL: no start
        ],
    )
    assert rows(findings) == [2, 3, 5]

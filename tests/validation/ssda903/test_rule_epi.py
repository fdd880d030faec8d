"""EPI: a Header child with neither episodes nor care leaver information."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_epi import logic
from tests.validation.ssda903._dfe_high import episode, header, oc3, rows, run


def test_a_header_child_has_episodes_or_care_leaver_information():
    findings = run(
        logic,
        2023,
        Header=[
            header("a"),  # row 1 PASS: has episodes
            header("b"),  # row 2 PASS: a care leaver
            header("c"),  # row 3 FAIL: neither
        ],
        Episodes=[episode("a", date(2022, 1, 1))],
        OC3=[oc3("b")],
    )
    assert rows(findings) == [3]
    assert findings[0].severity.value == "warning"

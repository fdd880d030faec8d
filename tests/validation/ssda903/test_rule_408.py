"""408: placed for adoption under a placement order (A5/A6) without legal status E1."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_408 import logic
from tests.validation.ssda903._dfe_mid import episode, ordered, rows, run


def test_a5_a6_need_a_placement_order():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), place="A5", ls="E1"),  # row 1 PASS: placement order
            episode("b", date(2022, 5, 1), place="A6", ls="C2"),  # row 2 FAIL: care order only
            episode("c", date(2022, 5, 1), place="A6", ls=None),  # row 3 FAIL: blank status
            episode("d", date(2022, 5, 1), place="A3", ls="C2"),  # row 4 PASS: A3 is with consent
            episode("e", date(2022, 5, 1), place="U4", ls="C2"),  # row 5 PASS: not adoption
        ],
    )
    assert rows(findings) == [2, 3]
    assert [f.value for f in ordered(findings)] == ["C2", ""]

"""436: RNE T or B (placement and legal status) must show both changes."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_436 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 4, 1)
CHANGE = date(2022, 6, 1)
BEFORE = {"ls": "C1", "place": "U4", "provider": "PR4", "URN": None, "PL_POST": None}


def pair(child, rne, **after):
    return [
        episode(child, START, CHANGE, rec="X1", **BEFORE),
        episode(child, CHANGE, rne=rne, **{**BEFORE, **after}),
    ]


def test_both_the_legal_status_and_the_placement_change():
    findings = run(
        logic,
        2023,
        Episodes=[
            *pair("a", "T", ls="C2", place="K2"),  # row 2 PASS: both changed
            *pair("b", "T", place="K2"),  # row 4 FAIL: the legal status did not change
            *pair("c", "B", ls="E1"),  # row 6 FAIL: the placement did not change
            *pair("d", "B", ls="E1", place="A5"),  # row 8 PASS: same carers, adoption placement
            *pair("e", "T", ls=None, place="K2"),  # row 10 PASS: C1 -> blank is a change
        ],
    )
    assert rows(findings) == [4, 6]


def test_rne_u_is_rule_435s_not_a_fault_here():
    # The D2I validator reports every correct U episode under 436; DfE's rule is about T and B.
    findings = run(logic, 2023, Episodes=pair("a", "U", place="A5"))  # row 2 PASS
    assert findings == []

"""435: RNE P or U (placement only) must show the same LS and a new placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_435 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 4, 1)
CHANGE = date(2022, 6, 1)
BEFORE = {"ls": "C2", "place": "U4", "provider": "PR4", "URN": "XXXXXXX", "PL_POST": None}


def pair(child, rne, **after):
    return [
        episode(child, START, CHANGE, rec="X1", **BEFORE),
        episode(child, CHANGE, rne=rne, **{**BEFORE, **after}),
    ]


def test_the_placement_changes_and_the_legal_status_does_not():
    findings = run(
        logic,
        2023,
        Episodes=[
            *pair("a", "P", place="K2", provider="PR1", URN="SC1"),  # row 2 PASS
            *pair("b", "P", ls="C1", place="K2"),  # row 4 FAIL: the legal status changed
            *pair("c", "P"),  # row 6 FAIL: nothing changed (postcodes blank on both)
            *pair("d", "U", place="A5"),  # row 8 PASS: same carers, now placed for adoption
            *pair("e", "U"),  # row 10 FAIL: U with nothing changed
            *pair("f", "P", PL_POST="CV34"),  # row 12 PASS: a postcode where there was none
        ],
    )
    assert rows(findings) == [4, 6, 10]


def test_rne_t_is_rule_436s_not_a_fault_here():
    # The D2I validator reports every correct T episode under 435; DfE's rule is about P and U.
    findings = run(logic, 2023, Episodes=pair("a", "T", ls="C1", place="K2"))  # row 2 PASS
    assert findings == []


def test_the_same_postcode_district_may_hide_a_move():
    # Postcodes are kept to the outward code: CV34 and CV34 may be two streets apart.
    findings = run(
        logic,
        2023,
        Episodes=[
            *pair("a", "P", PL_POST="CV34"),  # rows 1-2: row 1 has no postcode: a change
            episode("b", START, CHANGE, rec="X1", **{**BEFORE, "PL_POST": "CV34"}),  # row 3
            episode("b", CHANGE, rne="P", **{**BEFORE, "PL_POST": "CV34"}),  # row 4 PASS: unknown
        ],
    )
    assert findings == []

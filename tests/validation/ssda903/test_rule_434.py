"""434: RNE L (legal status only) must show a new LS and the same placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_434 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 4, 1)
CHANGE = date(2022, 6, 1)


def pair(child, **after):
    """A child's first episode (C1, U4, PR1, URN SC1, CV34) and the L episode that follows."""
    before = {"ls": "C1", "place": "U4", "provider": "PR1", "URN": "SC1", "PL_POST": "CV34"}
    later = {**before, "ls": "C2", **after}
    return [
        episode(child, START, CHANGE, rec="X1", **before),
        episode(child, CHANGE, rne="L", **later),
    ]


def test_the_legal_status_changes_and_nothing_else():
    findings = run(
        logic,
        2023,
        Episodes=[
            *pair("a"),  # rows 1-2 PASS: C1 -> C2, same placement
            *pair("b", ls="C1"),  # row 4 FAIL: the legal status did not change
            *pair("c", place="K2"),  # row 6 FAIL: the placement type changed
            *pair("d", provider="PR4"),  # row 8 FAIL: the provider changed
            *pair("e", URN="SC2"),  # row 10 FAIL: the URN changed
            *pair("f", PL_POST="B90"),  # row 12 FAIL: another postcode district
            *pair("g", URN=None),  # row 14 FAIL: the URN was dropped
        ],
    )
    assert rows(findings) == [4, 6, 8, 10, 12, 14]
    assert {f.value for f in findings} == {"L"}


def test_blank_equals_blank_and_the_first_episode_is_not_compared():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, CHANGE, rec="X1", ls="C1", URN=None, PL_POST=None),  # row 1
            episode("a", CHANGE, rne="L", ls="C2", URN=None, PL_POST=None),  # row 2 PASS
            episode("b", CHANGE, rne="L"),  # row 3 PASS: nothing earlier in the return
        ],
    )
    assert findings == []

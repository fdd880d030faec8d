"""406: no placement distance (so not both postcodes) for a child who is or was UASC."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_406 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def uasc(child):
    return {"child": child, "SEX": "1", "DOB": date(2006, 1, 1), "DUC": date(2024, 1, 1)}


def test_both_postcodes_for_a_uasc_child_are_reported():
    findings = run(
        logic,
        2023,
        UASC=[uasc("a"), uasc("b")],
        Episodes=[
            episode("a", START, HOME_POST="CV34", PL_POST="B90"),  # row 1 FAIL: distance known
            episode("b", START, HOME_POST=None, PL_POST="B90"),  # row 2 PASS: no home postcode
            episode("c", START, HOME_POST="CV34", PL_POST="B90"),  # row 3 PASS: not UASC
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "CV34"
    assert "[NOTE" not in findings[0].message


def test_a_child_uasc_last_year_counts_when_last_years_return_is_there():
    tables = {
        "UASC": [],
        "Episodes": [episode("a", START, HOME_POST="CV34", PL_POST="B90")],  # row 1
    }
    assert run(logic, 2023, **tables) == []  # PASS: no sign the child was ever UASC
    assert rows(run(logic, 2023, prev_UASC=[uasc("a")], **tables)) == [1]  # FAIL: formerly UASC

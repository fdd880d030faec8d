"""1012: other data for a child with no episodes this year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1012 import logic
from tests.validation.ssda903._dfe_high import episode, run


def test_only_care_leaver_data_without_episodes():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2021, 1, 1))],
        PlacedAdoption=[
            {"child": "a", "DATE_PLACED": date(2022, 1, 1)},  # row 1 PASS: has episodes
            {"child": "z", "DATE_PLACED": date(2022, 1, 1)},  # row 2 FAIL
        ],
        Missing=[{"child": "z", "MIS_START": date(2022, 1, 1)}],  # row 1 FAIL
        Reviews=[{"child": "a", "REVIEW": date(2022, 1, 1)}],  # row 1 PASS
        AD1=[{"child": "z"}],  # row 1 FAIL
        PrevPerm=[{"child": "z", "PREV_PERM": "Z1"}],  # row 1 FAIL
        OC2=[{"child": "z"}],  # row 1 FAIL
        OC3=[{"child": "z", "IN_TOUCH": "YES"}],  # row 1 PASS: care leaver data is allowed
    )
    assert sorted((f.table, f.position) for f in findings) == [
        ("AD1", "row 1"),
        ("Missing", "row 1"),
        ("OC2", "row 1"),
        ("PlacedAdoption", "row 2"),
        ("PrevPerm", "row 1"),
    ]

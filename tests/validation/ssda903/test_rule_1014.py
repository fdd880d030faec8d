"""1014: UASC information for a care leaver."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1014 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_no_uasc_row_for_a_care_leaver_only():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 4, 1), rec="E4A"),  # a: in care 1 April 2022
            episode("b", date(2020, 1, 1), date(2022, 3, 31), rec="E4A"),  # b: left before the year
            episode("d", date(2021, 1, 1)),  # d: still in care
        ],
        OC3=[
            oc3("a"),
            oc3("b"),
            oc3("c"),
            oc3("d"),
            oc3("e", in_touch=None, activ=None, accom=None),
        ],
        UASC=[
            {"child": "a", "DUC": date(2021, 6, 1)},  # row 1 PASS: looked after in the year
            {"child": "b", "DUC": date(2021, 6, 1)},  # row 2 FAIL: care leaver only
            {"child": "c", "DUC": date(2021, 6, 1)},  # row 3 FAIL: no episodes at all
            {"child": "d", "DUC": date(2021, 6, 1)},  # row 4 PASS
            {"child": "e", "DUC": date(2021, 6, 1)},  # row 5 PASS: no care leaver data given
        ],
    )
    assert rows(findings) == [2, 3]

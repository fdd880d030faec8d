"""165: the mother item: invalid, for a boy, or missing for a looked-after girl."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_165 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_mother_item_by_sex_and_care_in_the_year():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", sex="2", MOTHER="0"),  # row 1 PASS: girl in care, answered
            header("b", sex="2", MOTHER=None),  # row 2 FAIL: girl in care, blank
            header("c", sex="1", MOTHER="0"),  # row 3 FAIL: given for a boy
            header("d", sex="2", MOTHER="Y"),  # row 4 FAIL: not 0 or 1
            header("e", sex="2", MOTHER=None),  # row 5 PASS: only short breaks this year
            header("f", sex="2", MOTHER="1"),  # row 6 FAIL: left care last year, a care leaver
            header("g", sex="2", MOTHER=None),  # row 7 PASS: left care last year, blank
            header("h", sex="1", MOTHER=None),  # row 8 PASS: boy, blank
        ],
        Episodes=[
            episode("a", date(2021, 1, 1)),
            episode("b", date(2022, 5, 1)),
            episode("c", date(2022, 5, 1)),
            episode("d", date(2022, 5, 1)),
            episode("e", date(2022, 5, 1), date(2022, 5, 3), ls="V3", rec="E4A"),
            episode("f", date(2020, 1, 1), date(2022, 3, 31), rec="E5"),
            episode("g", date(2020, 1, 1), date(2022, 3, 31), rec="E5"),
        ],
        OC3=[
            {"child": "f", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"child": "g", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
        ],
    )
    assert rows(findings) == [2, 3, 4, 6]


def test_from_2024_25_the_sex_codes_are_letters():
    findings = run(
        logic,
        2025,
        Header=[
            header("a", sex="M", MOTHER="0"),  # row 1 FAIL: given for a boy
            header("b", sex="F", MOTHER=None),  # row 2 FAIL: looked-after girl, blank
        ],
        Episodes=[episode("a", date(2024, 5, 1)), episode("b", date(2024, 5, 1))],
        OC3=[],
    )
    assert rows(findings) == [1, 2]

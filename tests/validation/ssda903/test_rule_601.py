"""601: adopted in the year, adoption details (AD1) incomplete."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_601 import logic
from tests.validation.ssda903._dfe_high import episode, run

COMPLETE = {
    "DATE_INT": date(2021, 5, 1),
    "DATE_MATCH": date(2021, 9, 1),
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF",
    "LS_ADOPTR": "L11",
}


def test_an_adoption_in_the_year_needs_every_adoption_item():
    findings = run(
        logic,
        2023,  # 1 April 2022 to 31 March 2023
        Episodes=[
            episode("a", date(2020, 1, 1), date(2022, 6, 1), rec="E11"),  # row 1: a adopted
            episode(
                "b", date(2020, 1, 1), date(2023, 3, 31), rec="E12"
            ),  # row 2: b adopted, last day
            episode(
                "c", date(2020, 1, 1), date(2022, 3, 31), rec="E11"
            ),  # row 3: c adopted LAST year
            episode("d", date(2020, 1, 1), date(2022, 4, 1), rec="E11"),  # row 4 FAIL: no AD1 row
            episode("e", date(2020, 1, 1), date(2022, 5, 1), rec="E4A"),  # row 5: e went home
        ],
        AD1=[
            {"child": "a", **COMPLETE},  # row 1 PASS: complete
            {"child": "b", **COMPLETE, "LS_ADOPTR": None},  # row 2 FAIL: an item missing
            {"child": "c", **COMPLETE, "NB_ADOPTR": None},  # row 3 PASS: adoption not this year
            {
                "child": "e",
                **COMPLETE,
                "DATE_INT": None,
            },  # row 4 PASS: e not adopted (602's concern)
        ],
    )
    assert [(f.table, f.position) for f in findings] == [("AD1", "row 2"), ("Episodes", "row 4")]

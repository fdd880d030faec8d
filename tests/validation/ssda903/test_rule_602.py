"""602: AD1 details for a child not adopted in the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_602 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def test_adoption_details_need_an_adoption_in_the_year():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1), date(2022, 6, 1), rec="E12"),  # a adopted this year
            episode("b", date(2020, 1, 1), date(2022, 3, 31), rec="E11"),  # b adopted last year
            episode("c", date(2020, 1, 1), date(2022, 6, 1), rec="E4A"),  # c went home
            episode("d", date(2020, 1, 1), rec=None),  # d still looked after
        ],
        AD1=[
            {"child": "a", "DATE_INT": date(2021, 5, 1)},  # row 1 PASS: adopted this year
            {"child": "b", "DATE_MATCH": date(2021, 5, 1)},  # row 2 FAIL: adopted last year
            {"child": "c", "NB_ADOPTR": "1"},  # row 3 FAIL: not adopted
            {"child": "d"},  # row 4 PASS: every item blank says nothing
            {"child": "z", "SEX_ADOPTR": "MM"},  # row 5 FAIL: no episodes at all
        ],
    )
    assert rows(findings) == [2, 3, 5]

"""1016: care leaver information for a 17- or 18-year-old who left care after the birthday."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1016 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_no_care_leaver_information_after_leaving_care_after_the_birthday():
    # Collection year 2024: 31 March 2024.
    findings = run(
        logic,
        2024,
        OC3=[
            oc3("a", DOB=date(2006, 6, 1)),  # row 1 FAIL: 17 in June 2023, left in July 2023
            oc3("b", DOB=date(2006, 6, 1)),  # row 2 PASS: left 20 June, the birthday may be later
            oc3("c", DOB=date(2006, 6, 1)),  # row 3 PASS: left in May 2023, before 17
            oc3("d", DOB=date(2005, 6, 1)),  # row 4 FAIL: 18 in June 2023, left in August
            oc3("e", DOB=date(2005, 6, 1)),  # row 5 PASS: 18, left after 17 but before 18
            oc3("f", DOB=date(2004, 6, 1)),  # row 6 PASS: 19
        ],
        Episodes=[
            episode("a", date(2020, 1, 1), date(2023, 7, 1), rec="E5"),
            episode("b", date(2020, 1, 1), date(2023, 6, 20), rec="E5"),
            episode("c", date(2020, 1, 1), date(2023, 5, 1), rec="E5"),
            episode("d", date(2020, 1, 1), date(2023, 8, 1), rec="E5"),
            episode("e", date(2020, 1, 1), date(2023, 5, 1), rec="E5"),
            episode("f", date(2020, 1, 1), date(2023, 8, 1), rec="E5"),
        ],
    )
    assert rows(findings) == [1, 4]


def test_the_rule_starts_with_2023_24():
    assert logic.rule.first_year == 2024

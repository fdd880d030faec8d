"""1007: care leaver information for a 17- or 18-year-old looked after on the birthday."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1007 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_no_care_leaver_information_while_looked_after_on_the_birthday():
    # Collection year 2023: 31 March 2023. Born June 2005: 17 in June 2022.
    june_2005 = date(2005, 6, 1)
    findings = run(
        logic,
        2023,
        OC3=[
            oc3("a", DOB=june_2005),  # row 1 FAIL: in care all June 2022 (episode open)
            oc3("b", DOB=june_2005),  # row 2 PASS: left care in May 2022
            oc3("c", DOB=june_2005),  # row 3 PASS: left care 15 June 2022, birthday may be after
            oc3(
                "d", DOB=june_2005, in_touch=None, activ=None, accom=None
            ),  # row 4 PASS: nothing given
            oc3(
                "e", DOB=date(2004, 2, 1)
            ),  # row 5 FAIL: 19 in Feb 2023? no: 19 only Feb 2023 -> see below
            oc3("f", DOB=date(2006, 4, 1)),  # row 6 PASS: 16 at 31 March 2023
            oc3("g", DOB=date(2004, 3, 1)),  # row 7 PASS: 19 in March 2023
        ],
        Episodes=[
            episode("a", date(2021, 1, 1)),
            episode("b", date(2021, 1, 1), date(2022, 5, 31), rec="E4A"),
            episode("c", date(2021, 1, 1), date(2022, 6, 15), rec="E4A"),
            episode("d", date(2021, 1, 1)),
            episode("e", date(2021, 1, 1)),
            episode("f", date(2021, 1, 1)),
            episode("g", date(2021, 1, 1)),
        ],
    )
    assert rows(findings) == [1]


def test_an_18_year_old_looked_after_on_the_18th_birthday():
    findings = run(
        logic,
        2023,
        # Born October 2004: 18 in October 2022, aged 18 at 31 March 2023.
        OC3=[oc3("a", DOB=date(2004, 10, 1)), oc3("b", DOB=date(2004, 10, 1))],
        Episodes=[
            episode("a", date(2022, 9, 30), date(2022, 11, 1), rec="E5"),  # row 1 FAIL: all October
            episode(
                "b", date(2022, 10, 2), date(2022, 11, 1), rec="E5"
            ),  # row 2 PASS: from 2 October
        ],
    )
    assert rows(findings) == [1]

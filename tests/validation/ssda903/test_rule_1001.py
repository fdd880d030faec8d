"""1001: care leaver information for a young person who was not a relevant child."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1001 import logic
from tests.validation.ssda903._dfe_high import episode, header, oc3, rows, run

# Collection year 2023 (to 31 March 2023). Every young person is born in May 2005:
# 14 on 1 May 2019 at the earliest, 16 on 1 May 2021, 20 on 1 May 2025.
DOB = date(2005, 5, 1)


def test_a_care_leaver_was_looked_after_13_weeks_from_14_and_a_day_from_16():
    findings = run(
        logic,
        2023,
        Header=[header(c, dob=DOB) for c in "abcdefg"] + [header("h", dob=date(2002, 3, 1))],
        Episodes=[
            # a: 1 Jan to 30 June 2022 (after 16): 180 days. PASS.
            episode("a", date(2022, 1, 1), date(2022, 6, 30), rec="E4A"),
            # b: 1 May 2021 to 29 July 2021 is 89 days; with 2 more in 2022, 91. PASS.
            episode("b", date(2022, 4, 2), date(2022, 4, 4), rec="E4A"),
            # c: only 60 days. FAIL.
            episode("c", date(2022, 4, 2), date(2022, 6, 1), rec="E4A"),
            # d: a year, but adopted at the end. FAIL.
            episode("d", date(2021, 6, 1), date(2022, 6, 1), rec="E11"),
            # e: a year of short breaks only. FAIL.
            episode("e", date(2021, 6, 1), date(2022, 6, 1), ls="V3", rec="E8"),
            # f: still looked after from 1 March 2023: 30 days to 31 March. FAIL.
            episode("f", date(2023, 3, 1)),
            # g: the same episode in both years counts once: 1 Feb to 1 May 2022 is 89 days. FAIL.
            episode("g", date(2022, 2, 1), date(2022, 5, 1), rec="E4A"),
        ],
        prev_Episodes=[
            episode("b", date(2021, 5, 1), date(2021, 7, 29), rec="E4A"),
            episode("g", date(2022, 2, 1)),  # open at last year's end, ended this year
        ],
        OC3=[oc3(c) for c in "abcdefgh"],  # h: 20 by 31 March 2023, not checked (row 8 PASS)
    )
    assert rows(findings) == [3, 4, 5, 6, 7]
    assert findings[0].severity.value == "warning"


def test_time_before_16_alone_is_not_enough():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=DOB)],
        # 1 June 2019 to 30 April 2021: long, but all before the 16th birthday. FAIL.
        Episodes=[episode("a", date(2019, 6, 1), date(2021, 4, 30), rec="E4A")],
        prev_Episodes=[episode("z", date(2020, 1, 1))],
        OC3=[oc3("a")],
    )
    assert rows(findings) == [1]


def test_without_last_years_return_the_rule_does_not_run():
    findings = run(
        logic,
        2023,
        Header=[header("c", dob=DOB)],
        Episodes=[episode("c", date(2022, 4, 2), date(2022, 6, 1), rec="E4A")],
        OC3=[oc3("c")],
    )
    assert findings == []

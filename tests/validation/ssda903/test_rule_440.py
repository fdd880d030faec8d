"""440: PN0 (under 4) for a child who was 4 or over at the review."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_440 import logic
from tests.validation.ssda903._dfe_mid import ordered, rows, run


def review(child, on, code, dob=date(2018, 6, 1)):
    return {"child": child, "DOB": dob, "REVIEW": on, "REVIEW_CODE": code}


def test_pn0_after_the_4th_birthday_is_reported():
    # Born in June 2018 (stored as 1 June): 4 by 30 June 2022 whatever the day.
    findings = run(
        logic,
        2023,
        Reviews=[
            review("a", date(2022, 5, 31), "PN0"),  # row 1 PASS: before the birth month
            review("b", date(2022, 6, 29), "PN0"),  # row 2 PASS: maybe born on 30 June
            review("c", date(2022, 6, 30), "PN0"),  # row 3 FAIL: 4 whatever the day
            review("d", date(2022, 9, 1), "PN0"),  # row 4 FAIL
            review("e", date(2022, 9, 1), "PN1"),  # row 5 PASS: the right code
            review("f", date(2022, 9, 1), "PN0", dob=None),  # row 6 PASS: no birth date
        ],
    )
    assert rows(findings) == [3, 4]
    assert ordered(findings)[0].value == "2022-06-30"

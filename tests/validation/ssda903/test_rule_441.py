"""441: PN1 to PN7 (4 or over) for a child who was under 4 at the review."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_441 import logic
from tests.validation.ssda903._dfe_mid import rows, run


def review(child, on, code, dob=date(2018, 6, 1)):
    return {"child": child, "DOB": dob, "REVIEW": on, "REVIEW_CODE": code}


def test_a_4_plus_code_before_the_4th_birthday_is_reported():
    # Born in June 2018 (stored as 1 June): under 4 until 31 May 2022 whatever the day.
    findings = run(
        logic,
        2023,
        Reviews=[
            review("a", date(2022, 5, 31), "PN3"),  # row 1 FAIL: certainly under 4
            review("b", date(2022, 6, 1), "PN3"),  # row 2 PASS: maybe born on 1 June
            review("c", date(2021, 9, 1), "PN7"),  # row 3 FAIL
            review("d", date(2021, 9, 1), "PN0"),  # row 4 PASS: the right code
            review("e", date(2022, 5, 31), None),  # row 5 PASS: no code (another rule's)
        ],
    )
    assert rows(findings) == [1, 3]

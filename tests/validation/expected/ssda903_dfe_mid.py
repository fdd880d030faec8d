"""DfE's SSDA903 rules whose code's number is 400 to 599 (407 to 586, with 503A...).

Each year's number is counted by hand from the rules' first_year/last_year.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and 400 <= int(number.group()) <= 599


# Collection year (as the year it ends) -> number of active rules: 79 from
# 2017-18; 582 and 583 start with 2022-23; 445, 451, 555 and 556 end with
# 2023-24.
EXPECTED = {
    2018: 79,
    2019: 79,
    2020: 79,
    2021: 79,
    2022: 79,
    2023: 81,
    2024: 81,
    2025: 77,
    2026: 77,
}

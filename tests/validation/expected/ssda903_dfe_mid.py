"""DfE's SSDA903 rules whose code's number is 400 to 599 (406 to 586, with 503A...).

Each year's number is counted by hand from the rules' first_year/last_year.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and 400 <= int(number.group()) <= 599


# Collection year (as the year it ends) -> number of active rules: 81 from
# 2017-18; 582 and 583 start with 2022-23; 445, 451, 555 and 556 end with
# 2023-24.
EXPECTED = {
    2018: 81,
    2019: 81,
    2020: 81,
    2021: 81,
    2022: 81,
    2023: 83,
    2024: 83,
    2025: 79,
    2026: 79,
}

"""DfE's SSDA903 rules whose code's number is 400 to 599 (407 to 586, with 503A...).

Each year's number is counted by hand from the rules' first_year/last_year.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and 400 <= int(number.group()) <= 599


# Collection year (as the year it ends) -> number of active rules. 445, 451, 555
# and 556 end with 2023-24.
EXPECTED = {
    2018: 69,
    2019: 69,
    2020: 69,
    2021: 69,
    2022: 69,
    2023: 69,
    2024: 69,
    2025: 65,
    2026: 65,
}

"""DfE's SSDA903 rules whose code's number is 400 to 599 (407 to 586, with 503A...).

Each year's number is counted by hand from the rules' first_year/last_year.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and 400 <= int(number.group()) <= 599


# Collection year (as the year it ends) -> number of active rules. 445 and 451
# end with 2023-24.
EXPECTED = {
    2018: 43,
    2019: 43,
    2020: 43,
    2021: 43,
    2022: 43,
    2023: 43,
    2024: 43,
    2025: 41,
    2026: 41,
}

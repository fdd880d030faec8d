"""DfE's SSDA903 rules whose code's number is 400 to 599 (406 to 586, with 503A...).

Each year's number is counted by hand from the rules' first_year/last_year.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and 400 <= int(number.group()) <= 599


# Collection year (as the year it ends) -> number of active rules: 82 from
# 2017-18 (442 added after the comparison with D2I); 582 and 583 start with
# 2022-23; 445, 451, 555 and 556 end with 2023-24; 444 (a UPN given twice) starts
# with 2025-26. The rules on DfE's derived placement fields (PL_LA, PL_LOCATION,
# PL_DISTANCE): 411, 452, 453, 503G, 503H and 503J every year (6), 454 from 2025-26.
EXPECTED = {
    2018: 88,
    2019: 88,
    2020: 88,
    2021: 88,
    2022: 88,
    2023: 90,
    2024: 90,
    2025: 86,
    2026: 88,  # + 444, + 454
    2027: 88,  # none added or retired in 2026-27
}

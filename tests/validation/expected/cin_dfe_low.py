"""DfE's CIN census rules numbered below 8600: how many are active in each collection year.

The rule set is DfE's 2022-23 one (the first the D2I validator holds),
applied to 2017-18 to 2021-22 with those years' code lists, except the CIN
plan rules (4000 to 4017), which start with the CIN plan dates in 2021-22.
2024-25 added 1570 and 1580 (the LAchildID's length and characters).
"""

import re

KIND = "cin"


def owns(code: str) -> bool:
    match = re.fullmatch(r"(\d+)Q?", code)
    return match is not None and int(match.group(1)) < 8600


# Collection year (as the year it ends) -> number of active rules. Every year from
# 2018 to 2027 is pinned: a lower number means rules stopped applying. DfE's
# 2026-27 CIN rule set has the 2025-26 one's codes (so has D2I's).
EXPECTED = {
    **dict.fromkeys(range(2018, 2022), 35),
    # 2021-22: CIN plan dates, and 4000-4017 (14 rules) with them.
    **dict.fromkeys(range(2022, 2025), 49),
    # 2024-25: 1570 and 1580.
    2025: 51,
    2026: 51,
    2027: 51,
}

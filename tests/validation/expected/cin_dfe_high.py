"""DfE's CIN census rules numbered 8600 and above: how many are active in each collection year.

The rule set is DfE's 2022-23 one (the first the D2I validator holds),
applied to 2017-18 to 2021-22 with those years' code lists; 2024-25 added
8945Q and 8950Q (assessment factors 18A and 19A no longer to be used).
"""

import re

KIND = "cin"


def owns(code: str) -> bool:
    match = re.fullmatch(r"(\d+)Q?", code)
    return match is not None and int(match.group(1)) >= 8600


# Collection year (as the year it ends) -> number of active rules. Every year from
# 2018 to 2027 is pinned: a lower number means rules stopped applying. DfE's
# 2026-27 CIN rule set has the 2025-26 one's codes (so has D2I's).
# 56 rules of DfE's 2022-23 set in every year; 8945Q and 8950Q from 2024-25.
EXPECTED = {**dict.fromkeys(range(2018, 2025), 56), 2025: 58, 2026: 58, 2027: 58}

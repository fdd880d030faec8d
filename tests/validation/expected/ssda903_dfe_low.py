"""DfE's SSDA903 rules whose code's number is below 400 (101 to 399, with 197a, 392b...).

Each year's number is counted by hand from the rules' first_year/last_year:
rules DfE added later (217t, 230 and 347 in 2023-24; 231 and 232 in 2024-25;
233, 234, 242, 243 and 348 in 2025-26) and retired (217t, 230 and 370 after
2023-24) move it. DfE's rules in this range that are not units here, and why,
are listed in tests/validation/ssda903/test_dfe_low_every_year.py.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is not None and int(number.group()) < 400


# Collection year (as the year it ends) -> number of active rules.
# 208 (the UPN against last year's) is one of them every year since it was added.
# The rules reading Ofsted's providers' lookup (ref_providers): 219, 221, 224, 227, 228
# and 229 every year; 241 (a K3 provider's premises) from 2025-26.
URN_LOOKUP = 6
EXPECTED = {
    **dict.fromkeys(range(2018, 2024), 134 + URN_LOOKUP),
    2024: 137 + URN_LOOKUP,  # + 217t and 230 (2023-24 only), + 347 (from 2023-24)
    2025: 136 + URN_LOOKUP,  # + 231 and 232, - 217t, 230 and 370 (retired after 2023-24)
    2026: 141 + URN_LOOKUP + 1,  # + 233, 234, 242, 243 and 348; + 241 (URN lookup)
    2027: 141 + URN_LOOKUP + 1,  # none added or retired in 2026-27
}

# + 164 (the distance's range, on DfE's derived PL_DISTANCE), every year.
EXPECTED = {year: count + 1 for year, count in EXPECTED.items()}

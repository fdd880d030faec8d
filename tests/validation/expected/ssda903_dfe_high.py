"""DfE's SSDA903 rules whose code's number is 600 or more (601 to 3001), and the lettered
ones (EPI, the INT data integrity checks, NoE, the SW social worker rules).

Each year's number is counted by hand from the rules' first_year/last_year:
see EXPECTED.
"""

import re

KIND = "ssda903"


def owns(code: str) -> bool:
    number = re.match(r"\d+", code)
    return number is None or int(number.group()) >= 600


# Collection year (as the year it ends) -> number of active rules.
# 601-635: 17 rules, every year. 1000-1014 and 3001: 14 more (1008 is counted on its
# own; 1015 at the end). EPI, the 24 INT checks and NoE: 26, every year. 1016 from 2023-24.
# The social worker rules (SWEpisodes, from 2023-24): 15 in 2023-24; 13 in 2024-25 (SW01,
# SW03, SW11a and SW14 end, SW01a and SW01b start, for that year only); 16 in 2025-26
# (SW10a, SW10b, SW17, SW18 and SW19 start). D2I's SW15 and SW16a-c are added and deleted
# in the same year, so are active in none; the 16 carry on into 2026-27.
# The deprivation of liberty rules (DoLo table, from 2026-27): 700-705 and 707-710,
# 10 in 2026-27; 706 compares with last year's DoLo table, so starts in 2027-28.
SOCIAL_WORKER = {2024: 15, 2025: 13, 2026: 16, 2027: 16, 2028: 16}
DEPRIVATION_OF_LIBERTY = {2027: 10, 2028: 11}
EXPECTED = {
    year: 17
    + 14
    + 1  # 1008 (a URN not in Ofsted's providers' lookup), every year
    + 26
    + (year >= 2024)
    + SOCIAL_WORKER.get(year, 0)
    + DEPRIVATION_OF_LIBERTY.get(year, 0)
    for year in range(2018, 2029)
}

# + 1015 (own provision placed outside the authority, on DfE's derived PL_LA), every year.
EXPECTED = {year: count + 1 for year, count in EXPECTED.items()}

"""Safeboard's own CIN rules (SB-CIN-...): how many are active in each collection year."""

KIND = "cin"


def owns(code: str) -> bool:
    return code.startswith("SB-CIN-")


# Collection year (as the year it ends) -> number of active rules. Every year from
# 2018 to 2027 is pinned: a lower number means rules stopped applying. DfE's
# 2026-27 CIN rule set has the 2025-26 one's codes (so has D2I's).
EXPECTED = dict.fromkeys(range(2018, 2028), 2)

"""503D: the first episode's placement type differs from last year's open episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that episode, so its PLACE must be last year's (blank
equals blank). Where DfE renamed a placement type between the two years the
new code is accepted for the old: K3 for H5 (supported accommodation) in
2023-24 and 2024-25, and Z11 to Z14 for Z1 in 2025-26, as DfE's rule for
those years says. Compares with the previous year's snapshot (the view
prev_Episodes); without last year's return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import first_after_open_episode, sql_list

# Collection year -> (last year's code, this year's codes accepted in its place).
RENAMED = {
    2024: ("H5", {"K3"}),
    2025: ("H5", {"K3"}),
    2026: ("Z1", {"Z11", "Z12", "Z13", "Z14"}),
}


@rule(
    code="503D",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The placement type in the first episode does not match open episode at end of last year"
    ),
    guidance=(
        "Compare the child's first episode with the episode open at the end of last year's "
        "return in the case management system: it is the same episode, so its placement type "
        "must be the same. A change of placement starts a new episode (RNE P, T, U or B)."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("PLACE",),
)
def logic(context: RuleContext) -> str:
    renamed = RENAMED.get(context.collection_year)
    allowed = (
        f"AND NOT (prev_PLACE = '{renamed[0]}' AND PLACE IN {sql_list(renamed[1])})"
        if renamed
        else ""
    )
    return f"""
        SELECT _file, _position, child, PLACE AS value
        FROM ({first_after_open_episode("PLACE")})
        WHERE PLACE IS DISTINCT FROM prev_PLACE {allowed}
    """

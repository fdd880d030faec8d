"""213: a placement provider given for a temporary placement.

T0-T4 placements have no provider (from 2025-26 nor do the 'other'
placements Z11-Z14): PLACE_PROVIDER must be blank.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_list

TEMPORARY = {"T0", "T1", "T2", "T3", "T4"}


@rule(
    code="213",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement provider information not required.",
    guidance=(
        "Clear the placement provider on the temporary (or 'other') placement's episode in the "
        "case management system."
    ),
    tables=("Episodes",),
    fields=("PLACE_PROVIDER",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    places = TEMPORARY | ({"Z11", "Z12", "Z13", "Z14"} if year >= 2026 else set())
    return f"""
        SELECT _file, _position, child, PLACE_PROVIDER AS value FROM Episodes
        WHERE PLACE IN {sql_list(places)} AND PLACE_PROVIDER IS NOT NULL
    """

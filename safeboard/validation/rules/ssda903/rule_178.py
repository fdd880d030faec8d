"""178: the placement provider code is invalid, or given for a placement that has none.

PLACE_PROVIDER, where given, must be PR0-PR5, and must be blank for the
placements with no provider: T0-T4 and Z1 to 2024-25; from 2025-26 (its
new placement codes) T0-T3 and Z11-Z14.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes, sql_list


def no_provider(year: int) -> set[str]:
    if year <= 2025:
        return {"T0", "T1", "T2", "T3", "T4", "Z1"}
    return {"T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"}


@rule(
    code="178",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement provider code is not a valid code.",
    guidance=(
        "Record who provides the placement with one of PR0 to PR5 on the episode in the case "
        "management system, and leave it blank for temporary and 'other' placements."
    ),
    tables=("Episodes",),
    fields=("PLACE_PROVIDER",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    return f"""
        SELECT _file, _position, child, PLACE_PROVIDER AS value FROM Episodes
        WHERE PLACE_PROVIDER NOT IN {sql_codes("PLACE_PROVIDER", year)}
           OR (PLACE_PROVIDER IS NOT NULL AND PLACE IN {sql_list(no_provider(year))})
    """

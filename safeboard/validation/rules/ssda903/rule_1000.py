"""1000: care leaver information for a child who died in care.

A child whose episode ended with REC E2 (died), in this year's return or in
last year's (``prev_Episodes``, read when last year's SSDA903 snapshot was
imported, as the D2I validator reads it when given), cannot have care
leaver information: an OC3 row with any of IN_TOUCH, ACTIV or ACCOM given
fails. (The D2I validator reports the OC3 row even when all three are
blank; such a row completes nothing, so it passes here.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import OC3_GIVEN


@rule(
    code="1000",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "This child is recorded as having died in care and therefore should not have the care "
        "leaver information completed. [NOTE: This only tests the current and previous year "
        "data loaded into the tool]"
    ),
    guidance=(
        "Check the child's record: if the child died in care, remove the care leaver "
        "information; if not, correct the reason the episode ended."
    ),
    tables=("Episodes", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    died = "SELECT child FROM Episodes WHERE REC = 'E2'"
    if "prev_Episodes" in context.tables:
        died += " UNION ALL SELECT child FROM prev_Episodes WHERE REC = 'E2'"
    return f"""
        SELECT _file, _position, child, IN_TOUCH AS value FROM OC3
        WHERE {OC3_GIVEN} AND child IN ({died})
    """

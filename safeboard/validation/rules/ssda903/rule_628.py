"""628: motherhood details for a care leaver not looked after during the year.

A child in Header with no episode in this year's return but care leaver
information in OC3 (any of IN_TOUCH, ACTIV, ACCOM) is a care leaver only:
MOTHER is not collected for them and must be blank.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import OC3_GIVEN


@rule(
    code="628",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Motherhood details are not required for care leavers who have not been looked after "
        "during the year."
    ),
    guidance=(
        "Leave the mother item blank for a care leaver who was not looked after this year "
        "(remove it from the export)."
    ),
    tables=("Header", "Episodes", "OC3"),
    fields=("MOTHER",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT h._file, h._position, h.child, h.MOTHER AS value FROM Header AS h
        WHERE h.MOTHER IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = h.child)
          AND EXISTS (SELECT 1 FROM OC3 AS o WHERE o.child = h.child AND {OC3_GIVEN})
    """

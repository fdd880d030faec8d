"""1014: UASC information for a care leaver.

A young person with care leaver information (OC3 with any of IN_TOUCH,
ACTIV or ACCOM) and no episode during the collection year (one starting by
31 March and not ended before 1 April) is a care leaver only: a UASC row
for them fails. The D2I validator reports only such a young person who has
episodes in some other year; one with none at all is a care leaver just the
same, and is reported here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import OC3_GIVEN, year_end, year_start


@rule(
    code="1014",
    kind="ssda903",
    severity=Severity.ERROR,
    message="UASC information is not required for care leavers",
    guidance=(
        "Remove the unaccompanied asylum-seeking child details of a young person who was not "
        "looked after this year."
    ),
    tables=("UASC", "Episodes", "OC3"),
    fields=("ACTIV", "ACCOM", "IN_TOUCH", "DUC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        SELECT u._file, u._position, u.child, NULL AS value FROM UASC AS u
        WHERE u.child IN (SELECT child FROM OC3 WHERE {OC3_GIVEN})
          AND NOT EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = u.child AND e.DECOM <= {end}
                AND (e.DEC IS NULL OR e.DEC >= {start}))
    """

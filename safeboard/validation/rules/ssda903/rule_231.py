"""231 (query): an unaccompanied asylum-seeking child under 11 at the year's end.

Asylum-seeking children who arrive alone are mostly older: a child in the
UASC file whose 11th birthday is after 31 March is queried. From 2024-25.
Ages use birth dates kept to their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday, year_end


@rule(
    code="231",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "We expect that unaccompanied asylum seeking children are generally older young "
        "people. Please check the date of birth is correct. If the date of birth is correct "
        "then please provide details in a bypass request."
    ),
    guidance=(
        "Check the child's date of birth in the case management system; if it is right, explain "
        "the child's circumstances in the bypass request when submitting to DfE."
    ),
    tables=("Header", "UASC"),
    fields=("DOB",),
    first_year=2025,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM Header
        WHERE child IN (SELECT child FROM UASC)
          AND {birthday("DOB", 11)} > {year_end(context)}
    """

"""2884: one initial child protection conference recorded twice.

The date of an initial child protection conference is recorded either on
the section 47 enquiry that led to it or, when there was none, on the CIN
episode itself: never both. A child whose episode-level conference date is
also a section 47 conference date has the one conference twice; both
records are reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="2884",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "An initial child protection conference is recorded at both the S47 and CIN Details "
        "level and it should only be recorded in one"
    ),
    guidance=(
        "In the case management system, keep the initial child protection conference on "
        "the section 47 enquiry that led to it and remove the copy recorded on the referral "
        "(CIN episode) itself."
    ),
    tables=("section47", "cin_episode"),
    fields=("DateOfInitialCPC",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT s._file, s._position, s.child, CAST(s.DateOfInitialCPC AS VARCHAR) AS value,
               'section47' AS "table"
        FROM section47 AS s
        WHERE EXISTS (
            SELECT 1 FROM cin_episode AS e
            WHERE e.child = s.child AND e.DateOfInitialCPC = s.DateOfInitialCPC
        )
        UNION ALL
        SELECT e._file, e._position, e.child, CAST(e.DateOfInitialCPC AS VARCHAR) AS value,
               'cin_episode' AS "table"
        FROM cin_episode AS e
        WHERE EXISTS (
            SELECT 1 FROM section47 AS s
            WHERE s.child = e.child AND s.DateOfInitialCPC = e.DateOfInitialCPC
        )
    """

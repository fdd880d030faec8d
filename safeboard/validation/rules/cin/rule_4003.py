"""4003: a child protection plan review held while a CIN plan was open.

Within one CIN episode, no child protection plan review may fall on or after
a CIN plan's start and before its end (or, for a CIN plan still open, any
time after its start), unless the review is the day the child protection
plan ended (the review that ended it, with a CIN plan following).

Deviations from the D2I validator: it compares reviews with CIN plans in any
of the child's episodes though DfE's rule is within one, leaves out CIN
plans still open, and reports only plans with an end date; Safeboard checks
what DfE's rule says.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4003",
    kind="cin",
    severity=Severity.ERROR,
    message="A CPP review date is shown as being held at the same time as an open CIN Plan.",
    guidance=(
        "In the case management system, check the CIN plan's dates against the child "
        "protection plan's reviews: a CIN plan ends when a child protection plan starts, "
        "and starts again only when the child protection plan ends."
    ),
    tables=("cp_review", "cp_plan", "cin_plan"),
    fields=("CINPlanStartDate", "CINPlanEndDate", "CPPreviewDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT r._file, r._position, r.child, CAST(r.CPPreviewDate AS VARCHAR) AS value
        FROM cp_review AS r
        LEFT JOIN cp_plan AS p
          ON p.child = r.child AND p.episode = r.episode AND p.cp_plan = r.cp_plan
        WHERE r.CPPreviewDate IS DISTINCT FROM p.CPPendDate
          AND EXISTS (
              SELECT 1 FROM cin_plan AS c
              WHERE c.child = r.child AND c.episode = r.episode
                AND r.CPPreviewDate >= c.CINPlanStartDate
                AND (c.CINPlanEndDate IS NULL OR r.CPPreviewDate < c.CINPlanEndDate)
          )
    """

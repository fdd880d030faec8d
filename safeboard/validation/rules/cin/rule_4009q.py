"""4009Q: a CIN plan ending after the child's death.

Where the child has a date of death, every CIN plan's end date is on or
before it.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4009Q",
    kind="cin",
    severity=Severity.WARNING,
    message="CIN Plan cannot end after the child’s Date of Death",
    guidance=(
        "In the case management system, end the CIN plan on (or before) the child's date of "
        "death, or correct the date of death if it is wrong."
    ),
    tables=("cin_plan", "child"),
    fields=("PersonDeathDate", "CINPlanEndDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    # The few children who died first, then a join: no per-row subquery.
    return """
        WITH died AS (
            SELECT child, min(PersonDeathDate) AS died
            FROM child
            WHERE PersonDeathDate IS NOT NULL
            GROUP BY child
        )
        SELECT c._file, c._position, c.child, CAST(c.CINPlanEndDate AS VARCHAR) AS value
        FROM cin_plan AS c
        JOIN died AS d ON d.child = c.child
        WHERE c.CINPlanEndDate > d.died
    """

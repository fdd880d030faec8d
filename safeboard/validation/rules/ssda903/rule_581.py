"""581: a missing period that starts before the child was looked after.

A missing or away period is recorded for a looked-after child: it cannot
start before the start of the child's first episode in the return. A child
with no episodes at all is not reported (the D2I validator does not either).

Deviation from the D2I validator: D2I reports any period that starts
outside every episode, which includes periods after the child left care;
those are rule 578's, and are reported there only.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="581",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is missing but has not yet started to be looked after.",
    guidance=(
        "Check the start date of this missing or away period and of the child's first episode "
        "in the case management system: a period when the child was missing from home before "
        "coming into care is not recorded in this return."
    ),
    tables=("Episodes", "Missing"),
    fields=("MIS_START",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT m._file, m._position, m.child, CAST(m.MIS_START AS VARCHAR) AS value,
               'Missing' AS "table"
        FROM Missing AS m
        JOIN (SELECT child, min(DECOM) AS first_decom FROM Episodes GROUP BY child) AS e
          ON e.child = m.child
        WHERE m.MIS_START < e.first_decom
    """

"""578: a missing period that starts after the child ceased to be looked after.

A missing or away period must start within one of the child's periods of
care (from its first episode's start to its last episode's end, or open;
see _dfe_mid). One that starts after a period of care ended, and not
within a later one, started after the child left care.

Deviation from the D2I validator: D2I also reports here a period that
starts before the child's first period of care; that is rule 581's
("has not yet started to be looked after"), and is reported there only.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import periods_of_care


@rule(
    code="578",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the child started to be missing is after the child ceased to be looked "
        "after."
    ),
    guidance=(
        "Check the start date of this missing or away period and the end date of the child's "
        "care in the case management system: a child can only be recorded missing from care "
        "while looked after. Correct whichever date is wrong."
    ),
    tables=("Episodes", "Missing"),
    fields=("MIS_START",),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH periods AS ({periods_of_care()})
        SELECT m._file, m._position, m.child, CAST(m.MIS_START AS VARCHAR) AS value,
               'Missing' AS "table"
        FROM Missing AS m
        WHERE EXISTS (
                SELECT 1 FROM periods AS p
                WHERE p.child = m.child AND p.poc_end < m.MIS_START)
          AND NOT EXISTS (
                SELECT 1 FROM periods AS p
                WHERE p.child = m.child AND p.poc_start <= m.MIS_START
                  AND (p.poc_open OR m.MIS_START <= p.poc_end))
    """

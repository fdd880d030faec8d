"""577: the child left care, but a missing period has no end date.

A missing or away period still open (no MIS_END) means the child is
missing while looked after, so the child's current period of care must be
open and have started on or before the period did. Otherwise the child
ceased to be looked after (or was not yet looked after) with the period
open. Periods of care: see _dfe_mid. A child with no episodes is rule
581's concern, not this one's.

Deviation from the D2I validator: D2I also reports, under this rule,
closed missing periods that end outside a period of care; DfE's message is
about periods without an end date, and rules 578 and 581 cover periods
outside care.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import periods_of_care


@rule(
    code="577",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child ceased to be looked after but there is a missing/away from placement without "
        "authorisation period without an end date."
    ),
    guidance=(
        "Record the date this missing or away period ended in the case management system: a "
        "child who is no longer looked after has no open missing period (if still missing when "
        "care ended, it ends on that day)."
    ),
    tables=("Episodes", "Missing"),
    fields=("MIS_END",),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH periods AS ({periods_of_care()})
        SELECT m._file, m._position, m.child, CAST(m.MIS_START AS VARCHAR) AS value,
               'Missing' AS "table"
        FROM Missing AS m
        WHERE m.MIS_END IS NULL AND m.MIS_START IS NOT NULL
          AND m.child IN (SELECT child FROM periods)
          AND NOT EXISTS (
              SELECT 1 FROM periods AS p
              WHERE p.child = m.child AND p.poc_open AND p.poc_start <= m.MIS_START)
    """

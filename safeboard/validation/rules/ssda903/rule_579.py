"""579: decisions to place for adoption that overlap.

A child's decisions that they should be placed for adoption, taken by date
(DATE_PLACED), cannot overlap: a new decision cannot be made while the
previous one is still in force (no DATE_PLACED_CEASED), nor before the date
it ceased. A new decision on the day the previous one ceased is allowed.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ORDER_IN_FILE


@rule(
    code="579",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A new decision that the child should be placed for adoption this year cannot start "
        "when the previous decision is still open. Decisions to place the child for adoption "
        "should also not overlap. The date of any new decision to place the child for adoption "
        "must not be before the date placed ceased of previous decisions."
    ),
    guidance=(
        "Check the child's decisions to place for adoption in the case management system: "
        "record the date the earlier decision ceased (on or before the new decision), or remove "
        "a decision recorded twice."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DATE_PLACED AS VARCHAR) AS value
        FROM (
            SELECT *, lag(coalesce(DATE_PLACED_CEASED, DATE '9999-12-31')) OVER (
                       PARTITION BY child ORDER BY DATE_PLACED, {ORDER_IN_FILE}) AS previous_end
            FROM PlacedAdoption WHERE DATE_PLACED IS NOT NULL)
        WHERE DATE_PLACED < previous_end
    """

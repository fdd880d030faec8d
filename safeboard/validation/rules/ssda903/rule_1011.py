"""1011: care leaver information for a child whose care was taken over by another authority.

A child whose latest episode (by start date) ended with REC E3 (care
transferred to another local authority) is that authority's care leaver:
any of IN_TOUCH, ACTIV or ACCOM given fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST, OC3_GIVEN


@rule(
    code="1011",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "This child is recorded as having his/her care transferred to another local authority "
        "for the final episode and therefore should not have the care leaver information "
        "completed."
    ),
    guidance=(
        "Remove the care leaver information: the authority that took over the child's care "
        "returns it."
    ),
    tables=("Episodes", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH latest AS (
            SELECT child, REC FROM (
                SELECT child, REC, row_number() OVER (
                    PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1)
        SELECT _file, _position, child, NULL AS value FROM OC3
        WHERE {OC3_GIVEN} AND child IN (SELECT child FROM latest WHERE REC = 'E3')
    """

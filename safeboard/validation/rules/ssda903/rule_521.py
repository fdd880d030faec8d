"""521: the decision that adoption is in the child's best interests came after placement.

DATE_INT (AD1: the local authority's decision that the child should be
placed for adoption) must be on or before the start of each of the child's
adoption placements (PLACE A3 to A6). Reported on the episode and on the
AD1 row.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ADOPTION_PLACEMENTS


@rule(
    code="521",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of local authority's decision (LA) that adoption is in the best interests of the "
        "child (date should be placed) must be on or prior to the date the child is placed for "
        "adoption."
    ),
    guidance=(
        "Check in the case management system the date of the decision that the child should be "
        "placed for adoption and the start date of the adoption placement: a child cannot be "
        "placed for adoption before that decision. Correct whichever date is wrong."
    ),
    tables=("Episodes", "AD1"),
    fields=("PLACE", "DECOM", "DATE_INT"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH early AS (
            SELECT e._file, e._position, e.child, e.DECOM,
                   a._file AS a_file, a._position AS a_position, a.DATE_INT
            FROM Episodes AS e JOIN AD1 AS a ON a.child = e.child
            WHERE e.PLACE IN {ADOPTION_PLACEMENTS} AND a.DATE_INT > e.DECOM
        )
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value,
               'Episodes' AS "table" FROM early
        UNION
        SELECT a_file, a_position, child, CAST(DATE_INT AS VARCHAR), 'AD1' FROM early
    """

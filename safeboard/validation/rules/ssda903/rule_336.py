"""336: placed for adoption with the current foster carers, but not from a foster placement.

An episode with PLACE A3 or A5 (placed for adoption with the current foster
carers) must follow (the child's previous episode by start date) a foster
placement U1-U6 or another placement for adoption A3-A6. A child's first
episode is not checked. DfE's rule names A3 and A5, as the D2I validator's
comment does; its code checks A3 and A4.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE


@rule(
    code="336",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child does not have a foster placement immediately prior to being placed for adoption."
    ),
    guidance=(
        "A child placed for adoption with the current foster carers was fostered by them: check "
        "the placement types of this episode and the one before it in the case management "
        "system."
    ),
    tables=("Episodes",),
    fields=("PLACE",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, previous_place AS value FROM (
            SELECT *, lag(PLACE) OVER w AS previous_place,
                   row_number() OVER w AS n
            FROM Episodes
            WINDOW w AS (PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}))
        WHERE PLACE IN ('A3', 'A5') AND n > 1
          AND coalesce(previous_place, '') NOT IN
              ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """

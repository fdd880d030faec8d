"""388: REC X1 (a new episode begins) without the new episode, or the new episode without X1.

Per child, episodes in order of start date (ties by order in the file):
an episode followed by another that ends with X1 must end the day the next
starts; one that ends (with any other reason) the day the next starts should
have been X1; and the last episode cannot end with X1.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE


@rule(
    code="388",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason episode ceased is coded new episode begins, but there is no continuation episode."
    ),
    guidance=(
        "Check the episode's end in the case management system: X1 means a new episode starts "
        "the same day. Add the missing next episode, correct the dates, or give the real reason "
        "the child left care."
    ),
    tables=("Episodes",),
    fields=("REC", "DEC"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, REC AS value FROM (
            SELECT *, lead(DECOM) OVER w AS next_start, lead(child) OVER w AS next_child
            FROM Episodes
            WINDOW w AS (PARTITION BY child ORDER BY DECOM NULLS FIRST, {ORDER_IN_FILE}))
        WHERE DEC IS NOT NULL AND (
               (next_child IS NOT NULL AND REC = 'X1' AND next_start IS NOT NULL
                AND DEC <> next_start)
            OR (next_child IS NOT NULL AND REC <> 'X1' AND DEC = next_start)
            OR (next_child IS NULL AND REC = 'X1'))
    """

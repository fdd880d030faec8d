"""433: a continuation episode that does not start the day the previous one ended.

An episode whose reason for new episode is a change in care (P, L, T, U or
B) continues the child's previous episode, so it must start on the day the
previous one (by start date, then end date) ended. A previous episode with
no end date fails too. A child's first episode in the return is not
checked: it may carry on last year's episode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ORDER_IN_FILE


@rule(
    code="433",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The reason for new episode suggests that this is a continuation episode, but the "
        "episode does not start on the same day as the last episode finished."
    ),
    guidance=(
        "Check the dates in the case management system: the previous episode must end (with "
        "reason X1) on the day this one starts. If there was a gap the child left care, and "
        "this episode's reason for new episode should be S."
    ),
    tables=("Episodes",),
    fields=("RNE", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM (
            SELECT *, lag(DEC) OVER w AS prev_dec, row_number() OVER w AS n
            FROM Episodes
            WINDOW w AS (PARTITION BY child ORDER BY DECOM, DEC, {ORDER_IN_FILE}))
        WHERE n > 1 AND RNE IN ('P', 'L', 'T', 'U', 'B')
          AND (prev_dec IS NULL OR DECOM IS NULL OR prev_dec <> DECOM)
    """

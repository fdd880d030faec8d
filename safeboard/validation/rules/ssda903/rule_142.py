"""142: an episode other than the child's last has no end date or no reason it ended.

Every episode but the latest (by start date; on the same date, the later in
the file) must have both DEC and REC: a new episode started, so this one
ended.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import LAST_IN_FILE_FIRST


@rule(
    code="142",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A new episode has started, but the previous episode has not ended.",
    guidance=(
        "Close the earlier episode in the case management system: give the date it ended "
        "(the day the next one began) and the reason (X1 when a new episode simply follows)."
    ),
    tables=("Episodes",),
    fields=("DEC", "REC"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS from_last
            FROM Episodes WHERE DECOM IS NOT NULL)
        WHERE from_last > 1 AND (DEC IS NULL OR REC IS NULL)
    """

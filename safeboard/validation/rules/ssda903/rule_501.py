"""501: an episode starts before the child's previous episode ended.

Episodes of one child follow one another: each (by start date) must start
on or after the day the previous one ended. An open previous episode is not
compared (the D2I validator does the same; rules 431 and 433 look at it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="501",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A new episode has started before the end date of the previous episode.",
    guidance=(
        "Correct the dates in the case management system so that the child's episodes do not "
        "overlap: the previous episode must end on or before the day this one starts."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM (
            SELECT *, lag(DEC) OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS prev_dec
            FROM Episodes WHERE DECOM IS NOT NULL)
        WHERE DECOM < prev_dec
    """

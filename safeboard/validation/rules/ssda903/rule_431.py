"""431: an episode says the child started to be looked after (RNE S), yet the previous one ran on.

A new period of care (RNE S) can begin only after the previous episode
ended: if the child's previous episode (by start date) ended on the day
this one starts, or later, the care was continuous and the new episode is a
change (P, L, T, U or B), not a new start. An open previous episode is left
to rule 501.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="431",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The reason for new episode is started to be looked after, but the previous episode "
        "ended on the same day."
    ),
    guidance=(
        "If the child stayed in care, change the reason for the new episode from S to the change "
        "that happened (P, L, T, U or B) and the previous episode's reason for ending to X1; if "
        "the child really left care, correct the end date of the previous episode."
    ),
    tables=("Episodes",),
    fields=("RNE", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM (
            SELECT *, lag(DEC) OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS prev_dec
            FROM Episodes WHERE DECOM IS NOT NULL)
        WHERE RNE = 'S' AND prev_dec >= DECOM
    """

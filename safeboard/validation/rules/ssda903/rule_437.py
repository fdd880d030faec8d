"""437: care ended because the child died or was assessed as 18 or over, yet episodes follow.

An episode ending with REC E2 (died) or E15 (age assessed as 18 or over)
must be the child's last: a later episode (by start date) is reported on
the ending one.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="437",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason episode ceased is child has died or is aged 18 or over but there are further "
        "episodes."
    ),
    guidance=(
        "Check the child's episodes in the case management system: after a death (E2) or an age "
        "assessment finding the young person 18 or over (E15) there can be no further episodes. "
        "Correct the reason this episode ended, or remove the later episodes recorded in error."
    ),
    tables=("Episodes",),
    fields=("REC",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, REC AS value
        FROM (
            SELECT *, lead(DECOM) OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS next_decom
            FROM Episodes WHERE DECOM IS NOT NULL)
        WHERE REC IN ('E2', 'E15') AND next_decom IS NOT NULL
    """

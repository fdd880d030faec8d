"""502: last year's open episode and this year's first episode start on different days.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that same episode, so it starts on the same day.
Compares with the previous year's snapshot (the view prev_Episodes); without
last year's return imported the rule does not run. Children not in this
year's return are not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import first_after_open_episode


@rule(
    code="502",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Last year's record ended with an open episode. The date on which that episode started "
        "does not match the start date of the first episode on this year’s record."
    ),
    guidance=(
        "Compare the child's episodes with last year's return in the case management system: "
        "the episode open on 31 March last year must appear this year with the same start date. "
        "Correct the start date, or add the missing episode."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM ({first_after_open_episode("DECOM")})
        WHERE DECOM IS DISTINCT FROM prev_DECOM
    """

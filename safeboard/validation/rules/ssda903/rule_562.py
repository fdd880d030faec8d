"""562: an episode from before the year whose continuation is missing from last year's return.

A child's first episode this year (by start date) among those starting
before 1 April was open when last year ended, so it must be the last
episode (by start date) of the child in last year's return, with the same
start date. A child absent from last year's return is reported too.
Compares with the previous year's snapshot (the view prev_Episodes);
without last year's return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import year_start


@rule(
    code="562",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Episode commenced before the start of the current collection year but there is a "
        "missing continuous episode in the previous year."
    ),
    guidance=(
        "Compare the child's episodes with last year's return: an episode that started before 1 "
        "April must be last year's last episode, with the same start date. Correct the start "
        "date in the case management system, or amend last year's return to include it."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        WITH first_before AS (
            SELECT child, min(DECOM) AS day FROM Episodes
            WHERE DECOM < {year_start(context)} GROUP BY child
        ), last_then AS (
            SELECT child, max(DECOM) AS day FROM prev_Episodes GROUP BY child
        )
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e
        JOIN first_before AS f ON f.child = e.child AND f.day = e.DECOM
        LEFT JOIN last_then AS l ON l.child = e.child
        WHERE l.day IS DISTINCT FROM e.DECOM
    """

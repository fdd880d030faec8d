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
from safeboard.validation.rules.ssda903._dfe_mid import (
    EPISODE_ORDER,
    LAST_IN_FILE_FIRST,
    year_start,
)


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
            SELECT * FROM (
                SELECT *, row_number() OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS n
                FROM Episodes WHERE DECOM < {year_start(context)})
            WHERE n = 1
        ), last_then AS (
            SELECT child, DECOM FROM (
                SELECT child, DECOM, row_number() OVER (
                           PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM prev_Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1
        )
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM first_before AS e LEFT JOIN last_then AS l ON l.child = e.child
        WHERE l.DECOM IS DISTINCT FROM e.DECOM
    """

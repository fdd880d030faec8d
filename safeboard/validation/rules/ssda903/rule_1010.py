"""1010: care leaver information for a child still looked after at last year's end
but with no episodes this year.

A previous-year rule (``prev_Episodes``; it does not run without last
year's return). A child whose latest episode in last year's return was
still open on 31 March is still looked after: this year's return must carry
the episode on. Care leaver data (an OC3 row) for such a child with no
episode this year fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST


@rule(
    code="1010",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "This child has no episodes loaded for current year even though there was an open "
        "episode of care at the end of the previous year, and care leaver data has been "
        "entered."
    ),
    guidance=(
        "Add the child's episodes for this year (the episode open at the end of last year "
        "carries on), or close last year's episode if the child left care then, in the case "
        "management system."
    ),
    tables=("Episodes", "prev_Episodes", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH last_years_latest AS (
            SELECT child, DEC FROM (
                SELECT child, DEC, row_number() OVER (
                    PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM prev_Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1)
        SELECT o._file, o._position, o.child, NULL AS value FROM OC3 AS o
        WHERE NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = o.child)
          AND o.child IN (SELECT child FROM last_years_latest WHERE DEC IS NULL)
    """

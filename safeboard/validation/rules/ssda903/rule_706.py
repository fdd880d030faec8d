"""706: a DoLO open at the end of last year is not carried into this year's return.

An order in last year's return with no end date was in force on 31 March:
this year's return has an order of the same child starting on the same day.
Compares with last year's snapshot (the view prev_DoLo); without it the rule
does not run. Reported on last year's row (table ``prev_DoLo``, with last
year's file and line), as DfE's message points there.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="706",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "There is an open DoLO in last year’s return and there is no corresponding DoLO "
        "recorded at the start of this year."
    ),
    guidance=(
        "Include the deprivation of liberty order that was in force on 31 March last year in "
        "this year's return with the same start date (and its end date, if it has ended), or "
        "correct last year's record if it had ended."
    ),
    tables=("DoLo", "prev_DoLo"),
    fields=("DOLO_START",),
    first_year=FIRST_YEAR + 1,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.DOLO_START AS VARCHAR) AS value,
               'prev_DoLo' AS "table"
        FROM prev_DoLo AS p
        WHERE p.DOLO_END IS NULL AND p.DOLO_START IS NOT NULL
          AND NOT EXISTS (
              SELECT 1 FROM DoLo AS d
              WHERE d.child = p.child AND d.DOLO_START = p.DOLO_START)
    """

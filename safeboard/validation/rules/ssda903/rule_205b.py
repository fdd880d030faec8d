"""205B: UASC in both years, but this year's date UASC ceased does not follow on.

A child in both years' UASC files whose DUC this year is given must have it
within this collection year, or the same DUC as last year. DfE's check (as
the D2I validator reads it) also wants last year's DUC to be the 18th
birthday; birth dates are kept only to their month here, so that part is
not checked.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end, year_start


@rule(
    code="205B",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child previously identified as UASC is also UASC this year, but date UASC ceased in "
        "both years does not support this."
    ),
    guidance=(
        "Check the date the child's UASC status ceased in the case management system: it must "
        "be within this year, or the same date as in last year's return."
    ),
    tables=("UASC", "prev_UASC"),
    fields=("DUC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT u._file, u._position, u.child, CAST(u.DUC AS VARCHAR) AS value
        FROM UASC AS u JOIN prev_UASC AS p ON p.child = u.child
        WHERE u.DUC IS NOT NULL
          AND u.DUC NOT BETWEEN {year_start(context)} AND {year_end(context)}
          AND u.DUC IS DISTINCT FROM p.DUC
    """

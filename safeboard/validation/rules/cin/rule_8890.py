"""8890: a section 47 enquiry does not start while another in the same episode is ongoing.

Within one CINdetails, no enquiry's start date may fall on or between
another enquiry's start date and its date of initial child protection
conference or, where that one has no conference date and is not marked as
not needing one, its start date and the ReferenceDate. The enquiry that
starts inside another is reported. (The D2I validator skips pairs with
identical dates, so misses an enquiry entered twice; here only an enquiry
compared with itself is skipped.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8890",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing"
    ),
    guidance=(
        "Record the conference date (or that no conference was required) on the earlier "
        "section 47 enquiry in the case management system, correct the start dates, or "
        "remove an enquiry entered twice."
    ),
    tables=("section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT a._file, a._position, a.child, CAST(a.S47ActualStartDate AS VARCHAR) AS value
        FROM section47 AS a
        WHERE EXISTS (
            SELECT 1 FROM section47 AS b
            WHERE b.child = a.child AND b.episode = a.episode AND b._position <> a._position
              AND a.S47ActualStartDate >= b.S47ActualStartDate
              AND (a.S47ActualStartDate <= b.DateOfInitialCPC
                   OR (b.DateOfInitialCPC IS NULL AND b.ICPCnotRequired IS DISTINCT FROM true
                       AND a.S47ActualStartDate <= {end}))
        )
    """

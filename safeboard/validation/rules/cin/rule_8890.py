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
        SELECT _file, _position, child, CAST(S47ActualStartDate AS VARCHAR) AS value
        FROM (
            -- Each enquiry runs to its conference or, still awaiting one, to the
            -- ReferenceDate; the latest end among the episode's other enquiries that started
            -- on or before this one says whether this one starts inside one of them.
            SELECT *, max(CASE WHEN DateOfInitialCPC IS NOT NULL THEN DateOfInitialCPC
                               WHEN ICPCnotRequired IS DISTINCT FROM true THEN {end} END)
                      OVER (PARTITION BY child, episode
                            ORDER BY S47ActualStartDate ASC NULLS LAST
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            EXCLUDE CURRENT ROW) AS ongoing_until
            FROM section47
        )
        WHERE S47ActualStartDate <= ongoing_until
    """

"""8740: a section 47 enquiry still awaiting its conference started within the census year.

Where a Section47 group has no date of initial child protection conference
and the conference is not marked as not required (ICPCnotRequired false),
the enquiry's start date is on or between 1 April of the year before and the
ReferenceDate.

The D2I validator tests ICPCnotRequired only for the text "0", so it misses
enquiries recorded as "false"; here the flag is read as a boolean, as DfE means.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8740",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "For a Section 47 Enquiry that has not held the Initial Child Protection Conference "
        "by the end of the census year, the start date must fall within the census year"
    ),
    guidance=(
        "Record the date of the initial child protection conference on the enquiry in the "
        "case management system, or mark it as not required; otherwise correct the "
        "enquiry's start date, which must be between 1 April and 31 March of the census year."
    ),
    tables=("section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(S47ActualStartDate AS VARCHAR) AS value
        FROM section47
        WHERE DateOfInitialCPC IS NULL AND ICPCnotRequired = false
          AND (S47ActualStartDate < {start} OR S47ActualStartDate > {end})
    """

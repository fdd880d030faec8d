"""8675Q: a section 47 enquiry still without its conference 15 working days before the year's end.

Where a Section47 group has no date of initial child protection conference
and the conference is not marked as not required (ICPCnotRequired false),
the enquiry should have started no earlier than the ReferenceDate (31 March)
minus 15 working days, the timescale for holding the initial conference.
Working days skip weekends and England's bank holidays.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date, working_days_before


@rule(
    code="8675Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: S47 Enquiry started more "
        "than 15 working days before the end of the census year. However, there is no date "
        "of Initial Child Protection Conference."
    ),
    guidance=(
        "Record the date of the initial child protection conference in the case management "
        "system, or mark the conference as not required if the enquiry decided none was "
        "needed. If neither applies, give DfE the reason when you submit the census."
    ),
    tables=("section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    latest = sql_date(working_days_before(census_end(context.collection_year), 15))
    return f"""
        SELECT _file, _position, child, CAST(S47ActualStartDate AS VARCHAR) AS value
        FROM section47
        WHERE DateOfInitialCPC IS NULL AND ICPCnotRequired = false
          AND S47ActualStartDate < {latest}
    """

"""8715: a section 47 enquiry's initial conference date, where present, is within the census year.

From 1 April of the year before to the ReferenceDate, 31 March, both
included. As in the D2I validator, the rule reads the Section47 group's
DateOfInitialCPC; the episode's own DateOfInitialCPC (CINdetails) may be
earlier, for a plan that started in an earlier year.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8715",
    kind="cin",
    severity=Severity.ERROR,
    message="Date of Initial Child Protection Conference must fall within the census year",
    guidance=(
        "Check the date of the initial child protection conference on the section 47 enquiry "
        "in the case management system. An enquiry whose conference was held before 1 April "
        "belongs to an earlier census; a conference after 31 March belongs to the next."
    ),
    tables=("section47",),
    fields=("DateOfInitialCPC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(DateOfInitialCPC AS VARCHAR) AS value
        FROM section47
        WHERE DateOfInitialCPC < {start} OR DateOfInitialCPC > {end}
    """

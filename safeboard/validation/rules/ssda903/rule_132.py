"""132: ACTIV (the care leaver's activity) must be one of the year's codes; a blank fails too.

The codes are the project's code list: F3/P3 to 2022-23, F4/P4/F5/P5 from
2022-23, both in that year of change (safeboard.returns.codelists.ssda903).
The D2I validator's 2022-23 rule already takes F4-P5 and refuses F3/P3; here a
2022-23 return with F3 is not reported: the sources here (FORMATS.md dates the
change "2024") do not pin DfE's list of that year, and refusing a valid return
is worse than letting an old code through in the year of change.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="132",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Data entry for activity after leaving care is invalid.",
    guidance=(
        "Record the care leaver's main activity with one of the year's codes (0 when not in "
        "touch) in the case management system."
    ),
    tables=("OC3",),
    fields=("ACTIV",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("ACTIV", context.collection_year)
    return f"""
        SELECT _file, _position, child, ACTIV AS value FROM OC3
        WHERE ACTIV IS NULL OR ACTIV NOT IN {codes}
    """

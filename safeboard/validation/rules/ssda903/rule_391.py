"""391: care leaver details for a young person who was not 17 to 21 during the year.

OC3 is for care leavers aged 17 to 21: OC3 items given for a young person
under 17 on 31 March (17th birthday after it) fail, and, as DfE's message
says (the D2I validator checks only the young), for one already 22 on 1
April. Birth dates are kept to their month: each limit uses the birthday
that flags no one wrongly (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import (
    birthday,
    latest_birthday,
    year_end,
    year_start,
)


@rule(
    code="391",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
    guidance=(
        "Check the young person's date of birth in the case management system, and remove the "
        "care leaver details of anyone not aged 17 to 21 in the year."
    ),
    tables=("OC3",),
    fields=("DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM OC3
        WHERE (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
          AND ({birthday("DOB", 17)} > {year_end(context)}
               OR {latest_birthday("DOB", 22)} < {year_start(context)})
    """

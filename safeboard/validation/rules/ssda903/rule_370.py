"""370: a young person in independent living (P2) too young: under 15 (to 2022-23), 16 (2023-24).

The episode's start is before the 15th birthday (16th in 2023-24, when DfE
raised the age and reworded the message). P2 ended on 28 October 2023, and
DfE retired the rule after 2023-24. Birth dates are kept to their month: the
earliest possible birthday is used (see _dfe_low). Unlike the D2I validator,
open episodes are checked too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday

MESSAGE_TO_2023 = "Child in independent living should be at least 15."


@rule(
    code="370",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child in independent living should be at least 16.",
    guidance=(
        "Check the young person's date of birth and placement in the case management system: "
        "independent living (P2) is for young people of 16 (15 before 2023-24) or over."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "PLACE"),
    last_year=2024,
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    age = 16 if year >= 2024 else 15
    message = "NULL" if year >= 2024 else sql_literal(MESSAGE_TO_2023)
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value,
               {message} AS message
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.PLACE = 'P2' AND e.DECOM < {birthday("h.DOB", age)}
    """

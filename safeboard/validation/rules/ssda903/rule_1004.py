"""1004: the start of a missing or away-from-placement episode is not a valid date.

MIS_START must be given and be a date. A value that was not a date when
read is stored empty, and reported with what it was (the ``unparsed``
values).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1004",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The start date of the missing episode or episode that the child was away from "
        "placement without authorisation is not a valid date."
    ),
    guidance=(
        "Record the date the child went missing or was away from placement as DD/MM/YYYY in "
        "the case management system."
    ),
    tables=("Missing",),
    fields=("MIS_START",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT m._file, m._position, m.child, u.value FROM Missing AS m
        LEFT JOIN unparsed AS u
          ON u.table_name = 'Missing' AND u.field = 'MIS_START' AND u._position = m._position
        WHERE m.MIS_START IS NULL
    """

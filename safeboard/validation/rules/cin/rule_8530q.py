"""8530Q: an expected date of birth outside March to December of the census year's end.

An unborn child's expected date of birth should lie between the
ReferenceDate less 30 days and the ReferenceDate plus 9 months: 1 March to
31 December of the collection year. Safeboard keeps these dates to their
month, which decides it exactly, as both ends are whole months.

Deviation from the D2I validator: it also queries 1 March and 31 December
themselves; DfE's message, "March to December", includes them.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import sql_date


@rule(
    code="8530Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: Expected Date of Birth is "
        "outside the expected range for this census (March to December of the Census Year "
        "end)"
    ),
    guidance=(
        "In the case management system, check the unborn child's expected date of birth; if "
        "the child has been born, record the date of birth instead."
    ),
    tables=("child",),
    fields=("ExpectedPersonBirthDate",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    return f"""
        SELECT _file, _position, child, strftime(ExpectedPersonBirthDate, '%Y-%m') AS value
        FROM child
        WHERE ExpectedPersonBirthDate NOT BETWEEN {sql_date(date(year, 3, 1))}
                                          AND {sql_date(date(year, 12, 31))}
    """

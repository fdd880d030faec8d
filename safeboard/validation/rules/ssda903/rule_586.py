"""586: a missing period that starts on or before the child's date of birth.

MIS_START must be after the child's date of birth (Missing's DOB). Birth
dates are kept to their month (see _dfe_mid): a start on or before the
first of the birth month is certainly on or before the birth; one later in
the birth month is not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="586",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Dates of missing periods are before child’s date of birth.",
    guidance=(
        "Correct the start date of this missing or away period, or the child's date of birth, "
        "in the case management system."
    ),
    tables=("Missing",),
    fields=("MIS_START",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(MIS_START AS VARCHAR) AS value
        FROM Missing
        WHERE MIS_START <= date_trunc('month', DOB)
    """

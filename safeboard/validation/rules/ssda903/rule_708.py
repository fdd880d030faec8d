"""708: a DoLO starts before the child was born.

Birth dates are kept to their month (the first of it is stored): an order is
reported when it starts before that month, so before any day of birth the
month allows. (The D2I validator, with the full date, also reports an order
starting on the day of birth.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="708",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Dates of DoLOs are before child’s date of birth.",
    guidance=(
        "Check the start date of the deprivation of liberty order and the child's date of "
        "birth in the case management system."
    ),
    tables=("DoLo",),
    fields=("DOLO_START", "DOB"),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DOLO_START AS VARCHAR) AS value FROM DoLo
        WHERE DOLO_START < DOB
    """

"""8794: a child has each disability code at most once.

Every Disability row of a code the child has more than once is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8794",
    kind="cin",
    severity=Severity.ERROR,
    message="Child has two or more disabilities with the same code",
    guidance=(
        "Remove the repeated disability from the child's record in the case management "
        "system (or check how the system maps its own disability types to the census codes: "
        "two of them may share one code)."
    ),
    tables=("disability",),
    fields=("Disability",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, Disability AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child, Disability) AS times
            FROM disability
            WHERE Disability IS NOT NULL
        )
        WHERE times > 1
    """

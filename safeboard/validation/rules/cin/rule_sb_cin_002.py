"""SB-CIN-002: a child with neither a birth date nor an expected birth date.

The dataset decides whether a child is unborn, and how old a child is, from
these two dates (INDICATORS.md, "Unborn at D" and "Age at D"). With neither,
the child can be counted in no age group and in neither unborn nor born.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SB-CIN-002",
    kind="cin",
    severity=Severity.WARNING,
    message="The child has neither a date of birth nor an expected date of birth.",
    guidance=(
        "Record the date of birth, or for an unborn child the expected date of birth, in "
        "the case management system."
    ),
    tables=("child",),
    fields=("PersonBirthDate", "ExpectedPersonBirthDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE PersonBirthDate IS NULL AND ExpectedPersonBirthDate IS NULL
    """

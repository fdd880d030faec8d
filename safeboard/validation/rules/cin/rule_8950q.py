"""8950Q: assessment factor 19A (sexual abuse) should no longer be used.

In 2020-21 DfE split 19A into 19B (child on child) and 19C (adult on
child). From the 2024-25 census DfE queries every 19A still returned.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8950Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: the assessment factors code "
        "'19A' should not be used ('19B' or '19C' should be used instead)"
    ),
    guidance=(
        "Record the factor as 19B (sexual abuse, child on child) or 19C (adult on child) "
        "in the case management system, and check how the system maps its own factors to the "
        "census codes."
    ),
    tables=("assessment_factor",),
    fields=("AssessmentFactors",),
    first_year=2025,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, AssessmentFactors AS value
        FROM assessment_factor
        WHERE upper(AssessmentFactors) = '19A'
    """

"""180: the SDQ score is not a whole number from 0 to 40.

A score that is not a whole number is refused at import (SB-TYPE); here the
range is checked.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="180",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid."),
    guidance=(
        "Record the child's total SDQ score, a whole number from 0 to 40, in the case "
        "management system."
    ),
    tables=("OC2",),
    fields=("SDQ_SCORE",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(SDQ_SCORE AS VARCHAR) AS value FROM OC2
        WHERE SDQ_SCORE < 0 OR SDQ_SCORE > 40
    """

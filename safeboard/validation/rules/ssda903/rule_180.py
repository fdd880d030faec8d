"""180: the SDQ score is not a whole number from 0 to 40.

A score that is not a whole number is stored empty at import and kept in the
view ``unparsed``: it fails, as does a whole number outside 0-40.
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
        UNION ALL
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = 'OC2' AND field = 'SDQ_SCORE'
    """

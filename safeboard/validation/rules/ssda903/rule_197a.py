"""197a: both an SDQ score and a reason for no score are given."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="197a",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and "
        "Difficulties Questionnaire score is filled in."
    ),
    guidance=(
        "The child has an SDQ score: clear the reason for no score in the case management system."
    ),
    tables=("OC2",),
    fields=("SDQ_SCORE", "SDQ_REASON"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SDQ_REASON AS value FROM OC2
        WHERE SDQ_SCORE IS NOT NULL AND SDQ_REASON IS NOT NULL
    """

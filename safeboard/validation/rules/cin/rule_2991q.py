"""2991Q: a section 47 enquiry on an episode with no assessment.

Where a CIN episode has a section 47 enquiry it should also have an
assessment. Each enquiry on an episode without one is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="2991Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: A Section 47 module is "
        "recorded and there is no assessment on the episode"
    ),
    guidance=(
        "In the case management system, record the assessment that went with the section 47 "
        "enquiry on the same referral (or move the enquiry to the referral that has it); if "
        "there really was none, give DfE the reason when you submit."
    ),
    tables=("section47", "assessment"),
    fields=("S47ActualStartDate",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT s._file, s._position, s.child, CAST(s.S47ActualStartDate AS VARCHAR) AS value
        FROM section47 AS s
        WHERE s.child IS NOT NULL  -- no id, no link to its assessments (8500 says so)
          AND NOT EXISTS (
            SELECT 1 FROM assessment AS a WHERE a.child = s.child AND a.episode = s.episode
        )
    """

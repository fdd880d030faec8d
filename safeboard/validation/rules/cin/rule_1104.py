"""1104: an initial child protection conference cannot come before the referral.

Where a section 47 enquiry records the date of its initial child protection
conference, that date must be on or after the referral date of the same CIN
episode. (The rule is DfE's Section47 module's; a conference date recorded
on the episode itself is checked by other rules.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1104",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "The date of the initial child protection conference cannot be before the referral date"
    ),
    guidance=(
        "In the case management system, check the section 47 enquiry's initial child "
        "protection conference date against the referral date of the same episode and "
        "correct the wrong one."
    ),
    tables=("section47", "cin_episode"),
    fields=("DateOfInitialCPC", "CINreferralDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT s._file, s._position, s.child, CAST(s.DateOfInitialCPC AS VARCHAR) AS value
        FROM section47 AS s
        JOIN cin_episode AS e ON e.child = s.child AND e.episode = s.episode
        WHERE s.DateOfInitialCPC < e.CINreferralDate
    """

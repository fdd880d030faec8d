"""8610: a referral that led to further action has a primary need code.

Where ReferralNFA is false (the referral went on to further action), the
episode's PrimaryNeedCode must be present. A referral with no further
action may leave it out.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8610",
    kind="cin",
    severity=Severity.ERROR,
    message="Primary Need code is missing for a referral which led to further action.",
    guidance=(
        "Record the child's primary need (N0 to N9) on the referral in the case management "
        "system, or, if the referral in fact led to no further action, mark it so."
    ),
    tables=("cin_episode",),
    fields=("ReferralNFA", "PrimaryNeedCode"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM cin_episode
        WHERE ReferralNFA = false AND PrimaryNeedCode IS NULL
    """

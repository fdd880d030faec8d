"""8568: the referral's no-further-action flag is missing or not true or false.

ReferralNFA is required and is true or false (1 or 0). A value that is
neither is reported when it is read (it does not parse) and staged empty,
so both a missing and an unreadable flag are an empty value here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8568",
    kind="cin",
    severity=Severity.ERROR,
    message="RNFA flag is missing or invalid",
    guidance=(
        "In the case management system, record for the referral whether it led to no "
        "further action (true) or not (false), then export again."
    ),
    tables=("cin_episode",),
    fields=("ReferralNFA",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM cin_episode
        WHERE ReferralNFA IS NULL
    """

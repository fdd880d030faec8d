"""8816: an open CIN episode that led to further action is the child's latest.

Where an episode has no closure date and ReferralNFA false, its referral
date is the latest of all the child's referral dates (an episode sharing
the latest date is the latest too). The D2I validator takes the first row
holding the latest date and reports any other open episode, even one
referred on that same date; here a tie is not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8816",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "An open CIN episode is shown and case is not a referral with no further action, but "
        "it is not the latest episode."
    ),
    guidance=(
        "Close the open episode in the case management system (record its closure date and "
        "reason): a later referral has started since, and only the latest episode can be open."
    ),
    tables=("cin_episode",),
    fields=("CINreferralDate", "ReferralNFA"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINreferralDate AS VARCHAR) AS value
        FROM (
            SELECT *, max(CINreferralDate) OVER (PARTITION BY child) AS latest
            FROM cin_episode
        )
        WHERE CINclosureDate IS NULL AND ReferralNFA = false AND CINreferralDate < latest
    """

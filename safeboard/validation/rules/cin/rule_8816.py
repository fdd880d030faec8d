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
        SELECT e._file, e._position, e.child, CAST(e.CINreferralDate AS VARCHAR) AS value
        FROM cin_episode AS e
        JOIN (SELECT child, max(CINreferralDate) AS latest FROM cin_episode GROUP BY child) AS m
          USING (child)
        WHERE e.CINclosureDate IS NULL AND e.ReferralNFA = false AND e.CINreferralDate < m.latest
    """

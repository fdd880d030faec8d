"""8772: UN7 (referral with no further action) only for a child whose every referral was NFA.

A child whose UPNunknown is UN7 has no UPN because the referral led to no
further action; every CINdetails of that child must then have ReferralNFA
true. A referral with ReferralNFA false or missing contradicts UN7. Reported
once per child, on the child's identifiers.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8772",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN "
        "details is a referral going on to further action"
    ),
    guidance=(
        "Record the child's UPN, or another reason for its absence, in the case management "
        "system: UN7 is only for a child whose referrals all led to no further action."
    ),
    tables=("child", "cin_episode"),
    fields=("UPNunknown", "ReferralNFA"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT c._file, c._position, c.child, c.UPNunknown AS value
        FROM child AS c
        WHERE c.UPNunknown = 'UN7'
          AND EXISTS (
              SELECT 1 FROM cin_episode AS e
              WHERE e.child = c.child AND e.ReferralNFA IS DISTINCT FROM true
          )
    """

"""8630: an episode cannot close before its referral.

Where both are present, the CIN closure date is on or after the referral
date of the same CINdetails (the same day is allowed).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8630",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Closure Date is before CIN Referral Date for the same CIN episode",
    guidance=(
        "Correct the referral date or the closure date of the episode in the case management "
        "system so that the episode closes on or after the day the referral was received."
    ),
    tables=("cin_episode",),
    fields=("CINreferralDate", "CINclosureDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child,
               CAST(CINclosureDate AS VARCHAR) || ' < ' || CAST(CINreferralDate AS VARCHAR)
               AS value
        FROM cin_episode
        WHERE CINclosureDate < CINreferralDate
    """

"""8815: a child has at most one open CIN episode that led to further action.

An episode is open when it has no closure date; referrals with no further
action (ReferralNFA true) may be left open and are not counted. Where a
child has two or more open episodes with ReferralNFA false, each of them is
reported. (The D2I validator also reports that child's open NFA episodes,
which the rule allows; they are not reported here.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8815",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "More than one open CIN Details episode (a module with no CIN Closure Date) has been "
        "provided for this child and case is not a referral with no further action."
    ),
    guidance=(
        "Close the earlier episodes in the case management system (record the closure date "
        "and reason), so that the child has one open episode, the current one."
    ),
    tables=("cin_episode",),
    fields=("CINclosureDate", "ReferralNFA"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINreferralDate AS VARCHAR) AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child) AS open_episodes
            FROM cin_episode
            WHERE CINclosureDate IS NULL AND ReferralNFA = false
        )
        WHERE open_episodes > 1
    """

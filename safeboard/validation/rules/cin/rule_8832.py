"""8832: no child protection plan on a referral with no further action.

A CINdetails with ReferralNFA true holds no ChildProtectionPlans; each plan
inside one is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8832",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection details provided for a referral with no further action.",
    guidance=(
        "If the referral led to a child protection plan, mark it as going on to further "
        "action in the case management system; otherwise move the plan to the episode it "
        "belongs to."
    ),
    tables=("cp_plan", "cin_episode"),
    fields=("ReferralNFA",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS p
        WHERE EXISTS (
            SELECT 1 FROM cin_episode AS e
            WHERE e.child = p.child AND e.episode = p.episode AND e.ReferralNFA = true
        )
    """

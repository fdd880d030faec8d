"""4000: a CIN plan on a referral that led to no further action.

A referral marked "no further action" (ReferralNFA true) has no CIN plan;
each CIN plan on such an episode is reported. CIN plan dates are collected
from the 2021-22 census.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4000",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Plan details provided for a referral with no further action",
    guidance=(
        "In the case management system, either untick 'no further action' on the referral "
        "(it led to a CIN plan) or move the CIN plan to the referral it belongs to."
    ),
    tables=("cin_plan", "cin_episode"),
    fields=("ReferralNFA", "CINPlanStartDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT c._file, c._position, c.child, CAST(c.CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan AS c
        JOIN cin_episode AS e ON e.child = c.child AND e.episode = c.episode
        WHERE e.ReferralNFA
    """

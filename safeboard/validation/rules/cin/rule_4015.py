"""4015: a CIN plan starting before the referral.

A CIN plan's start date is on or after the referral date of its CIN episode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4015",
    kind="cin",
    severity=Severity.ERROR,
    message="The CIN Plan start date cannot be before the referral date",
    guidance=(
        "In the case management system, check the CIN plan's start date against the "
        "referral date: correct the wrong date, or move the plan to the referral it "
        "belongs to."
    ),
    tables=("cin_plan", "cin_episode"),
    fields=("CINPlanStartDate", "CINreferralDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT c._file, c._position, c.child, CAST(c.CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan AS c
        JOIN cin_episode AS e ON e.child = c.child AND e.episode = c.episode
        WHERE c.CINPlanStartDate < e.CINreferralDate
    """

"""1105: a child protection plan cannot start before the referral.

A plan's start date must be on or after the referral date of the CIN episode
it belongs to.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1105",
    kind="cin",
    severity=Severity.ERROR,
    message="The child protection plan start date cannot be before the referral date",
    guidance=(
        "In the case management system, check the child protection plan's start date "
        "against the referral date of its episode: correct the wrong date, or record the "
        "plan against the referral that led to it."
    ),
    tables=("cp_plan", "cin_episode"),
    fields=("CPPstartDate", "CINreferralDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS p
        JOIN cin_episode AS e ON e.child = p.child AND e.episode = p.episode
        WHERE p.CPPstartDate < e.CINreferralDate
    """

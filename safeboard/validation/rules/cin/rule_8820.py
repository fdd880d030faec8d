"""8820: a child's CIN episodes do not overlap.

Where a child has more than one episode, no episode's referral date may fall
on or after another episode's referral date and before that episode's
closure date or, if that one is open and led to further action, before the
ReferenceDate. One episode may close on the day the next is referred.
The episode referred inside another is reported, with its referral date.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8820",
    kind="cin",
    severity=Severity.ERROR,
    message="The dates on the CIN episodes for this child overlap",
    guidance=(
        "Correct the referral and closure dates of the child's episodes in the case "
        "management system so that each one closes on or before the day the next referral "
        "is received (or merge the two if they are the same episode)."
    ),
    tables=("cin_episode",),
    fields=("CINreferralDate", "CINclosureDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CINreferralDate AS VARCHAR) AS value
        FROM (
            -- Each episode covers its referral date up to its closure date (an open one that
            -- led to further action, up to the ReferenceDate); the latest end among the
            -- child's other episodes referred on or before this one's date says whether
            -- this referral falls inside one of them.
            SELECT *, max(CASE WHEN CINclosureDate IS NOT NULL THEN CINclosureDate
                               WHEN ReferralNFA = false THEN {end} END)
                      OVER (PARTITION BY child ORDER BY CINreferralDate ASC NULLS LAST
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            EXCLUDE CURRENT ROW) AS covered_until
            FROM cin_episode
        )
        WHERE CINreferralDate < covered_until
    """

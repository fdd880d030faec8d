"""8600: every CIN episode has a referral date, on or before the census's ReferenceDate.

A referral dated after 31 March of the collection year belongs to next
year's census; a missing one leaves the episode with no start.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8600",
    kind="cin",
    severity=Severity.ERROR,
    message="Child referral date missing or after data collection period",
    guidance=(
        "Record the date the referral was received on the child's referral in the case "
        "management system. If the referral came in after 31 March, leave it out of this "
        "year's census: it belongs to next year's."
    ),
    tables=("cin_episode",),
    fields=("CINreferralDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CINreferralDate AS VARCHAR) AS value
        FROM cin_episode
        WHERE CINreferralDate IS NULL OR CINreferralDate > {end}
    """

"""8866: a referral from 1 April 2013 on has a valid source of referral.

The source must be present and a code of the census year's list (5D, early
help, from 2022-23 only). A referral without a date is left to rule 8600.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_codes


@rule(
    code="8866",
    kind="cin",
    severity=Severity.ERROR,
    message="Source of Referral is missing or an invalid code",
    guidance=(
        "Record where the referral came from (a census source of referral code, such as 2A "
        "for a school or 6 for the police) in the case management system, or check how the "
        "system maps its own referral sources to the census codes."
    ),
    tables=("cin_episode",),
    fields=("CINreferralDate", "ReferralSource"),
)
def logic(context: RuleContext) -> str:
    codes = sql_codes("ReferralSource", context.collection_year)
    return f"""
        SELECT _file, _position, child, ReferralSource AS value
        FROM cin_episode
        WHERE CINreferralDate >= DATE '2013-04-01'
          AND (ReferralSource IS NULL OR ReferralSource NOT IN {codes})
    """

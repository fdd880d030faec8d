"""8569Q: an old referral marked no further action.

A referral made before the census year began, less one working day (before
the last working day before 1 April), cannot be marked "no further action":
such a referral would have been decided, and returned, in an earlier census.
Working days skip weekends and England's bank holidays (Good Friday and
Easter Monday fall near 1 April in some years).

Deviation from the D2I validator: it offsets 1 April by no working day at
all (its helper subtracts one from the count it is given) and so takes the
first working day on or after 1 April as the limit: it queries a referral
made on the last working day of March, and one made on 1 April itself when
that is a bank holiday (Easter Monday 2024); Safeboard does not.
"""

from __future__ import annotations

from datetime import date, timedelta

from safeboard.common.working_days import is_working_day
from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_start, sql_date


def last_working_day_before(day: date) -> date:
    day -= timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


@rule(
    code="8569Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "A case with referral date before one working day prior to the collection start "
        "date must not be flagged as a no further action case"
    ),
    guidance=(
        "In the case management system, check the referral: one made before this census "
        "year that led to no further action belongs to an earlier return; if it went "
        "further, untick 'no further action'."
    ),
    tables=("cin_episode",),
    fields=("ReferralNFA", "CINreferralDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    threshold = sql_date(last_working_day_before(census_start(context.collection_year)))
    return f"""
        SELECT _file, _position, child, CAST(CINreferralDate AS VARCHAR) AS value
        FROM cin_episode
        WHERE CINreferralDate < {threshold} AND ReferralNFA IS NOT FALSE
    """

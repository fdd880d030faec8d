"""2883: more child protection plans start in the year than initial conferences are held.

A child protection plan starts at an initial child protection conference,
so across the return the plans starting in the census year can be no more
than the initial conferences held in it: those recorded on a section 47
enquiry plus those recorded on the CIN episode itself. One finding for the
whole return (DfE checks it at LA level), saying both counts.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_end, census_start, sql_date


@rule(
    code="2883",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "There are more child protection plans starting than initial conferences taking place"
    ),
    guidance=(
        "Run the case management system's list of child protection plans started in the "
        "year against its list of initial child protection conferences: record the missing "
        "conference dates (on the section 47 enquiry, or on the referral when there was "
        "none), or correct plans that did not start in the year."
    ),
    tables=("cp_plan", "cin_episode", "section47"),
    fields=("CPPstartDate", "DateOfInitialCPC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        WITH counts AS (
            SELECT
                (SELECT count(*) FROM cp_plan
                 WHERE CPPstartDate BETWEEN {start} AND {end}) AS plans,
                (SELECT count(*) FROM cin_episode
                 WHERE DateOfInitialCPC BETWEEN {start} AND {end})
                + (SELECT count(*) FROM section47
                   WHERE DateOfInitialCPC BETWEEN {start} AND {end}) AS conferences
        )
        SELECT NULL AS _file, '' AS _position, NULL AS child,
               plans || ' plans started, ' || conferences || ' initial conferences' AS value
        FROM counts
        WHERE plans > conferences
    """

"""2885: a child protection plan that does not start on the day of its conference.

A plan starting in the census year starts at an initial child protection
conference of its CIN episode: the plan's start date equals the conference
date of one of the episode's section 47 enquiries or, when the episode has
no section 47 enquiry, the conference date recorded on the episode itself.

Section 47 enquiries marked as needing no initial conference
(ICPCnotRequired) are not the plan's enquiry, so they neither match nor
stop the episode's own conference date from matching. (The D2I validator
sets aside only those marked "1", not "true"; Safeboard reads both as the
same boolean.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_end, census_start, sql_date


@rule(
    code="2885",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Child protection plan shown as starting a different day to the initial child "
        "protection conference."
    ),
    guidance=(
        "In the case management system, check the plan's start date against the date of "
        "the initial child protection conference that decided it (on the section 47 "
        "enquiry, or on the referral when there was no enquiry): they must be the same day."
    ),
    tables=("cp_plan", "section47", "cin_episode"),
    fields=("CPPstartDate", "DateOfInitialCPC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        WITH enquiries AS (
            SELECT child, episode, DateOfInitialCPC FROM section47
            WHERE ICPCnotRequired IS NOT TRUE
        )
        SELECT p._file, p._position, p.child, CAST(p.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS p
        WHERE p.CPPstartDate BETWEEN {start} AND {end}
          AND p.child IS NOT NULL  -- no id, no link to its conferences (8500 says so)
          AND NOT EXISTS (
              SELECT 1 FROM enquiries AS s
              WHERE s.child = p.child AND s.episode = p.episode
                AND s.DateOfInitialCPC = p.CPPstartDate
          )
          AND (
              EXISTS (
                  SELECT 1 FROM enquiries AS s
                  WHERE s.child = p.child AND s.episode = p.episode
              )
              OR NOT EXISTS (
                  SELECT 1 FROM cin_episode AS e
                  WHERE e.child = p.child AND e.episode = p.episode
                    AND e.DateOfInitialCPC = p.CPPstartDate
              )
          )
    """

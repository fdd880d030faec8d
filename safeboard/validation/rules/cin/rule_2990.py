"""2990: activity on a case closed after assessment.

A CIN episode closed as "case closed after assessment, no further action"
(RC8) or, from 2022-23, "case closed after assessment, referred to early
help" (RC9) had nothing beyond the assessment: no section 47 enquiry, no
child protection plan, no initial conference date on the episode and no CIN
plan. The episode is reported; RC9 counts only in the years whose code
list has it.
"""

from __future__ import annotations

from safeboard.returns.codelists import cin as cin_codelists
from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import sql_list

CLOSED_AFTER_ASSESSMENT = {"RC8", "RC9"}


@rule(
    code="2990",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Activity is recorded against a case marked as ‘Case closed after assessment, no "
        "further action’ or 'case closed after assessment, referred to early help'."
    ),
    guidance=(
        "In the case management system, either change the episode's reason for closure "
        "(the case did not close after the assessment) or move the section 47 enquiry, "
        "conference, child protection plan or CIN plan to the episode it belongs to."
    ),
    tables=("cin_episode", "section47", "cp_plan", "cin_plan"),
    fields=("ReasonForClosure",),
)
def logic(context: RuleContext) -> str:
    reasons = CLOSED_AFTER_ASSESSMENT & cin_codelists.codes(
        "ReasonForClosure", context.collection_year
    )
    return f"""
        SELECT e._file, e._position, e.child, e.ReasonForClosure AS value
        FROM cin_episode AS e
        WHERE e.ReasonForClosure IN {sql_list(reasons)}
          AND (
              e.DateOfInitialCPC IS NOT NULL
              OR EXISTS (SELECT 1 FROM section47 AS s
                         WHERE s.child = e.child AND s.episode = e.episode)
              OR EXISTS (SELECT 1 FROM cp_plan AS p
                         WHERE p.child = e.child AND p.episode = e.episode)
              OR EXISTS (SELECT 1 FROM cin_plan AS c
                         WHERE c.child = e.child AND c.episode = e.episode)
          )
    """

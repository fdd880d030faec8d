"""8565: activity dated after the case was closed.

Where a CIN episode has a closure date, it is on or after every date of the
episode's activity that is present: its own initial conference date, its
assessments' start and authorisation dates, its section 47 enquiries' start
and conference dates, its child protection plans' end dates and its CIN
plans' start and end dates. Each episode with activity after its closure is
reported once, the finding's field naming the items that come after it.

Deviation from the D2I validator: its version of this rule compares closure
dates with a fixed example plan instead of the return's child protection
plans (a test fixture left in the rule), so it never reports a plan ending
after the closure; Safeboard does.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

# (table, date column) of each activity an episode's closure may not precede.
ACTIVITY = (
    ("cin_episode", "DateOfInitialCPC"),
    ("assessment", "AssessmentActualStartDate"),
    ("assessment", "AssessmentAuthorisationDate"),
    ("section47", "S47ActualStartDate"),
    ("section47", "DateOfInitialCPC"),
    ("cp_plan", "CPPendDate"),
    ("cin_plan", "CINPlanStartDate"),
    ("cin_plan", "CINPlanEndDate"),
)


@rule(
    code="8565",
    kind="cin",
    severity=Severity.ERROR,
    message="Activity shown after a case has been closed",
    guidance=(
        "In the case management system, check the referral's closure date against the "
        "dates of its assessments, enquiries, conferences and plans: correct the closure "
        "date, or the activity's date, or move the activity to the referral it belongs to."
    ),
    tables=("cin_episode", "assessment", "section47", "cp_plan", "cin_plan"),
    fields=(
        "CINclosureDate",
        "DateOfInitialCPC",
        "AssessmentActualStartDate",
        "AssessmentAuthorisationDate",
        "S47ActualStartDate",
        "CPPendDate",
        "CINPlanStartDate",
        "CINPlanEndDate",
    ),
)
def logic(context: RuleContext) -> str:
    after = " UNION ALL ".join(
        f"SELECT child, episode, {column} AS day, '{column}' AS field FROM {table} "
        f"WHERE {column} IS NOT NULL"
        for table, column in ACTIVITY
    )
    return f"""
        WITH activity AS ({after}),
        late AS (
            SELECT e._file, e._position, e.child, e.CINclosureDate, a.field
            FROM cin_episode AS e
            JOIN activity AS a ON a.child = e.child AND a.episode = e.episode
            WHERE a.day > e.CINclosureDate
        )
        SELECT _file, _position, child, CAST(CINclosureDate AS VARCHAR) AS value,
               'CINclosureDate,' || string_agg(DISTINCT field, ',' ORDER BY field) AS field
        FROM late
        GROUP BY _file, _position, child, CINclosureDate
    """

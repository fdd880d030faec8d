"""8775Q: a child over 25 on the ReferenceDate with an episode open after the 25th birthday.

Where the child was born more than 25 years before the ReferenceDate, each
CIN episode is queried that is still open or closed after the child turned
25. (Children's services rarely work with a person that old.)

Deviation: Safeboard keeps birth dates only to their month, so the rule uses
the last day of the birth month, the latest the child can have been born:
it queries only episodes certain to match.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_date


@rule(
    code="8775Q",
    kind="cin",
    severity=Severity.WARNING,
    message="Please check and either amend data or provide a reason: Child is over 25 years old",
    guidance=(
        "Check the child's date of birth in the case management system. If it is right, close "
        "the episode on the date the service ended, or give DfE the reason it is still open."
    ),
    tables=("child", "cin_episode"),
    fields=("PersonBirthDate", "CINclosureDate"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    born_before = sql_date(date(year - 25, 3, 31))  # the ReferenceDate minus 25 years
    return f"""
        SELECT e._file, e._position, e.child,
               coalesce(CAST(e.CINclosureDate AS VARCHAR), 'open') AS value,
               'cin_episode' AS "table"
        FROM cin_episode AS e
        JOIN (
            SELECT DISTINCT child, last_day(PersonBirthDate) AS born
            FROM child
            WHERE last_day(PersonBirthDate) < {born_before}
        ) AS c USING (child)
        WHERE e.CINclosureDate IS NULL OR e.CINclosureDate > c.born + INTERVAL 25 YEAR
    """

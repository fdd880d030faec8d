"""2886Q: more than 2% of the born children have no sex (gender) recorded.

Across the return, the children with no sex recorded (missing, or the code
for not recorded: GenderCurrent 0 until 2023-24, Sex U from 2024-25) and no
expected date of birth (so not unborn children, who cannot have one yet)
should be no more than 2% of all children. One finding for the whole
return, with the share.

Deviation from the D2I validator: its version for 2022-23 and 2023-24 can
never report (it compares the text codes with the number 0, and the
operators bind so that missing values do not count either); Safeboard
checks what DfE's rule says in every year.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import gender_column

NOT_RECORDED = {"GenderCurrent": "0", "Sex": "U"}
MESSAGE_BEFORE_SEX = (
    "Please check and either amend or provide a reason: Percentage of children with no "
    "gender recorded is more than 2% (excluding unborns)"
)


@rule(
    code="2886Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: Percentage of children with no "
        "sex recorded is more than 2% (excluding unborns)"
    ),
    guidance=(
        "List the children in the case management system with no sex (gender) recorded and "
        "no expected date of birth, and record it from the child's records where it is "
        "known; if many really are unknown, give DfE the reason when you submit."
    ),
    tables=("child",),
    fields=("Sex", "GenderCurrent", "ExpectedPersonBirthDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    column = gender_column(context.collection_year)
    message = "NULL" if column == "Sex" else sql_literal(MESSAGE_BEFORE_SEX)
    return f"""
        WITH counts AS (
            SELECT count(*) AS children,
                   count(*) FILTER (
                       WHERE ({column} IS NULL OR {column} = '{NOT_RECORDED[column]}')
                         AND ExpectedPersonBirthDate IS NULL
                   ) AS unrecorded
            FROM child
        )
        SELECT NULL AS _file, '' AS _position, NULL AS child,
               unrecorded || ' of ' || children || ' children' AS value,
               {message} AS message, '{column}' AS field
        FROM counts
        WHERE unrecorded * 50 > children
    """

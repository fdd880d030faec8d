"""4180: the child's sex (gender until 2023-24) is missing or not a code of the year.

Until 2023-24 the census records GenderCurrent (0, 1, 2 or 9); from 2024-25
it records Sex (M, F or U) instead. Either must be present and a code of the
year's list. DfE's message changed with the item: "Gender is missing" until
2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import gender_column, sql_codes

MESSAGE_BEFORE_SEX = "Gender is missing"


@rule(
    code="4180",
    kind="cin",
    severity=Severity.ERROR,
    message="Sex must be provided and equal M, F, or U",
    guidance=(
        "Record the child's sex in the case management system (U where it is not known, or "
        "for an unborn child), using the DfE's codes for the year, then export again."
    ),
    tables=("child",),
    fields=("Sex", "GenderCurrent"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    column = gender_column(context.collection_year)
    message = "NULL" if column == "Sex" else sql_literal(MESSAGE_BEFORE_SEX)
    return f"""
        SELECT _file, _position, child, {column} AS value, '{column}' AS field,
               {message} AS message
        FROM child
        WHERE {column} IS NULL OR {column} NOT IN {sql_codes(column, context.collection_year)}
    """

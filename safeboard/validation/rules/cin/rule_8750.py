"""8750: an unborn child's sex or gender is recorded as not known.

A child with an expected date of birth and no date of birth is unborn: to
2023-24 its GenderCurrent must be 0 ("not recorded or unborn"); from
2024-25, when Sex replaced GenderCurrent, its Sex must be U. DfE's message
changed with the element; each finding carries its year's message.
"""

from __future__ import annotations

from safeboard.returns.codelists.cin import SEX_FROM
from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule

GENDER_MESSAGE = "Gender must equal 0 for an unborn child"  # to 2023-24
SEX_MESSAGE = "Sex must equal U for an unborn child"  # from 2024-25


@rule(
    code="8750",
    kind="cin",
    severity=Severity.ERROR,
    message=SEX_MESSAGE,
    guidance=(
        "For an unborn child, record the sex as not known (U; to 2023-24 the gender 0, "
        "not recorded or unborn) in the case management system; if the child has been born, "
        "record the date of birth instead."
    ),
    tables=("child",),
    fields=("Sex", "GenderCurrent", "PersonBirthDate", "ExpectedPersonBirthDate"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    column, expected, message = (
        ("Sex", "U", SEX_MESSAGE) if year >= SEX_FROM else ("GenderCurrent", "0", GENDER_MESSAGE)
    )
    return f"""
        SELECT _file, _position, child, {column} AS value, '{column}' AS field,
               {sql_literal(message)} AS message
        FROM child
        WHERE PersonBirthDate IS NULL AND ExpectedPersonBirthDate IS NOT NULL
          AND ({column} IS NULL OR {column} <> '{expected}')
    """

"""101: the child's sex (gender until 2023-24) is not a valid code.

SEX must be one of the year's codes: 1 (male) or 2 (female) to 2023-24, M, F
or U from 2024-25 (lac2024_25). A blank is invalid too: every child has one.
DfE reworded the message in 2024-25; earlier years get the earlier wording.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes

MESSAGE_TO_2024 = "Gender code is not valid."


@rule(
    code="101",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The child or young person’s reported sex is not valid.",
    guidance=(
        "Record the child's sex in the case management system with one of the year's codes "
        "(1 or 2 up to 2023-24; M, F or U from 2024-25) and export the Header file again."
    ),
    tables=("Header",),
    fields=("SEX",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    message = "NULL" if year >= 2025 else sql_literal(MESSAGE_TO_2024)
    return f"""
        SELECT _file, _position, child, SEX AS value, {message} AS message
        FROM Header
        WHERE SEX IS NULL OR SEX NOT IN {sql_codes("SEX", year)}
    """

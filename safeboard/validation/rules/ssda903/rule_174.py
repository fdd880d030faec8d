"""174: a mother's child's date of birth is recorded for a boy.

MC_DOB is for a young mother: given with SEX male (1 to 2023-24, M from
2024-25) it fails. DfE reworded "gender" as "sex" in 2024-25.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import male_codes

MESSAGE_TO_2024 = (
    "Mother's child date of birth is recorded but gender shows that the child is a male."
)


@rule(
    code="174",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Mother's child date of birth is recorded but sex shows that the child is a male.",
    guidance=(
        "Check the young person's record in the case management system: remove the date of "
        "birth of the mother's child from a boy's record, or correct the recorded sex."
    ),
    tables=("Header",),
    fields=("SEX", "MC_DOB"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    message = "NULL" if year >= 2025 else sql_literal(MESSAGE_TO_2024)
    return f"""
        SELECT _file, _position, child, SEX AS value, {message} AS message FROM Header
        WHERE MC_DOB IS NOT NULL AND SEX IN {male_codes(year)}
    """

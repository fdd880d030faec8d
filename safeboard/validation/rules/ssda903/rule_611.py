"""611: a mother without the date of birth of her first child.

MOTHER 1 says the young woman is a mother: MC_DOB must then be given.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="611",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Date of birth field is blank, but child is a mother.",
    guidance=(
        "Record the date of birth of the young woman's first child in the case management "
        "system, or correct the mother item if she is not a mother."
    ),
    tables=("Header",),
    fields=("MOTHER", "MC_DOB"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, MOTHER AS value FROM Header
        WHERE MOTHER = '1' AND MC_DOB IS NULL
    """

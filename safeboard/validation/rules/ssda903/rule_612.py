"""612: a first child's birth date for a girl the mother item says is not a mother.

A female child (SEX 2 to 2023-24, F from 2024-25) with MC_DOB given must
have MOTHER 1; MOTHER 0 or blank fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import female


@rule(
    code="612",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of birth field has been completed but mother field indicates child is not a mother."
    ),
    guidance=(
        "Check whether the young woman is a mother: set the mother item to 1 if she is, or "
        "remove the first child's date of birth if she is not."
    ),
    tables=("Header",),
    fields=("SEX", "MOTHER", "MC_DOB"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, MOTHER AS value FROM Header
        WHERE SEX = {female(context.collection_year)} AND MC_DOB IS NOT NULL
          AND (MOTHER IS NULL OR MOTHER = '0')
    """

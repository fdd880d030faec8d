"""621: the first child born before the mother.

MC_DOB must be after the mother's own DOB. Both are kept to their month: a
first child born in an earlier month than the mother, or in the same month
(a mother not a month old), fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="621",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Mother’s field has been completed but date of birth shows that the mother is younger "
        "than her child."
    ),
    guidance=(
        "Correct the young woman's date of birth or her first child's date of birth in the "
        "case management system."
    ),
    tables=("Header",),
    fields=("DOB", "MC_DOB"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(MC_DOB AS VARCHAR) AS value FROM Header
        WHERE MC_DOB IS NOT NULL AND DOB IS NOT NULL AND MC_DOB <= DOB
    """

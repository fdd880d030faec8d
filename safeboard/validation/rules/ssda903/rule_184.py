"""184: the decision to place for adoption is dated before the child was born.

Birth dates are kept to their month (see _dfe_low), so the test is against
the 1st of the birth month: a decision earlier in the birth month than the
birth itself is not seen. (A decision before birth is possible for a
relinquished baby only in DfE's sense of "should be placed", so it fails.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="184",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that a child should be placed for adoption is before the child was born."
    ),
    guidance=(
        "Check the date of the decision that the child should be placed for adoption, and the "
        "child's date of birth, in the case management system, and correct whichever is wrong."
    ),
    tables=("PlacedAdoption", "Header"),
    fields=("DATE_PLACED", "DOB"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.DATE_PLACED AS VARCHAR) AS value
        FROM PlacedAdoption AS p JOIN Header AS h ON h.child = p.child
        WHERE p.DATE_PLACED < h.DOB
    """

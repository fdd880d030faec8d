"""624: the first child's birth date differs from last year's return.

A previous-year rule: it reads last year's Header (``prev_Header``, the
current SSDA903 snapshot of the previous collection year) and does not run
when none was imported. Where last year's MC_DOB was given, this year's
must be the same. Both are kept to their month, so two dates in the same
month are the same here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="624",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of birth of the first child contradicts the date of birth of the first child "
        "previously recorded."
    ),
    guidance=(
        "Check the date of birth of the young woman's first child against last year's return "
        "and correct whichever is wrong in the case management system."
    ),
    tables=("Header", "prev_Header"),
    fields=("MC_DOB",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, CAST(h.MC_DOB AS VARCHAR) AS value
        FROM Header AS h
        WHERE EXISTS (
            SELECT 1 FROM prev_Header AS p
            WHERE p.child = h.child AND p.MC_DOB IS NOT NULL
              AND h.MC_DOB IS DISTINCT FROM p.MC_DOB)
    """

"""626: a mother last year who was not, with a first child born before this year.

A previous-year rule (``prev_Header``; it does not run when last year's
return was not imported). MOTHER 1 now, MOTHER 0 in last year's return, and
the first child born before 1 April that opens this year contradict each
other: the child was then already a mother. MC_DOB is kept to its month and
the year starts on the first of a month, so the comparison is exact.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_start


@rule(
    code="626",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child was reported as a mother but the date of birth of the first child is before "
        "the current year which contradicts with the mother status recorded last year."
    ),
    guidance=(
        "Check the mother item against last year's return and the first child's date of "
        "birth, and correct whichever is wrong in the case management system."
    ),
    tables=("Header", "prev_Header"),
    fields=("MOTHER", "MC_DOB"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT h._file, h._position, h.child, CAST(h.MC_DOB AS VARCHAR) AS value
        FROM Header AS h
        WHERE h.MOTHER = '1' AND h.MC_DOB < {year_start(context)}
          AND EXISTS (SELECT 1 FROM prev_Header AS p WHERE p.child = h.child AND p.MOTHER = '0')
    """

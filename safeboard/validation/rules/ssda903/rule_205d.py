"""205D: UASC this year, in last year's return, but not UASC there.

A child in this year's UASC file who was in last year's Header (prev_Header)
but not in last year's UASC file. The finding is on this year's Header row,
as DfE's check reports it (a child missing from this year's Header is
reported on the UASC row).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="205D",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child identified as UASC this year but not identified as UASC status provided for the "
        "child last year."
    ),
    guidance=(
        "Check in the case management system whether the child was an unaccompanied "
        "asylum-seeking child last year: if so, amend last year's return with DfE; if not, "
        "correct this year's UASC record."
    ),
    tables=("UASC", "prev_Header", "prev_UASC"),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    header = "Header" in context.tables
    source = (
        "SELECT coalesce(h._file, u._file) AS _file, coalesce(h._position, u._position) "
        "AS _position, u.child, CASE WHEN h.child IS NULL THEN 'UASC' ELSE 'Header' END "
        'AS "table" FROM UASC AS u LEFT JOIN Header AS h ON h.child = u.child'
        if header
        else "SELECT _file, _position, child, 'UASC' AS \"table\" FROM UASC AS u"
    )
    return f"""
        SELECT DISTINCT s._file, s._position, s.child, NULL AS value, s."table"
        FROM ({source}) AS s
        WHERE s.child IN (SELECT child FROM prev_Header)
          AND s.child NOT IN (SELECT child FROM prev_UASC)
    """

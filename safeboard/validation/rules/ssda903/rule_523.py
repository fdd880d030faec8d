"""523: the decision to place for adoption and the adoption's decision date differ.

For an adopted child (AD1), DATE_PLACED of the decision to place for
adoption (PlacedAdoption) and DATE_INT (AD1) record the same decision: they
must be the same date. Reported on both rows.

Deviation from the D2I validator: only decisions still in force (no
DATE_PLACED_CEASED or REASON_PLACED_CEASED) are compared. An earlier
decision that was reversed is not the one the adoption followed; D2I
compares it too and reports a child who had one.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="523",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption should be the same date "
        "as the decision that adoption is in the best interest (date should be placed)."
    ),
    guidance=(
        "Record one date for the decision that the child should be placed for adoption in the "
        "case management system: the placed-for-adoption record and the adoption record must "
        "carry the same date."
    ),
    tables=("PlacedAdoption", "AD1"),
    fields=("DATE_PLACED", "DATE_INT"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH differ AS (
            SELECT p._file, p._position, p.child, p.DATE_PLACED,
                   a._file AS a_file, a._position AS a_position, a.DATE_INT
            FROM PlacedAdoption AS p JOIN AD1 AS a ON a.child = p.child
            WHERE p.DATE_PLACED_CEASED IS NULL AND p.REASON_PLACED_CEASED IS NULL
              AND p.DATE_PLACED <> a.DATE_INT
        )
        SELECT _file, _position, child, CAST(DATE_PLACED AS VARCHAR) AS value,
               'PlacedAdoption' AS "table" FROM differ
        UNION
        SELECT a_file, a_position, child, CAST(DATE_INT AS VARCHAR), 'AD1' FROM differ
    """

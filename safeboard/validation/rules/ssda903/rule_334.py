"""334: the decision to place for adoption is before the latest period of care began.

AD1 DATE_INT must not be before the start of the child's latest episode with
RNE S (the start of the latest period of care). Both rows fail.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import LAST_IN_FILE_FIRST


@rule(
    code="334",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date child started to be looked after in latest period of care must be on or prior to "
        "the date should be placed for adoption. "
    ),
    guidance=(
        "Check the date of the decision that the child should be placed for adoption, and the "
        "start of the latest period of care, in the case management system."
    ),
    tables=("AD1", "Episodes"),
    fields=("DATE_INT", "DECOM", "RNE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH latest AS (
            SELECT * FROM Episodes WHERE RNE = 'S'
            QUALIFY row_number() OVER (
                PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) = 1),
        clash AS (
            SELECT a._file AS a_file, a._position AS a_position, e._file AS e_file,
                   e._position AS e_position, a.child, a.DATE_INT
            FROM AD1 AS a JOIN latest AS e ON e.child = a.child
            WHERE a.DATE_INT < e.DECOM)
        SELECT a_file AS _file, a_position AS _position, child,
               CAST(DATE_INT AS VARCHAR) AS value, 'AD1' AS "table" FROM clash
        UNION ALL
        SELECT e_file, e_position, child, CAST(DATE_INT AS VARCHAR), 'Episodes' FROM clash
    """

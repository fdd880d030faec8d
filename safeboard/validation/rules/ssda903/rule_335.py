"""335: adopted by the foster carers (FOSTER_CARE) disagrees with the adoptive placement.

For an episode ending in adoption (REC E11/E12; DfE's list also names E1): a
placement with the current foster carers (A3, A5) needs FOSTER_CARE 1, and a
placement with other adopters (A4, A6) FOSTER_CARE 0. (DfE's message still
names the retired codes A1 and A2.) Both the episode and the AD1 row fail.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="335",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The current foster value (0) suggests that child is not adopted by current foster "
        "carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests "
        "that child is adopted by current foster carer, but last placement is A1, A4 or A6."
    ),
    guidance=(
        "Check in the case management system whether the child was adopted by the foster "
        "carers: correct either 'adopted by former foster carers' or the placement type of the "
        "adoptive placement (A3/A5 with the foster carers, A4/A6 with other adopters)."
    ),
    tables=("Episodes", "AD1"),
    fields=("PLACE", "FOSTER_CARE"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH clash AS (
            SELECT e._file AS e_file, e._position AS e_position, a._file AS a_file,
                   a._position AS a_position, e.child, e.PLACE
            FROM Episodes AS e JOIN AD1 AS a ON a.child = e.child
            WHERE e.REC IN ('E1', 'E11', 'E12')
              AND ((e.PLACE IN ('A2', 'A3', 'A5') AND a.FOSTER_CARE = '0')
                OR (e.PLACE IN ('A1', 'A4', 'A6') AND a.FOSTER_CARE = '1')))
        SELECT e_file AS _file, e_position AS _position, child, PLACE AS value,
               'Episodes' AS "table" FROM clash
        UNION ALL
        SELECT DISTINCT a_file, a_position, child, PLACE, 'AD1' FROM clash
    """

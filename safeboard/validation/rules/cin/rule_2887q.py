"""2887Q: fewer than 8 disability codes used in the whole return.

Across the return, the different disability codes used (NONE apart) should
be more than 7: a return of any size using 7 or fewer suggests disabilities
are not being recorded in full. One finding for the whole return.

Deviation from the D2I validator: it counts the children recorded with
NONE instead of the different codes used, so it queries a return with few
NONE records whatever codes it uses; Safeboard counts what DfE's rule says.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="2887Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: Less than 8 disability codes "
        "have been used in your return"
    ),
    guidance=(
        "Check that the case management system records every disability a child has, with "
        "the DfE's codes (not only a general one such as DDA); if the return really uses "
        "few codes, give DfE the reason when you submit."
    ),
    tables=("disability",),
    fields=("Disability",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT NULL AS _file, '' AS _position, NULL AS child,
               count(DISTINCT Disability) || ' codes used' AS value
        FROM disability
        WHERE Disability <> 'NONE'
        HAVING count(DISTINCT Disability) <= 7
    """

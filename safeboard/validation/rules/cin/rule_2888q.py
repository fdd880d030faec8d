"""2888Q: no child has more than one disability recorded.

Among the children recorded with a disability (NONE apart), at least one
should have more than one: when every one has exactly one code, multiple
disabilities are probably not being recorded. One finding for the whole
return. A return with no disabled child at all is 2887Q's concern, not this
rule's.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="2888Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: Only one disability code is "
        "recorded per child and multiple disabilities should be recorded where possible."
    ),
    guidance=(
        "Check that the case management system records all of a child's disabilities, not "
        "only the main one, and that the census export includes them all; otherwise give "
        "DfE the reason when you submit."
    ),
    tables=("disability",),
    fields=("Disability",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT NULL AS _file, '' AS _position, NULL AS child,
               count(*) || ' children with one disability each' AS value
        FROM (
            SELECT child, count(DISTINCT Disability) AS codes
            FROM disability
            WHERE Disability <> 'NONE'
            GROUP BY child
        )
        HAVING count(*) > 0 AND max(codes) = 1
    """

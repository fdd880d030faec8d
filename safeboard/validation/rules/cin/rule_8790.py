"""8790: a child's disabilities are either NONE or a list of disabilities, not both.

Where a child has a Disability of NONE, no other Disability is allowed for
the same child. Each other disability recorded beside NONE is reported
(as the D2I validator does); NONE is read in any case.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8790",
    kind="cin",
    severity=Severity.ERROR,
    message="Disability information includes both None and other values",
    guidance=(
        "In the case management system, either remove 'None' from the child's disabilities "
        "or remove the disabilities recorded beside it, whichever is true of the child."
    ),
    tables=("disability",),
    fields=("Disability",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, Disability AS value
        FROM disability
        WHERE upper(Disability) <> 'NONE'
          AND child IN (SELECT child FROM disability WHERE upper(Disability) = 'NONE')
    """

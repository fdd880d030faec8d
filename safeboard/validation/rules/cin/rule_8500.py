"""8500: a child without an LAchildID.

Every child has the local authority's id for them. (The id is pseudonymised
at import; a child without one has no pseudonym.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8500",
    kind="cin",
    severity=Severity.ERROR,
    message="LA Child ID missing",
    guidance=(
        "Check the case management system's census export: every child must carry the "
        "local authority's id for them (the same id as in earlier returns)."
    ),
    tables=("child",),
    fields=("LAchildID",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, NULL AS child, NULL AS value
        FROM child
        WHERE child IS NULL
    """

"""1570: the LAchildID is longer than 20 characters (from 2024-25).

DfE limits the LA's child id to 20 characters from the 2024-25 census. The
id is pseudonymised at import; its length is kept (``LAchildID_length``).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1570",
    kind="cin",
    severity=Severity.ERROR,
    message="LA Child ID must not be longer than 20 characters",
    guidance=(
        "Shorten the child's id in the case management system's census export to at most "
        "20 characters (the same id must be used for the child in every return and year)."
    ),
    tables=("child",),
    fields=("LAchildID",),
    first_year=2025,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(LAchildID_length AS VARCHAR) AS value
        FROM child
        WHERE LAchildID_length > 20
    """

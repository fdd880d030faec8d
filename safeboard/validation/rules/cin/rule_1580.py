"""1580: the LAchildID holds a character other than a letter or digit (from 2024-25).

From the 2024-25 census DfE allows only letters and digits in the LA's
child id. The id is pseudonymised at import; whether it holds only A-Z,
a-z and 0-9 is kept (``LAchildID_alphanumeric``).

Deviation from the D2I validator: it uses Python's isalnum, which also
accepts accented and other non-English letters; DfE's alphanumeric means
the English letters and digits, and so does Safeboard.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1580",
    kind="cin",
    severity=Severity.ERROR,
    message="LA Child ID must not contain any non-alphanumeric characters",
    guidance=(
        "Remove the spaces, hyphens or other symbols from the child's id in the case "
        "management system's census export, leaving letters and digits only (and keep the "
        "id the same in every return and year)."
    ),
    tables=("child",),
    fields=("LAchildID",),
    first_year=2025,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE LAchildID_alphanumeric = false
    """

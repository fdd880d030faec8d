"""INT04: a child in Missing who has no Header row.

Every child in the return has one row in the Header table (sex, birth date,
ethnicity); a Missing row whose child is not there belongs to no child the
return describes. One of the data integrity checks DfE's portal makes as it
loads the files (the D2I validator's INT rules).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import child_not_in_header


@rule(
    code="INT04",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Internal Check: Child in Missing does not exist in Header.",
    guidance=(
        "Export the child's Header row with the return, or remove the Missing row if the "
        "child does not belong in it; check the child's identifier is the same in both files."
    ),
    tables=("Missing", "Header"),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    return child_not_in_header("Missing")

"""114: FOSTER_CARE (adopted by former foster carers) is not 0 or 1.

Blank is allowed here (rule 151 checks the adoption items are all given).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="114",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Data entry to record the status of former carer(s) of an adopted child is invalid."),
    guidance=(
        "Record whether the child was adopted by their former foster carers as 1 (yes) or "
        "0 (no) on the adoption record in the case management system."
    ),
    tables=("AD1",),
    fields=("FOSTER_CARE",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, FOSTER_CARE AS value FROM AD1
        WHERE FOSTER_CARE NOT IN ('0', '1')
    """

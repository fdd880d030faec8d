"""1510: the UPN's first character is not its check letter.

A UPN's first character is a check letter worked out from the other twelve
(DfE's UPN guide; a temporary UPN's final letter counts as its place in the
letter list). The UPN itself is not stored, so the import works out whether
the letter agrees (``UPN_check``, in the CIN kind) and this rule reads that.
A UPN whose check cannot be worked out (wrong length, letters among the
digits) is left to 1540 and 1550.

Deviation from the D2I validator: it skips temporary UPNs (ending in a
letter); DfE's guide checks them too, and so does Safeboard.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1510",
    kind="cin",
    severity=Severity.ERROR,
    message="UPN invalid (wrong check letter at character 1)",
    guidance=(
        "Compare the child's UPN in the case management system with the school's record of "
        "it (a digit or letter has been mistyped), and correct it. If the child has no UPN, "
        "leave the UPN empty and give the reason in UPNunknown."
    ),
    tables=("child",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    # Never the UPN as the value: it is an identifier (and not stored).
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE UPN_check = false
    """

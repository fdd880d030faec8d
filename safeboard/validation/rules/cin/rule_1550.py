"""1550: the UPN's 13th character is neither a digit nor a UPN letter.

The last character of a 13-character UPN is a digit, or for a temporary UPN
a capital letter other than I, O and S. The import keeps the UPN's form
(``UPN_form``: 9 a digit, A such a letter), not the UPN.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1550",
    kind="cin",
    severity=Severity.ERROR,
    message="UPN invalid (character 13 not a recognised value)",
    guidance=(
        "Compare the child's UPN in the case management system with the school's record: "
        "its last character is a digit, or a capital letter (not I, O or S) for a temporary "
        "UPN. Correct it, or leave it empty and give the reason in UPNunknown."
    ),
    tables=("child",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE length(UPN_form) = 13 AND substr(UPN_form, 13, 1) NOT IN ('9', 'A')
    """

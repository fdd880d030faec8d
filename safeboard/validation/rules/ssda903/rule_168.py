"""168: the UPN is not a valid UPN, nor one of the codes for an unknown UPN (UN1-UN5).

The UPN itself is not kept at import; whether it was well formed is
(``UPN_VALID``, see safeboard.returns.kinds.ssda903): a check letter other
than I, O or S followed by 12 digits, or 11 digits and a letter (a temporary
UPN), or UN1-UN5. A blank UPN is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="168",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, "
        "UN3, UN4 or UN5."
    ),
    guidance=(
        "Record the child's UPN exactly as the school has it (13 characters) in the case "
        "management system, or the code for why it is not known (UN1-UN5)."
    ),
    tables=("Header",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    # The value is never echoed: a UPN is an identifier.
    return "SELECT _file, _position, child, NULL AS value FROM Header WHERE NOT UPN_VALID"

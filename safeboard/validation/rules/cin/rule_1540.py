"""1540: the UPN's characters 5-12 are not all digits.

Characters 5-12 of a UPN are digits (the establishment and the serial
number). The import keeps the UPN's form (``UPN_form``: 9 for a digit), not
the UPN. A UPN too short to have characters 5-12 fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1540",
    kind="cin",
    severity=Severity.ERROR,
    message="UPN invalid (characters 5-12 not all numeric)",
    guidance=(
        "Compare the child's UPN in the case management system with the school's record: "
        "characters 5 to 12 are digits (look for a letter O typed for a zero, or spaces). "
        "Correct it, or leave it empty and give the reason in UPNunknown."
    ),
    tables=("child",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE UPN_form IS NOT NULL AND substr(UPN_form, 5, 8) <> '99999999'
    """

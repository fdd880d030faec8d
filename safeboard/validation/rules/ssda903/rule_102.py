"""102: the date of birth is not a valid date.

A date that does not parse is stored empty at import (and reported there as
SB-TYPE, naming the value), so here an empty DOB is what fails: blank or
unreadable, the child has no usable date of birth.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="102",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Date of birth is not a valid date.",
    guidance=(
        "Enter the child's full date of birth (DD/MM/YYYY) on the child's record in the case "
        "management system and export the Header file again."
    ),
    tables=("Header",),
    fields=("DOB",),
)
def logic(context: RuleContext) -> str:
    return "SELECT _file, _position, child, NULL AS value FROM Header WHERE DOB IS NULL"

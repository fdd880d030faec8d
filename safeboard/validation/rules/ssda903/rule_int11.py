"""INT11: the birth date in AD1 differs from the Header's.

A child's DOB is repeated in AD1; both given, they must agree. Birth
dates are kept to their month at import, so two dates in the same month
agree here (a difference of days is not seen).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import differs_from_header


@rule(
    code="INT11",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Internal Check: DOB in AD1 is different to DOB in Header.",
    guidance=(
        "Correct the date of birth so the Header and AD1 agree; it comes from one field in "
        "the case management system, so check the export."
    ),
    tables=("AD1", "Header"),
    fields=("DOB",),
)
def logic(context: RuleContext) -> str:
    return differs_from_header("AD1", "DOB")

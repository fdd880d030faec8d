"""INT21: the sex in UASC differs from the Header's.

A child's SEX is repeated in the UASC table; both given, they must agree.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import differs_from_header


@rule(
    code="INT21",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Internal Check: SEX in UASC is different to SEX in Header.",
    guidance=(
        "Correct the sex so the Header and UASC rows agree; it comes from one field in the "
        "case management system, so check the export."
    ),
    tables=("UASC", "Header"),
    fields=("SEX",),
)
def logic(context: RuleContext) -> str:
    return differs_from_header("UASC", "SEX")

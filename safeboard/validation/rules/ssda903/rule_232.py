"""232 (query): the child's sex is reported as unknown (U). From 2024-25."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="232",
    kind="ssda903",
    severity=Severity.WARNING,
    message="Sex of the child/young person has been reported as unknown.",
    guidance=(
        "Record the child's sex (M or F) in the case management system if it is known; leave U "
        "only where it truly is not."
    ),
    tables=("Header",),
    fields=("SEX",),
    first_year=2025,
)
def logic(context: RuleContext) -> str:
    return "SELECT _file, _position, child, SEX AS value FROM Header WHERE upper(SEX) = 'U'"

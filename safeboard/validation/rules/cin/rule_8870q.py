"""8870Q: the target date for the initial conference should not be a Saturday or Sunday."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8870Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: The Target Date for Initial Child "
        "Protection Conference should not be a weekend"
    ),
    guidance=(
        "Check the target date for the initial child protection conference on the section 47 "
        "enquiry in the case management system: the target is a working day, 15 working "
        "days after the strategy discussion."
    ),
    tables=("section47",),
    fields=("InitialCPCtarget",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, strftime(InitialCPCtarget, '%Y-%m-%d (%A)') AS value
        FROM section47
        WHERE isodow(InitialCPCtarget) >= 6
    """

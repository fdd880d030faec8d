"""384: a short break (LS V3/V4) in a long-term foster placement (U1/U4)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="384",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A child receiving respite care cannot be in a long-term foster placement "),
    guidance=(
        "Check the short-break episode in the case management system: short breaks (V3/V4) are "
        "not long-term fostering (U1/U4); use the fostering code for other placements."
    ),
    tables=("Episodes",),
    fields=("PLACE", "LS"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE LS IN ('V3', 'V4') AND PLACE IN ('U1', 'U4')
    """

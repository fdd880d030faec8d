"""451: a child still freed for adoption (an open D1 episode).

An episode with LS D1 (freeing order) and neither an end date nor a reason
for ending means the child is still freed for adoption, which cannot be:
freeing orders could not be applied for after 30 December 2005. DfE retired
the rule with the D1 code after 2023-24 (lac2024_25 deletes it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="451",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is still freed for adoption, but freeing orders could not be applied for since "
        "30 December 2005."
    ),
    guidance=(
        "Review the child's legal status in the case management system: record the order now in "
        "force (for example a placement order, E1) from the date it was made, ending the D1 "
        "episode then."
    ),
    tables=("Episodes",),
    fields=("DEC", "REC", "LS"),
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, LS AS value
        FROM Episodes
        WHERE LS = 'D1' AND DEC IS NULL AND REC IS NULL
    """

"""362: an emergency protection order (LS L2) lasting longer than the law allows (21 days).

Consecutive episodes under the same legal status (each starting when the one
before ended: a change of placement under the same order) count as one spell
(see _dfe_low.spells_over); an open episode runs to 31 March. Every episode
of a spell that is too long fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import spells_over


@rule(
    code="362",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Emergency protection order (EPO) lasted longer than 21 days"),
    guidance=(
        "Check the emergency protection order's dates in the case management system: an EPO "
        "(L2) lasts 21 days at most with its extension; record the order that followed it."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return spells_over(context, "L2", 21)

"""363: a child assessment order (LS L3) lasting longer than the law allows (7 days).

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
    code="363",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989."
    ),
    guidance=(
        "Check the child assessment order's dates in the case management system: a CAO (L3) "
        "lasts 7 days at most; record the legal status that followed it."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return spells_over(context, "L3", 7)

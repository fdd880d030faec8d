"""364: PACE detention in local authority accommodation (LS J2) longer than 21 days.

21 days is the D2I validator's limit; DfE's message names no number.

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
    code="364",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time "
        "a child can be detained in custody in Local Authority (LA) accommodation."
    ),
    guidance=(
        "Check the PACE detention episode's dates in the case management system (J2): "
        "detention is short; record the legal status that followed it."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return spells_over(context, "J2", 21)

"""361: police protection (LS L1) longer than the law allows (72 hours: 3 days by date).

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
    code="361",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Police protection legal status lasted longer than maximum 72 hours allowed in the "
        "Children Act 1989."
    ),
    guidance=(
        "Check the police protection episode's dates in the case management system: police "
        "protection (L1) lasts 72 hours at most; record the legal status that followed it."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return spells_over(context, "L1", 3)

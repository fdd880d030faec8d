"""631: the previous permanence option is not a valid code.

PREV_PERM, when given, is one of P1, P2, P3, P4 or Z1.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_codes


@rule(
    code="631",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Previous permanence option not a valid value.",
    guidance=(
        "Use one of DfE's previous permanence codes (P1-P4, or Z1 for none or not known) in "
        "the case management system."
    ),
    tables=("PrevPerm",),
    fields=("PREV_PERM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, PREV_PERM AS value FROM PrevPerm
        WHERE PREV_PERM IS NOT NULL
          AND PREV_PERM NOT IN {year_codes("PREV_PERM", context.collection_year)}
    """

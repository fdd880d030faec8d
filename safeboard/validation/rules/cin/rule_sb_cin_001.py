"""SB-CIN-001: a child with two child protection plans open at once.

INDICATORS.md counts such a child once, with the latest-starting plan, and
asks the validation to report it: the return says the child was on two plans
at the same time, which is a recording error in the case management system.
Two plans overlap when the later one starts before the earlier one ends (an
open plan has no end). A plan that ends on the day the next one starts is a
handover, not an overlap.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SB-CIN-001",
    kind="cin",
    severity=Severity.WARNING,
    message="The child has two child protection plans open at the same time.",
    guidance=(
        "End the earlier plan on the day the later one starts (or correct the dates) in the "
        "case management system. Until then the dataset counts the child once, on the "
        "later plan."
    ),
    tables=("cp_plan",),
    fields=("CPPstartDate", "CPPendDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT later._file, later._position, later.child,
               CAST(later.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS later
        JOIN cp_plan AS earlier
          ON earlier.child = later.child
         AND earlier._position <> later._position
         AND (earlier.CPPstartDate < later.CPPstartDate
              OR (earlier.CPPstartDate = later.CPPstartDate AND earlier._position < later._position))
         AND (earlier.CPPendDate IS NULL OR earlier.CPPendDate > later.CPPstartDate)
    """

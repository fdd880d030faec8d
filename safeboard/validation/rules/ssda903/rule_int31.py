"""INT31: a child with more than one row in AD1.

AD1 holds one row per child; every row of a child with more than one is
reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import more_than_once


@rule(
    code="INT31",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Internal Check: Child should only exist once in AD1.",
    guidance=(
        "Keep one AD1 row for the child: remove the duplicate from the export, or correct a "
        "child identifier given to the wrong child."
    ),
    tables=("AD1",),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    return more_than_once("AD1")

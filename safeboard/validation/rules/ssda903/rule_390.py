"""390: adopted (REC E11/E12) from a placement that is not a placement for adoption (A3-A6)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="390",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason episode ceased is adopted but child has not been previously placed for adoption."
    ),
    guidance=(
        "A child is adopted from a placement for adoption: check the episode's placement "
        "(A3-A6) and reason for ending (E11/E12) in the case management system."
    ),
    tables=("Episodes",),
    fields=("PLACE", "REC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE REC IN ('E11', 'E12') AND coalesce(PLACE, '') NOT IN ('A3', 'A4', 'A5', 'A6')
    """

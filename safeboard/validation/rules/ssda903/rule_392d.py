"""392d: home and placement postcodes are the same, but the child is not placed with parents.

Whether the two postcodes as written were the same (spaces and case aside) is
kept at import (``SAME_POSTCODE``), as only their outward codes are kept. The
same postcode is right only for a placement with parents (P1).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="392d",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Home and placement postcodes should not be same unless the placement type is P1.",
    guidance=(
        "Check the episode's postcodes in the case management system: the home postcode is "
        "where the child lived before coming into care, the placement postcode where the child "
        "lives now; they are the same only for a child placed with parents (P1)."
    ),
    tables=("Episodes",),
    fields=("HOME_POST", "PL_POST", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE SAME_POSTCODE AND PLACE IS DISTINCT FROM 'P1'
    """

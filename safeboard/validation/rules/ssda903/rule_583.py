"""583: an earlier decision to place for adoption was never revoked.

When a child has more than one decision that they should be placed for
adoption, every decision but the latest (by DATE_PLACED) must have the
date it ceased (DATE_PLACED_CEASED). A query, not an error: DfE asks for a
check ("Check that both dates are required"), and the revocation may lie in
an earlier year. DfE added the rule in 2022-23 (the D2I validator: "apply
for 2023 onwards").
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import LAST_IN_FILE_FIRST


@rule(
    code="583",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "More than one date the child should be placed for adoption has been reported, but an "
        "earlier decision has not been revoked. Check that both dates are required and add in "
        "the date the earlier decision was revoked. Note this may be in a previous year."
    ),
    guidance=(
        "Check the child's decisions to place for adoption in the case management system: "
        "record the date the earlier decision was revoked, or remove a decision recorded twice."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
    first_year=2023,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DATE_PLACED AS VARCHAR) AS value
        FROM (
            SELECT *, row_number() OVER (
                       PARTITION BY child ORDER BY DATE_PLACED DESC NULLS LAST,
                       {LAST_IN_FILE_FIRST}) AS n
            FROM PlacedAdoption)
        WHERE n > 1 AND DATE_PLACED_CEASED IS NULL
    """

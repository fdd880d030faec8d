"""8875: the date of the initial child protection conference is not a Saturday or Sunday.

Checked wherever DateOfInitialCPC is recorded: on each Section47 group (as
the D2I validator does) and on the CINdetails itself, the same data item.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8875",
    kind="cin",
    severity=Severity.ERROR,
    message="The Date of Initial Child Protection Conference cannot be a weekend",
    guidance=(
        "Correct the date of the initial child protection conference in the case management "
        "system to the weekday on which it was held."
    ),
    tables=("section47", "cin_episode"),
    fields=("DateOfInitialCPC",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, strftime(DateOfInitialCPC, '%Y-%m-%d (%A)') AS value,
               'section47' AS "table"
        FROM section47
        WHERE isodow(DateOfInitialCPC) >= 6
        UNION ALL
        SELECT _file, _position, child, strftime(DateOfInitialCPC, '%Y-%m-%d (%A)') AS value,
               'cin_episode' AS "table"
        FROM cin_episode
        WHERE isodow(DateOfInitialCPC) >= 6
    """

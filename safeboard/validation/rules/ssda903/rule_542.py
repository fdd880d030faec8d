"""542: conviction information for a child under 10 at 31 March.

Children under 10 are below the age of criminal responsibility: OC2's
CONVICTED must be blank for a child under 10 on 31 March of the year. Age at
a month's end is exact from the stored birth month (see _dfe_mid).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import surely_under, year_end


@rule(
    code="542",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A child aged under 10 at 31 March should not have conviction information completed.",
    guidance=(
        "Leave the conviction item blank for a child under 10 on 31 March, or correct the "
        "child's date of birth, in the case management system."
    ),
    tables=("OC2",),
    fields=("CONVICTED",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CONVICTED AS value
        FROM OC2
        WHERE CONVICTED IS NOT NULL AND {surely_under("DOB", 10, year_end(context))}
    """

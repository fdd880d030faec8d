"""703: a DoLO starts after the end of the collection year (31 March)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_end
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="703",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The date that the DoLO started is after the end of the collection year.",
    guidance=(
        "Check the start date of the deprivation of liberty order in the case management "
        "system: an order starting after 31 March belongs to next year's return."
    ),
    tables=("DoLo",),
    fields=("DOLO_START",),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOLO_START AS VARCHAR) AS value FROM DoLo
        WHERE DOLO_START > {year_end(context)}
    """

"""570: a missing period that starts after the collection year.

MIS_START must be on or before 31 March of the collection year.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import year_end


@rule(
    code="570",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the child started to be missing or away from placement without "
        "authorisation is after the end of the collection year."
    ),
    guidance=(
        "Correct the start date of this missing or away period in the case management system, "
        "or leave the period for next year's return if it started after 31 March."
    ),
    tables=("Missing",),
    fields=("MIS_START",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(MIS_START AS VARCHAR) AS value
        FROM Missing
        WHERE MIS_START > {year_end(context)}
    """
